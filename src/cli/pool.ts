// Lints the CLI's files: in this thread for a few small files, on worker threads (one per CPU) for many.
// Results come back in the order of the files, exactly as a single thread would produce them: each worker
// keeps one createLinter() per configuration, like the single-threaded path, and a linter's result never
// depends on what it linted before.
//
// The worker is this same module (or the bundle it is part of) started with workerData.miLintPool, so the
// CLI needs no second file. MI_LINT_WORKERS=N forces N workers (0: none), for tests and measurements.

import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { createLinter, type Linter } from '../core/lint';
import type { LintOptions } from '../core/options';
import type { LintResult } from '../core/types';

export interface LintJob {
  text: string;
  /** Which configuration: jobs with the same key share a linter and must have equal options. */
  key: string;
  options: LintOptions;
}

/** Below these, starting workers (and compromise in each) costs more than it saves. */
const MIN_FILES = 4;
const MIN_CHARS = 300_000;
const MAX_WORKERS = 8;

export function workerCount(jobs: readonly LintJob[]): number {
  const forced = process.env.MI_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), jobs.length);
  const chars = jobs.reduce((n, j) => n + j.text.length, 0);
  if (jobs.length < MIN_FILES || chars < MIN_CHARS) return 0;
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(cpus, MAX_WORKERS, jobs.length);
}

/** Lints every job; result i belongs to job i. */
export async function lintAll(jobs: readonly LintJob[], workers = workerCount(jobs)): Promise<LintResult[]> {
  if (workers < 1) return lintInThisThread(jobs);
  return lintOnWorkers(jobs, workers);
}

function linterCache(): (job: LintJob) => Linter {
  const linters = new Map<string, Linter>();
  return (job) => {
    let l = linters.get(job.key);
    if (!l) {
      l = createLinter(job.options);
      linters.set(job.key, l);
    }
    return l;
  };
}

function lintInThisThread(jobs: readonly LintJob[]): LintResult[] {
  const linterFor = linterCache();
  return jobs.map((j) => linterFor(j).lint(j.text));
}

interface Reply {
  id: number;
  result?: LintResult;
  error?: string;
}

function lintOnWorkers(jobs: readonly LintJob[], count: number): Promise<LintResult[]> {
  return new Promise((resolve, reject) => {
    const results: LintResult[] = new Array(jobs.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => Promise.all(pool.map((w) => w.terminate()));
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(e));
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return;
      const id = next++;
      const { text, key, options } = jobs[id];
      w.postMessage({ id, text, key, options });
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(__filename, { workerData: { miLintPool: true } });
      pool.push(w);
      w.on('message', (m: Reply) => {
        if (m.error !== undefined || !m.result) return fail(new Error(m.error ?? 'worker sent no result'));
        results[m.id] = m.result;
        if (++done === jobs.length) void stop().then(() => resolve(results), reject);
        else feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && done < jobs.length) fail(new Error(`lint worker exited with code ${code}`));
      });
      // two jobs in flight per worker, so it never waits for the main thread between files
      feed(w);
      feed(w);
    }
  });
}

/** The worker's side: lint what arrives, answer with the result (fixes included, as plain data). */
function serve(): void {
  const linterFor = linterCache();
  parentPort!.on('message', (job: LintJob & { id: number }) => {
    let reply: Reply;
    try {
      reply = { id: job.id, result: linterFor(job).lint(job.text) };
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && (workerData as { miLintPool?: boolean } | null)?.miLintPool === true) serve();
