#!/usr/bin/env node
// The 10 MB note through the built CLI (issue 10): peak resident memory and CPU time of the whole process,
// per output format, read at exit by a preloaded probe (test/fuzz/report-usage.js: what /usr/bin/time -v
// reports). Part of `npm run bench`; alone: `node bench/memory.js` (after npm run build).
//
// The note is the one `npm run fuzz` uses (bench/generate.js, seed 1); a second copy with typographic
// apostrophes, as notes pasted from a word processor have, is held by JavaScript as a two-byte string.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { note } = require('./generate');

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PROBE = path.join(ROOT, 'test', 'fuzz', 'report-usage.js');
const SIZE = 10 * 1024 * 1024;

function bigNote() {
  return note(Math.ceil(SIZE / 5), 1).slice(0, SIZE);
}

/** Runs the CLI on `file`; its peak RSS (MB), CPU and wall time (s). */
function measure(file, format, dir) {
  const usage = path.join(dir, 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', PROBE, CLI, '--no-config', '--format', format, file], {
    env: { ...process.env, MI_LINT_USAGE_OUT: usage },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 1) throw new Error(`mi-lint exited ${r.status} on the 10 MB note (findings expected): ${r.stderr}`);
  const u = JSON.parse(fs.readFileSync(usage, 'utf8'));
  return { rssMB: u.maxRssKB / 1024, cpuS: (u.userMs + u.systemMs) / 1000, wallS };
}

/** Every case: [label, measurement]. */
function measureBigNote() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-mem-'));
  try {
    const plain = path.join(dir, 'note-10mb.md');
    const curly = path.join(dir, 'note-10mb-curly.md');
    const text = bigNote();
    fs.writeFileSync(plain, text);
    fs.writeFileSync(curly, text.replace(/'/g, '\u2019'));
    const out = [];
    for (const format of ['text', 'json', 'sarif']) out.push([`10 MB note, ${format}`, measure(plain, format, dir)]);
    out.push(['10 MB note, curly apostrophes, json', measure(curly, 'json', dir)]);
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { measureBigNote };

if (require.main === module) {
  for (const [label, m] of measureBigNote()) {
    console.log(`${label.padEnd(36)} peak RSS ${m.rssMB.toFixed(0).padStart(4)} MB  CPU ${m.cpuS.toFixed(1).padStart(5)} s  wall ${m.wallS.toFixed(1).padStart(5)} s`);
  }
}
