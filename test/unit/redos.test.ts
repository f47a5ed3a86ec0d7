// ReDoS: every regular expression MI Lint runs stays linear on hostile input. Each one — the literals in src/,
// the rule catalogue's compiled patterns, and everything the modules build with `new RegExp` while linting —
// runs over 100 KB worst cases: its own near-match (a match from the corpus minus its last character) repeated,
// and text made of the characters it loops on. Each run must take under 100 ms of CPU. A catastrophic expression
// would hang the process, so every run happens under a vm timeout and fails instead.
// scripts/check-regex.js (part of the build) rejects the nested quantifiers behind such expressions statically.

import * as assert from 'assert';
import * as path from 'path';
import * as vm from 'vm';
import { catalogue } from '../../src/rules/engine';
import { DIRECTIVES, EXAMPLES, LABELS, MARKUP } from '../fuzz/arbitraries';

interface Found {
  where: string;
  source: string;
  flags: string;
}

const ROOT = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checker = require(path.join(ROOT, 'scripts', 'check-regex.js')) as {
  nestedQuantifiers(source: string, flags: string): string[];
  loopCharacters(source: string, flags: string): string[];
  literalRegexes(dir?: string): Found[];
  runtimeRegexes(entry: string, ownDir: string): Found[];
};

const SIZE = 100 * 1024;
// A super-linear expression takes seconds on 100 KB; the largest linear ones (a rule's alternation of a few
// hundred words with informal spellings) take 15-45 ms of CPU here, more when the machine is shared.
const LIMIT_MS = 100;

/** Every expression to test, deduplicated by source and flags. */
function allRegexes(): Found[] {
  const out = new Map<string, Found>();
  const add = (f: Found) => out.has(`/${f.source}/${f.flags}`) || out.set(`/${f.source}/${f.flags}`, f);
  // the compiled catalogue, walked for every RegExp it holds (patterns, exceptions, prefilter)
  const seen = new Set<unknown>();
  const walk = (v: unknown, where: string, depth: number) => {
    if (depth > 8 || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof RegExp) return void add({ where, source: v.source, flags: v.flags });
    for (const x of v instanceof Map ? v.values() : Object.values(v)) {
      const id = (x as { def?: { id?: string } } | null)?.def?.id;
      walk(x, id ? `catalogue ${id}` : where, depth + 1);
    }
  };
  walk(catalogue(), 'catalogue', 0);
  for (const f of checker.literalRegexes(path.join(ROOT, 'src'))) add(f);
  for (const f of checker.runtimeRegexes(path.join(ROOT, 'out', 'src', 'core', 'index.js'), path.join(ROOT, 'out', 'src'))) add(f);
  return [...out.values()];
}

const CORPUS: string[] = [
  ...EXAMPLES,
  ...EXAMPLES.map((e) => e.toLowerCase()),
  ...LABELS,
  ...DIRECTIVES,
  ...MARKUP,
  'i get it, i understand that, honestly', 'e.g. approx. 2 hrs', 'a.b@c.d', '[00:12] C: ok', '**S:** Plan: continue',
  '<a href="x">', "why didn't you call?", '...!?', '"quoted" \u201Ccurly\u201D', 'you, really, just, should',
];

function repeatTo(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / Math.max(1, unit.length))).slice(0, SIZE);
}

/**
 * The worst cases for one expression: its near-matches (a corpus match minus its last character) repeated,
 * and for each repetition in it, a 100 KB run of a character it loops on ended by one it cannot take.
 */
function worstCases(re: RegExp): string[] {
  const cases = new Set<string>([repeatTo('a '), repeatTo('a.')]);
  for (const ch of checker.loopCharacters(re.source, re.flags).slice(0, 4)) cases.add(ch.repeat(SIZE - 1) + '\u0007');
  const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  let near = 0;
  for (const s of CORPUS) {
    const m = probe.exec(s);
    if (!m || m[0].length < 2) continue;
    const cut = m[0].slice(0, -1);
    cases.add(repeatTo(cut + ' '));
    cases.add(repeatTo(cut));
    if (++near >= 2) break;
  }
  return [...cases];
}

/**
 * Runs an expression over the whole input as the code does — every match of a global one (through replace,
 * which scans like an exec loop without building 100,000 match objects) — and returns the CPU milliseconds.
 */
/**
 * Runs an expression over the whole input as the code does — every match of a global one (through replace,
 * which scans like an exec loop without building 100,000 match objects) — and returns the CPU milliseconds.
 * One context and one compiled script serve every run: creating a context per run costs more than most runs.
 */
// Time is this process's CPU time, not the wall clock: other work on a shared machine does not count against it.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sandbox = vm.createContext({ re: /x/, input: '', now: cpuMs, ms: 0 });
const RUN = new vm.Script(`{ const t0 = now(); if (re.global) input.replace(re, ''); else re.exec(input); ms = now() - t0; }`);

function timeRun(re: RegExp, input: string, timeoutMs: number): number {
  Object.assign(sandbox, { re: new RegExp(re.source, re.flags), input, ms: 0 });
  RUN.runInContext(sandbox, { timeout: timeoutMs });
  return sandbox.ms as number;
}

describe('ReDoS', function () {
  this.timeout(120_000);
  const regexes = allRegexes();

  it(`finds the expressions: literals in src/, the compiled catalogue, those built at run time (${regexes.length})`, () => {
    assert.ok(regexes.some((r) => r.where.startsWith('catalogue ')), 'catalogue patterns');
    assert.ok(regexes.some((r) => r.where.startsWith('src/core/mask.ts')), 'module literals');
    assert.ok(regexes.some((r) => r.where.startsWith('built at run time')), 'expressions built with new RegExp');
    assert.ok(regexes.length > 300, String(regexes.length));
  });

  it(`each expression takes < ${LIMIT_MS} ms on every 100 KB worst case`, () => {
    const slow: string[] = [];
    let runs = 0;
    for (const r of regexes) {
      const re = new RegExp(r.source, r.flags);
      for (const input of worstCases(re)) {
        runs++;
        let ms: number;
        try {
          // a noisy machine gets two more tries; a super-linear expression is slow every time
          ms = timeRun(re, input, 1000);
          for (let k = 0; k < 2 && ms >= LIMIT_MS; k++) ms = Math.min(ms, timeRun(re, input, 1000));
        } catch {
          ms = Infinity;
        }
        if (ms >= LIMIT_MS) slow.push(`${ms === Infinity ? '> 1000' : ms.toFixed(0)} ms  ${r.where}  /${r.source.slice(0, 100)}/${r.flags}  on ${JSON.stringify(input.slice(0, 24))}…`);
      }
    }
    assert.deepStrictEqual(slow, [], `${slow.length} slow of ${runs} runs`);
  });

  it('scripts/check-regex.js finds no nested quantifier in any of them', () => {
    const problems = regexes.flatMap((r) => checker.nestedQuantifiers(r.source, r.flags).map((p) => `${r.where}: ${p.slice(0, 160)}`));
    assert.deepStrictEqual(problems, []);
  });

  it('the nested-quantifier check rejects the classic shapes and accepts fenced-in loops', () => {
    for (const bad of ['(a+)+', '(\\w+\\s?)*', '(?:a*)*', '((ab)+c?)+', '(?:[a-z]+ ?)*', '(?:x?[^,]*,)*', '(?:[^,]*x)*', '^(?:(?:so|i get it[^,]*),?\\s*)*$']) {
      assert.notDeepStrictEqual(checker.nestedQuantifiers(bad, ''), [], bad);
    }
    for (const good of ['(?: +[^ ]+){0,6}?', '(?:[,;:]? +(?:really|just|at +least))*', '^(?:(?:ok|i see)[,.!? ]*)+$', '(a*b)*', '(?:x[^,]*,)*', 'a{2,}[^a]+']) {
      assert.deepStrictEqual(checker.nestedQuantifiers(good, ''), [], good);
    }
  });
});
