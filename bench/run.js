#!/usr/bin/env node
// npm run bench — MI Lint's performance targets (issue 9), measured on generated notes and transcripts
// against alex on the same text in the same run. Prints a table (stdout; stderr with --json) and, with
// --json, one JSON line on stdout. Exits 1 when a target is missed.
//
//   node bench/run.js [--json] [--quick] [--runs N]
//
// Timings are medians of N runs (default 11, --quick 5) after warm-up; wall-clock on a shared machine is
// noisy, so compare ratios measured in one run rather than absolute numbers across runs.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { note, transcript, words } = require('./generate');
const { measureBigNote } = require('./memory');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const QUICK = argv.includes('--quick');
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : QUICK ? 5 : 11;
const RELINT_WARMUP = 30;
const say = (s) => (JSON_OUT ? process.stderr : process.stdout).write(s + '\n');

const TARGETS = {
  ratioToAlex: 0.25, // (a) MI Lint / alex on the 2,000-word note
  relintMs: 2, // (b) one-character edit, 20,000-word note, createLinter()
  bundleLoadMs: 50, // (c)
  bundleKB: 600, // (c)
  firstDiagnosticsMs: 300, // (c)
  heapMB: 60, // (d)
  cliMs: 5000, // (e) 133 transcripts, ~200,000 words
  doc200kMs: 2000,
  perWordRatio200kTo20k: 1.5, // linear: time per word at 200k within 1.5x of that at 20k
  bigNoteRssMB: 300, // (f) issue 10: a 10 MB note through the CLI, every format (aim: 220)
  bigNoteCpuS: 20,
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function ensureBenchDeps() {
  if (fs.existsSync(path.join(__dirname, 'node_modules', 'alex', 'package.json'))) return;
  say('installing the bench dependencies (alex) with npm ci in bench/ …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: __dirname, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error('npm ci in bench/ failed');
}

function child(args, nodeFlags = []) {
  const out = execFileSync(process.execPath, [...nodeFlags, path.join(__dirname, 'child.js'), ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'core.js'))) throw new Error('dist/core.js is missing: run npm run build first');
  ensureBenchDeps();
  const core = require(path.join(DIST, 'core.js'));

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-bench-'));
  try {
    const note2k = note(2000, 1);
    const note20k = note(20000, 2);
    const note200k = note(200000, 3);
    const notePath = path.join(tmp, 'note-2k.md');
    const note20kPath = path.join(tmp, 'note-20k.md');
    fs.writeFileSync(notePath, note2k);
    fs.writeFileSync(note20kPath, note20k);
    const folder = path.join(tmp, 'transcripts');
    fs.mkdirSync(folder);
    let folderWords = 0;
    for (let k = 1; k <= 133; k++) {
      const t = transcript(1500, 100 + k);
      folderWords += words(t);
      fs.writeFileSync(path.join(folder, `session-${String(k).padStart(3, '0')}.md`), t);
    }
    say(`texts: note ${words(note2k)} / ${words(note20k)} / ${words(note200k)} words; 133 transcripts, ${folderWords} words; ${RUNS} runs each`);

    const results = {};

    // (b) one-character edit in the middle of the 20,000-word note, through createLinter(); measured first,
    // before alex's garbage is in this process's heap, and after the warm-up typing gives an editor
    const linter = core.createLinter();
    linter.lint(note20k);
    let mid = note20k.length >> 1;
    while (!/[a-z]/.test(note20k[mid])) mid++;
    const edited = note20k.slice(0, mid) + (note20k[mid] === 'e' ? 'a' : 'e') + note20k.slice(mid + 1);
    const relint = [];
    let misses = 0;
    for (let i = 0; i < RELINT_WARMUP + Math.max(RUNS, 21); i++) {
      const text = i % 2 ? note20k : edited; // every lint differs from the one before by one character
      const ms = time(() => linter.lint(text));
      if (i >= RELINT_WARMUP) relint.push(ms);
      misses = Math.max(misses, linter.lastMisses);
    }
    results.relintMs = median(relint);
    results.relintParagraphsRelinted = misses;
    // the cached result must be exactly a fresh lint's
    if (JSON.stringify(linter.lint(edited)) !== JSON.stringify(core.lint(edited))) throw new Error('createLinter() result differs from lint() after an edit');

    // (a) full lint of the 2,000-word note vs alex on the same text, interleaved so both see the same noise
    const { markdown: alex } = await import('alex');
    for (let i = 0; i < 3; i++) {
      core.lint(note2k);
      alex(note2k);
    }
    const mi = [];
    const al = [];
    for (let i = 0; i < RUNS; i++) {
      mi.push(time(() => core.lint(note2k)));
      al.push(time(() => alex(note2k)));
    }
    results.lint2kMs = median(mi);
    results.alex2kMs = median(al);
    results.ratioToAlex = results.lint2kMs / results.alex2kMs;

    // full lints at 20k and 200k words: linear in size
    core.lint(note20k);
    results.doc20kMs = median(Array.from({ length: RUNS }, () => time(() => core.lint(note20k))));
    core.lint(note200k);
    results.doc200kMs = median(Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, () => time(() => core.lint(note200k))));
    results.perWordRatio200kTo20k = results.doc200kMs / words(note200k) / (results.doc20kMs / words(note20k));

    // (c) cold load of the extension bundle (or the core when there is none) and first diagnostics
    const ext = path.join(DIST, 'extension.js');
    const bundle = fs.existsSync(ext) ? ext : path.join(DIST, 'core.js');
    results.bundle = path.relative(ROOT, bundle);
    if (bundle !== ext) say('note: dist/extension.js does not exist yet; (c) measures dist/core.js instead');
    results.bundleKB = fs.statSync(bundle).size / 1024;
    const loads = [];
    const firsts = [];
    child(['load', bundle]);
    child(['first', path.join(DIST, 'core.js'), notePath]);
    for (let i = 0; i < RUNS; i++) {
      const l = child(['load', bundle]);
      if (l.compromiseLoaded) throw new Error(`${results.bundle} loads compromise when required: it must load lazily`);
      loads.push(l.loadMs);
      const f = child(['first', path.join(DIST, 'core.js'), notePath]);
      firsts.push(f);
    }
    results.bundleLoadMs = median(loads);
    results.firstDiagnosticsMs = median(firsts.map((f) => f.firstMs));
    results.firstLintLoadedCompromise = firsts.some((f) => f.compromiseLoaded);

    // (d) heap after linting the 20,000-word note (fresh process; linter and result alive)
    const heap = child(['heap', path.join(DIST, 'core.js'), note20kPath], ['--expose-gc']);
    results.heapMB = heap.heapMB;

    // (e) the CLI on 133 transcripts (about 200,000 words)
    const cli = path.join(DIST, 'cli.js');
    const runCli = () => {
      const out = fs.openSync(path.join(tmp, 'cli-out.json'), 'w');
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, '--format', 'json', '--no-config', path.join(folder, '*.md')], { stdio: ['ignore', out, 'pipe'] });
      const ms = performance.now() - t;
      fs.closeSync(out);
      if (r.status !== 0 && r.status !== 1) throw new Error(`mi-lint exited ${r.status}: ${r.stderr}`);
      return ms;
    };
    runCli();
    const parsed = JSON.parse(fs.readFileSync(path.join(tmp, 'cli-out.json'), 'utf8'));
    if (parsed.length !== 133) throw new Error(`mi-lint reported ${parsed.length} files, expected 133`);
    results.cliMs = median(Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, runCli));
    results.cpus = os.cpus().length;

    // (f) memory: the 10 MB note through the CLI in each format, in its own process
    results.bigNote = measureBigNote().map(([label, m]) => ({ label, ...m }));

    report(results);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function report(r) {
  const rows = [
    ['(a) lint, 2,000-word note', `${r.lint2kMs.toFixed(1)} ms`, ''],
    ['    alex, same text', `${r.alex2kMs.toFixed(1)} ms`, ''],
    ['    MI Lint / alex', r.ratioToAlex.toFixed(3), `<= ${TARGETS.ratioToAlex}`, r.ratioToAlex <= TARGETS.ratioToAlex],
    ['(b) re-lint after 1-char edit, 20k words', `${r.relintMs.toFixed(2)} ms`, `<= ${TARGETS.relintMs} ms`, r.relintMs <= TARGETS.relintMs],
    ['    paragraphs re-linted per edit', String(r.relintParagraphsRelinted), ''],
    [`(c) cold load, ${r.bundle}`, `${r.bundleLoadMs.toFixed(1)} ms`, `<= ${TARGETS.bundleLoadMs} ms`, r.bundleLoadMs <= TARGETS.bundleLoadMs],
    ['    bundle size', `${r.bundleKB.toFixed(0)} KB`, `<= ${TARGETS.bundleKB} KB`, r.bundleKB <= TARGETS.bundleKB],
    ['    first diagnostics, 2,000 words (cold)', `${r.firstDiagnosticsMs.toFixed(1)} ms`, `<= ${TARGETS.firstDiagnosticsMs} ms`, r.firstDiagnosticsMs <= TARGETS.firstDiagnosticsMs],
    ['    first lint loaded compromise', String(r.firstLintLoadedCompromise), ''],
    ['(d) heap after the 20k-word note', `${r.heapMB.toFixed(1)} MB`, `<= ${TARGETS.heapMB} MB`, r.heapMB <= TARGETS.heapMB],
    [`(e) CLI, 133 transcripts (${r.cpus} cpus)`, `${r.cliMs.toFixed(0)} ms`, `<= ${TARGETS.cliMs} ms`, r.cliMs <= TARGETS.cliMs],
    ['    lint, 20,000-word note', `${r.doc20kMs.toFixed(1)} ms`, ''],
    ['    lint, 200,000-word note', `${r.doc200kMs.toFixed(0)} ms`, `<= ${TARGETS.doc200kMs} ms`, r.doc200kMs <= TARGETS.doc200kMs],
    ['    time per word, 200k / 20k', r.perWordRatio200kTo20k.toFixed(2), `<= ${TARGETS.perWordRatio200kTo20k}`, r.perWordRatio200kTo20k <= TARGETS.perWordRatio200kTo20k],
    ...r.bigNote.flatMap((m, i) => [
      [`${i ? '   ' : '(f)'} ${m.label}: peak RSS`, `${m.rssMB.toFixed(0)} MB`, `<= ${TARGETS.bigNoteRssMB} MB`, m.rssMB <= TARGETS.bigNoteRssMB],
      [`      CPU (wall ${m.wallS.toFixed(1)} s)`, `${m.cpuS.toFixed(1)} s`, `<= ${TARGETS.bigNoteCpuS} s`, m.cpuS <= TARGETS.bigNoteCpuS],
    ]),
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) {
    const mark = row.length > 3 ? (row[3] ? 'ok' : 'MISSED') : '';
    say(`${row[0].padEnd(w[0])}  ${row[1].padStart(w[1])}  ${row[2].padEnd(w[2])}  ${mark}`);
  }
  const missed = rows.filter((row) => row.length > 3 && !row[3]).map((row) => row[0].trim());
  r.missed = missed;
  if (JSON_OUT) process.stdout.write(JSON.stringify(r) + '\n');
  say(missed.length ? `missed ${missed.length} target(s)` : 'all targets met');
  process.exitCode = missed.length ? 1 : 0;
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exitCode = 2;
});
