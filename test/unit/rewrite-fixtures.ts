// The rewrite golden file (test/fixtures/rewrites.txt): each case is an input line, then one indented line
// per finding (its rule id) and, under it, one "→" line per offered fix: the whole text after applying it.
// `\n` in an input stands for a line break. Set UPDATE_REWRITES=1 to rewrite the file from the current output.

import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import { applyEdits } from './helpers';

export const GOLDEN_PATH = path.join(__dirname, '../../../test/fixtures/rewrites.txt');

export interface GoldenCase {
  input: string;
  /** The expected block as written in the file (rule ids and fixed texts), normalized. */
  expected: string[];
}

export function readGolden(file = GOLDEN_PATH): { header: string[]; cases: GoldenCase[] } {
  const header: string[] = [];
  const cases: GoldenCase[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || (!cases.length && line.trim() === '')) {
      if (!cases.length) header.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) cases[cases.length - 1].expected.push(line.trimEnd());
    else cases.push({ input: line.replace(/\\n/g, '\n'), expected: [] });
  }
  return { header, cases };
}

/** What the linter offers for an input, in the golden file's layout. */
export function renderCase(input: string): string[] {
  const out: string[] = [];
  for (const f of lint(input).findings) {
    out.push(`  ${f.ruleId}`);
    for (const fix of f.fixes) out.push(`    \u2192 ${applyEdits(input, fix.edits).replace(/\n/g, '\\n')}`);
  }
  return out;
}

export function writeGolden(header: string[], cases: GoldenCase[], file = GOLDEN_PATH): void {
  const body = cases.map((c) => [c.input.replace(/\n/g, '\\n'), ...renderCase(c.input)].join('\n')).join('\n\n');
  fs.writeFileSync(file, `${header.join('\n').trimEnd()}\n\n${body}\n`);
}
