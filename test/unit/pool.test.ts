// The CLI's worker pool gives exactly what one thread gives, in the order of the files.

import * as assert from 'assert';
import { lintInOrder, workerCount, type LintJob } from '../../src/cli/pool';
import { lint } from '../../src/core/lint';
import type { LintResult } from '../../src/core/types';

/** Every file's whole result, and the order the files were handed over in. */
async function lintAll(jobs: LintJob[], workers: number): Promise<{ results: LintResult[]; order: number[] }> {
  const results: LintResult[] = [];
  const order: number[] = [];
  await lintInOrder(
    jobs,
    async (i, run) => {
      order.push(i);
      const r: LintResult = { findings: [], utterances: [], metrics: null! };
      for (let step = run.next(); ; step = run.next()) {
        if (step.done) {
          r.metrics = step.value;
          break;
        }
        r.findings.push(...step.value.findings);
        r.utterances.push(...step.value.utterances);
      }
      results.push(r);
    },
    workers,
  );
  return { results, order };
}

const TURNS = [
  'Counselor: You should stop drinking. Why didn\'t you call me?',
  'Client: I want to cut back, but it helps me relax.',
  'Counselor: It sounds like your kids matter a lot to you. Call your sponsor tonight.',
  'Client: Yeah. I went to a meeting on Tuesday.',
  'Counselor: Whatever you decide is up to you. What would you like to do next?',
  'Client claims he is sober. UDS was dirty for opiates.',
];

function jobs(n: number): LintJob[] {
  return Array.from({ length: n }, (_, i) => ({
    text: TURNS.map((_, k) => TURNS[(i + k) % TURNS.length]).join('\n\n') + `\n\nCounselor: Session ${i}.\n`,
    key: i % 3 === 0 ? 'strict' : '',
    options: i % 3 === 0 ? { rules: { 'directive/imperative': 'error' as const }, families: { stigma: false } } : {},
  }));
}

describe('CLI worker pool', () => {
  it('returns the single-threaded results, file by file, in order', async function () {
    this.timeout(60000);
    const js = jobs(9);
    const one = await lintAll(js, 0);
    const many = await lintAll(js, 2);
    assert.deepStrictEqual(many.order, [...js.keys()]);
    assert.strictEqual(JSON.stringify(many.results), JSON.stringify(one.results));
    assert.strictEqual(JSON.stringify(one.results), JSON.stringify(js.map((j) => lint(j.text, j.options))));
    assert.ok(one.results.some((r) => r.findings.length > 0));
  });

  it('stays in this thread for a few small files', () => {
    const saved = process.env.MI_LINT_WORKERS;
    delete process.env.MI_LINT_WORKERS;
    try {
      assert.strictEqual(workerCount(jobs(3)), 0);
    } finally {
      if (saved !== undefined) process.env.MI_LINT_WORKERS = saved;
    }
  });
});
