#!/usr/bin/env node
// Measures the built linter on a sentence set in the format of test/fixtures/regression (one sentence or
// turn per line, `#` comments; peer-replies files are `adh|non<TAB>reply`) and prints the figure the
// judgment issue holds that kind to, then every miss. The kind comes from the file name unless given:
//
//   node scripts/judge-set.js FILE [--kind persuade|confront|stigma|mi-consistent|clinical-notes|peer] [--quiet]
//
// Used to measure a freshly written set *before* any rule is changed for it (the honest held-out
// estimate), and again after. Run `npm run build` first: it reads dist/core.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { lint } = require(path.join(__dirname, '..', 'dist', 'core.js'));

const KINDS = ['persuade', 'confront', 'stigma', 'mi-consistent', 'clinical-notes', 'peer'];
const nonAdherent = (f) => f.miCode === 'persuade' || f.miCode === 'confront';
const warns = (f) => f.severity === 'warning' || f.severity === 'error';

/** Whether a line meets its kind's expectation (a flag for flag sets, silence for pass sets). */
const EXPECT = {
  persuade: (fs_) => fs_.some(nonAdherent),
  confront: (fs_) => fs_.some((f) => f.miCode === 'confront'),
  stigma: (fs_) => fs_.some((f) => f.family === 'stigma'),
  'mi-consistent': (fs_) => !fs_.some(nonAdherent),
  'clinical-notes': (fs_) => !fs_.some(warns),
};

function kindOf(file, given) {
  if (given) return given;
  const base = path.basename(file);
  if (base.startsWith('peer')) return 'peer';
  return KINDS.find((k) => base.startsWith(k));
}

function main(argv) {
  const file = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--kind');
  const ki = argv.indexOf('--kind');
  const kind = kindOf(file || '', ki >= 0 ? argv[ki + 1] : undefined);
  if (!file || !KINDS.includes(kind)) {
    console.error(`usage: judge-set.js FILE [--kind ${KINDS.join('|')}] [--quiet]`);
    return 2;
  }
  const quiet = argv.includes('--quiet');
  const rows = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
  const show = (t, fsx) => `${t}  → ${fsx.map((f) => f.ruleId).join(', ') || 'nothing'}`;
  if (kind === 'peer') {
    let tp = 0, fp = 0, fn = 0, adh = 0;
    const misses = [];
    for (const row of rows) {
      const [label, text] = row.split('\t');
      const fsx = lint(text).findings;
      const flagged = fsx.some(nonAdherent);
      if (label === 'adh') adh++;
      if (label === 'non' && flagged) tp++;
      else if (label === 'non') { fn++; misses.push(`missed   ${show(text, fsx)}`); }
      else if (flagged) { fp++; misses.push(`flagged  ${show(text, fsx)}`); }
    }
    const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${path.basename(file)}: peer F1 ${f1.toFixed(3)} (precision ${p.toFixed(3)}, recall ${r.toFixed(3)}); adherent flagged ${fp}/${adh}`);
    if (!quiet) misses.forEach((m) => console.log('  ' + m));
    return 0;
  }
  const misses = [];
  for (const text of rows) {
    const fsx = lint(text).findings;
    if (!EXPECT[kind](fsx)) misses.push(show(text, fsx));
  }
  const flagSet = ['persuade', 'confront', 'stigma'].includes(kind);
  console.log(
    flagSet
      ? `${path.basename(file)}: ${kind} recall ${((rows.length - misses.length) / rows.length).toFixed(3)} (${rows.length - misses.length}/${rows.length})`
      : `${path.basename(file)}: ${kind} false flags ${misses.length}/${rows.length}`,
  );
  if (!quiet) misses.forEach((m) => console.log('  ' + m));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
