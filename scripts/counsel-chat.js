#!/usr/bin/env node
// Lints the answers of a counsel-chat export (column answerText: licensed therapists answering people's
// questions) with the built library, prints how many are flagged MI-non-adherent (a finding with miCode
// persuade or confront) and by which rules, and a seeded random sample of flagged and unflagged answers to
// read by hand — the precision check of docs/JUDGMENT.md. Not part of the tests; run after `npm run build`:
//
//   node scripts/counsel-chat.js ../shared/corpora/counsel-chat.csv [--sample 50] [--seed 7]
//
// The export glues sentences together where the site had line breaks ("with.Seriously"); a space is put
// back after such a full stop so the answer reads as its author wrote it.
'use strict';
const fs = require('fs');
const path = require('path');
const { lint } = require(path.join(__dirname, '..', 'dist', 'core.js'));
const { parseCsv } = require('./csv.js');

// A small seeded generator, so a sample can be read again.
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sample(items, n, rnd) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

function offsetOf(text, pos) {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    i = text.indexOf('\n', i) + 1;
    line++;
  }
  return i + pos.character;
}

/** The sentence around a finding, with the flagged words in [brackets]. */
function context(text, f) {
  const s = offsetOf(text, f.range.start);
  const e = offsetOf(text, f.range.end);
  const from = Math.max(text.lastIndexOf('. ', s) + 1, text.lastIndexOf('\n', s) + 1, s - 200);
  let to = text.slice(e).search(/[.!?](?:\s|$)|\n/);
  to = to < 0 ? text.length : Math.min(e + to + 1, e + 200);
  return `${text.slice(from, s).trimStart()}[${text.slice(s, e)}]${text.slice(e, to)}`.replace(/\s+/g, ' ');
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!file) {
    console.error('usage: node scripts/counsel-chat.js counsel-chat.csv [--sample N] [--seed S]');
    process.exit(2);
  }
  const [head, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  const col = head.indexOf('answerText');
  const answers = rows.map((r) => r[col]).filter((t) => t && t.trim());
  const byRule = new Map();
  const flagged = [];
  const unflagged = [];
  for (const raw of answers) {
    const text = raw.replace(/([a-z][.!?])(?=[A-Z])/g, '$1 ');
    const hits = lint(text).findings.filter((f) => f.miCode === 'persuade' || f.miCode === 'confront');
    for (const f of hits) byRule.set(f.ruleId, (byRule.get(f.ruleId) || 0) + 1);
    (hits.length ? flagged : unflagged).push({ text, hits });
  }
  const pct = (n) => ((100 * n) / answers.length).toFixed(1);
  console.log(`${answers.length} answers; ${flagged.length} (${pct(flagged.length)}%) flagged MI-non-adherent`);
  for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${id}`);
  const n = opt('--sample', 50);
  const rnd = random(opt('--seed', 7));
  console.log(`\n=== ${n} flagged answers (seed ${opt('--seed', 7)}): each finding in its sentence`);
  sample(flagged, n, rnd).forEach((a, i) => {
    console.log(`\n#F${i + 1}`);
    for (const f of a.hits) console.log(`  ${f.ruleId}: ${context(a.text, f)}`);
  });
  console.log(`\n=== ${n} unflagged answers`);
  sample(unflagged, n, rnd).forEach((a, i) => console.log(`\n#U${i + 1} ${a.text.replace(/\s+/g, ' ').slice(0, 700)}`));
}

main();
