// The reliability properties (test/fuzz/properties.ts), bounded for `npm test`: a fixed seed, so a failure
// here reproduces exactly; `npm run fuzz` runs the same properties 10,000+ times each with a fresh seed.

import * as assert from 'assert';
import fc from 'fast-check';
import { lint } from '../../src/core/lint';
import type { LintResult } from '../../src/core/types';
import { applyEdits } from './helpers';
import { resultProblems } from '../fuzz/oracle';
import { properties } from '../fuzz/properties';

const SEED = 20261122;
const RUNS = 50;

describe('properties (bounded run, seed ' + SEED + ')', () => {
  for (const p of properties({ maxLongLine: 3000, maxEdits: 6 })) {
    it(p.name, () => {
      fc.assert(p.property as fc.IRawProperty<unknown>, { seed: SEED, numRuns: Math.ceil(RUNS / (p.cost ?? 1)) });
    });
  }
});

describe('the property oracle catches each broken promise', () => {
  const text = 'You should stop. \u{1F600} Done.\n- item `code`\n\nNext paragraph.';
  const at = (line: number, character: number) => ({ line, character });
  const finding = (start: [number, number], end: [number, number], edits: Array<[[number, number], [number, number], string]> = [], ruleId = 'directive/you-should') => ({
    ruleId,
    family: 'directive' as const,
    miCode: 'persuade' as const,
    severity: 'warning' as const,
    message: '',
    range: { start: at(...start), end: at(...end) },
    fixes: edits.length ? [{ title: 't', edits: edits.map(([s, e, newText]) => ({ range: { start: at(...s), end: at(...e) }, newText })) }] : [],
  });
  const result = (...findings: ReturnType<typeof finding>[]) => ({ findings, utterances: [], metrics: {} as LintResult['metrics'] });
  const cases: Array<[string, LintResult, RegExp]> = [
    ['a range past its line', result(finding([0, 0], [0, 99])), /outside line 0/],
    ['a line past the text', result(finding([9, 0], [9, 1])), /line 9 outside/],
    ['a split surrogate pair', result(finding([0, 18], [0, 19])), /splits a surrogate pair/],
    ['findings out of order', result(finding([0, 4], [0, 10]), finding([0, 0], [0, 3])), /not sorted/],
    ['overlapping edits', result(finding([0, 0], [0, 3], [[[0, 0], [0, 5], 'a'], [[0, 3], [0, 8], 'b']])), /edits overlap/],
    ['an edit in the next paragraph', result(finding([0, 0], [0, 3], [[[3, 0], [3, 4], 'x']])), /leaves the finding's paragraph/],
    ['an edit into code', result(finding([0, 0], [0, 3], [[[1, 0], [1, 13], 'x']])), /into the next block|skipped text/],
    ['an edit into skipped text', result(finding([1, 2], [1, 4], [[[1, 2], [1, 9], 'x']])), /skipped text/],
    ['an edit breaking a surrogate pair', result(finding([0, 0], [0, 3], [[[0, 17], [0, 18], '']])), /surrogate/],
  ];
  for (const [name, r, message] of cases) {
    it(name, () => assert.match(resultProblems(text, r).join('\n'), message));
  }
  it('and passes a sound result', () => assert.deepStrictEqual(resultProblems(text, result(finding([0, 0], [0, 10], [[[0, 0], [0, 16], 'How would you feel about stopping?']]))), []));
});

describe('regressions the fuzzer found', () => {
  // A bold note field on the next line ("**Plan:**", "__Plan__:", "**Plan**:") did not start a new sentence, so a
  // fix rewrote both lines into one and garbled the label ("__Would it be OK… Plan__:,").
  for (const label of ['**Plan:**', '__Plan__:', '**Plan**:', 'Plan:']) {
    it(`a fix after a "${label}" field on its own line keeps the line before and the label`, () => {
      const text = `Client reports cravings\n${label} You should go to meetings.`;
      const r = lint(text);
      assert.ok(r.findings.length > 0);
      for (const f of r.findings) {
        for (const fix of f.fixes) {
          const fixed = applyEdits(text, fix.edits);
          const [first, second] = fixed.split('\n');
          assert.strictEqual(first, 'Client reports cravings');
          assert.ok(second.startsWith(`${label} `) && /^[A-Z]/.test(second.slice(label.length + 1)), second);
        }
      }
    });
  }
});
