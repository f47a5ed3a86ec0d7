// Lints the CLI's files, handing each file's lint to the caller in the order of the files, exactly as a
// single thread would produce it: in this thread for a few small files, on worker threads (one per CPU)
// for many. Each thread keeps one createLinter() per configuration, and a linter's result never depends
// on what it linted before.
//
// A file is handed over as a paragraph-by-paragraph lint (Linter.lintParagraphs), so the caller can write
// its output and drop it as it goes: a huge file never has its whole result in memory. Huge files are
// therefore linted in this thread even when workers run; a worker's answer is one whole result.
//
// The worker is this same module (or the bundle it is part of) started with workerData.miLintPool, so the
// CLI needs no second file. MI_LINT_WORKERS=N forces N workers (0: none), for tests and measurements.

import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { createLinter, type Linter, type ParagraphOutput } from '../core/lint';
import type { LintOptions } from '../core/options';
import type { LintResult, Metrics } from '../core/types';

export interface LintJob {
  text: string;
  /** Which configuration: jobs with the same key share a linter and must have equal options. */
  key: string;
  options: LintOptions;
}

/** One file's lint, a paragraph at a time; its return value is the file's metrics. */
export type FileLint = Generator<ParagraphOutput, Metrics, void>;

/** Below these, starting workers (and compromise in each) costs more than it saves. */
const MIN_FILES = 4;
const MIN_CHARS = 300_000;
const MAX_WORKERS = 8;
/** Files at least this long are streamed in this thread rather than sent whole to a worker. */
export const STREAM_CHARS = 1_000_000;

export function workerCount(jobs: readonly LintJob[]): number {
  const forced = process.env.MI_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), jobs.length);
  const chars = jobs.reduce((n, j) => n + j.text.length, 0);
  if (jobs.length < MIN_FILES || chars < MIN_CHARS) return 0;
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(cpus, MAX_WORKERS, jobs.length);
}

/** Lints every job and calls `each` with job i's lint, in order, once the previous call has finished. */
export async function lintInOrder(
  jobs: readonly LintJob[],
  each: (i: number, lint: FileLint) => Promise<void>,
  workers = workerCount(jobs),
): Promise<void> {
  const linterFor = linterCache();
  const pool = workers > 0 ? new WorkerPool(workers) : null;
  try {
    const remote = jobs.map((j) => {
      if (!pool || j.text.length >= STREAM_CHARS) return null;
      const answer = pool.lint(j);
      answer.catch(() => undefined); // awaited below, in order; a failure must not go unhandled meanwhile
      return answer;
    });
    for (let i = 0; i < jobs.length; i++) {
      const answer = remote[i];
      remote[i] = null;
      await each(i, answer ? whole(await answer) : linterFor(jobs[i]).lintParagraphs(jobs[i].text));
    }
  } finally {
    await pool?.stop();
  }
}

function* whole(r: LintResult): FileLint {
  yield { findings: r.findings, utterances: r.utterances };
  return r.metrics;
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

interface Reply {
  id: number;
  result?: LintResult;
  error?: string;
}

interface Pending {
  job: LintJob;
  resolve: (r: LintResult) => void;
  reject: (e: Error) => void;
}

/** Worker threads that lint whole jobs, two in flight per worker so none waits for the main thread. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Array<Pending & { id: number }> = [];
  private queued = 0;
  private readonly inFlight = new Map<number, Pending & { worker: Worker }>();
  private nextId = 0;
  private failure: Error | null = null;
  private stopping = false;

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      const w = new Worker(__filename, { workerData: { miLintPool: true } });
      this.workers.push(w);
      w.on('message', (m: Reply) => {
        const p = this.inFlight.get(m.id);
        if (!p) return;
        this.inFlight.delete(m.id);
        if (m.error !== undefined || !m.result) this.fail(new Error(m.error ?? 'worker sent no result'));
        else p.resolve(m.result);
        this.feed(w);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.stopping) this.fail(new Error(`lint worker exited with code ${code}`));
      });
    }
  }

  lint(job: LintJob): Promise<LintResult> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      for (const w of this.workers) this.feed(w);
    });
  }

  stop(): Promise<unknown> {
    this.stopping = true;
    return Promise.all(this.workers.map((w) => w.terminate()));
  }

  private feed(w: Worker): void {
    let busy = 0;
    for (const p of this.inFlight.values()) if (p.worker === w) busy++;
    while (busy < 2 && this.queued < this.queue.length) {
      const p = this.queue[this.queued++];
      this.inFlight.set(p.id, { ...p, worker: w });
      const { text, key, options } = p.job;
      w.postMessage({ id: p.id, text, key, options });
      busy++;
    }
  }

  /** A broken worker fails every job not yet answered. */
  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const p of [...this.inFlight.values(), ...this.queue.slice(this.queued)]) p.reject(e);
    this.inFlight.clear();
    this.queued = this.queue.length;
    void this.stop();
  }
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
