// Shared test helpers: lint a text and read back what each finding covers.

import { lint } from '../../src/core/lint';
import type { LintOptions } from '../../src/core/options';
import { LineIndex } from '../../src/core/positions';
import type { Finding, LintResult } from '../../src/core/types';

export function covered(text: string, f: Pick<Finding, 'range'>): string {
  const idx = new LineIndex(text);
  return text.slice(idx.offset(f.range.start), idx.offset(f.range.end));
}

export function ruleIds(text: string, options?: LintOptions): string[] {
  return lint(text, options).findings.map((f) => f.ruleId);
}

/** Applies a fix's edits (non-overlapping) to the text. */
export function applyEdits(text: string, edits: Array<{ range: Finding['range']; newText: string }>): string {
  const idx = new LineIndex(text);
  const abs = edits.map((e) => ({ start: idx.offset(e.range.start), end: idx.offset(e.range.end), newText: e.newText }));
  abs.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of abs) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function findingsOf(text: string, options?: LintOptions): LintResult['findings'] {
  return lint(text, options).findings;
}
