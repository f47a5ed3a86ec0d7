// mi-lint: lint files, globs or stdin and print text, JSON or SARIF. Exit 0 (clean), 1 (warnings or
// errors found), 2 (usage or input error). Bad inputs are reported one line each; the rest still lint.

import * as fs from 'fs';
import * as path from 'path';
import { mergeOptions } from '../core/config';
import { createLinter } from '../core/lint';
import type { LintOptions } from '../core/options';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { ConfigFinder, loadConfigFile, type LoadedConfig } from './config-files';
import { JsonFormatter } from './formatters/json';
import { SarifFormatter } from './formatters/sarif';
import { TextFormatter } from './formatters/text';
import type { Formatter } from './formatters/types';
import { expandGlob, readInput, readStdin, type Input } from './inputs';
import { Output } from './output';
import { lintInOrder, type LintJob } from './pool';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  cwd: string;
  readStdin: () => Promise<Input>;
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), readStdin });

export function version(): string {
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'mi-lint') return pkg.version;
    } catch {
      /* keep looking upwards */
    }
  }
  return '0.0.0';
}

/** Writes and resolves once the data is flushed, so large JSON on a pipe is never cut short. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`mi-lint: ${e.message}\nRun "mi-lint --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    await write(io.stdout, USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    await write(io.stdout, version() + '\n');
    return 0;
  }

  let inputError = false;
  const complain = (what: string, problem: string) => {
    io.stderr.write(`mi-lint: ${what}: ${problem}\n`);
    inputError = true;
  };
  const reportConfig = (c: LoadedConfig) => {
    if (c.unreadable) complain(c.path ?? 'config', c.unreadable);
    for (const p of c.problems) complain(c.path ?? 'config', `${p.key}: ${p.message}`);
  };

  const cliOptions: LintOptions = args.speakerLabels ? { speakerLabels: args.speakerLabels } : {};
  let fixedConfig: LoadedConfig | null = null;
  if (args.config) {
    fixedConfig = loadConfigFile(path.resolve(io.cwd, args.config));
    reportConfig(fixedConfig);
  }
  const finder = new ConfigFinder();
  const reported = new Set<string>();
  const optionsFor = (filePath: string): { key: string; options: LintOptions } => {
    let cfg: LoadedConfig = fixedConfig ?? { path: null, options: {}, problems: [] };
    if (!fixedConfig && !args.noConfig && filePath !== '<stdin>') cfg = finder.nearest(filePath);
    else if (!fixedConfig && !args.noConfig) cfg = finder.nearest(path.join(io.cwd, 'stdin'));
    if (cfg.path && !reported.has(cfg.path)) {
      reported.add(cfg.path);
      if (cfg !== fixedConfig) reportConfig(cfg);
    }
    return { key: cfg.path ?? '', options: mergeOptions(cfg.options, cliOptions) };
  };

  const jobs: Array<LintJob & { filePath: string }> = [];
  const seen = new Set<string>();
  for (const arg of args.inputs) {
    let inputs: Input[];
    if (arg === '-') inputs = [await io.readStdin()];
    else if (/[*?[]/.test(arg) && !fs.existsSync(path.resolve(io.cwd, arg))) {
      const files = expandGlob(arg, io.cwd);
      if (!files.length) {
        complain(arg, 'no files match');
        continue;
      }
      inputs = files.filter((f) => !seen.has(f)).map(readInput);
    } else {
      const abs = path.resolve(io.cwd, arg);
      if (seen.has(abs)) continue;
      inputs = [readInput(abs)];
    }
    for (const input of inputs) {
      seen.add(input.filePath);
      if (input.error !== undefined || input.text === undefined) {
        complain(input.filePath, input.error ?? 'cannot read');
        continue;
      }
      jobs.push({ filePath: input.filePath, text: input.text, ...optionsFor(input.filePath) });
    }
  }
  if (args.command === 'report') {
    const { writeHtmlReport } = await import('./report');
    const job = jobs[0];
    const result = job && { filePath: job.filePath, ...createLinter(job.options).lint(job.text) };
    if (result && !(await writeHtmlReport(result, job.text, args.out ?? 'mi-lint-report.html', io))) return 2;
    return inputError ? 2 : 0;
  }

  const out = new Output(io.stdout);
  const color = args.color ?? (Boolean(io.stdout.isTTY) && !process.env.NO_COLOR);
  const formatter: Formatter =
    args.format === 'json' ? new JsonFormatter(out.write) : args.format === 'sarif' ? new SarifFormatter(out.write, version()) : new TextFormatter(out.write, color);
  let failing = false;
  // Output is written as each paragraph is linted and then dropped, so memory stays bounded on huge
  // files; many files lint on worker threads (pool.ts), handed over in the order of the files.
  await lintInOrder(jobs, async (i, run) => {
    formatter.beginFile(jobs[i].filePath);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) {
        formatter.endFile(step.value);
        break;
      }
      const { findings, utterances } = step.value;
      failing ||= findings.some((f) => f.severity === 'warning' || f.severity === 'error');
      formatter.paragraph(findings, utterances);
      await out.drained();
    }
  });
  formatter.end();
  await out.close();

  if (inputError) return 2;
  return failing ? 1 : 0;
}
