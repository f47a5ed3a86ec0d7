// Judgment regression set (test/fixtures/regression): sentences written for MI Lint with the expected
// judgment. Each file is held to the bar the held-out sets use — recall of flags at or above 0.95, at most
// one false flag in a pass set, coding accuracy at or above 0.9 — and every miss is printed.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import type { Finding } from '../../src/core/types';

const DIR = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'regression');

function lines(file: string): string[] {
  return fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
}

// Dev sets kept in files of their own (the held-out `*-set5.txt` files are measured, not held: see README.md).
const OWN_FILES: Record<string, string[]> = { confront: ['confront-set6.txt'], 'mi-consistent': ['mi-consistent-confront-set6.txt'] };

/** A kind's lines: its first file, the sets written later (`<kind>-more.txt`) and its dev sets' own files. */
const set = (kind: string): string[] => [
  ...lines(`${kind}.txt`),
  ...lines(`${kind}-more.txt`),
  ...(OWN_FILES[kind] ?? []).flatMap(lines),
];

const nonAdherent = (f: Finding): boolean => f.miCode === 'persuade' || f.miCode === 'confront';

/** Asserts that at least `min` of the items pass `ok`, listing the ones that do not. */
function assertShare<T>(items: T[], ok: (x: T) => boolean, min: number, what: string, show: (x: T) => string): void {
  const misses = items.filter((x) => !ok(x));
  const share = (items.length - misses.length) / items.length;
  assert.ok(share >= min, `${what}: ${share.toFixed(3)} < ${min}; misses:\n  ${misses.map(show).join('\n  ')}`);
}

/** Asserts that at most `max` items fail `ok`. */
function assertAtMost<T>(items: T[], ok: (x: T) => boolean, max: number, what: string, show: (x: T) => string): void {
  const misses = items.filter((x) => !ok(x));
  assert.ok(misses.length <= max, `${what}: ${misses.length} false flags (at most ${max}):\n  ${misses.map(show).join('\n  ')}`);
}

const findingsText = (t: string): string => `${t}  → ${lint(t).findings.map((f) => f.ruleId).join(', ') || 'nothing'}`;

describe('judgment: regression set', () => {
  it('flags directive language without permission (persuade or confront) in at least 95% of persuade.txt and persuade-more.txt', () => {
    assertShare(set('persuade'), (t) => lint(t).findings.some(nonAdherent), 0.95, 'persuade recall', findingsText);
  });

  it('flags confronting language as confront in at least 95% of confront.txt', () => {
    assertShare(set('confront'), (t) => lint(t).findings.some((f) => f.miCode === 'confront'), 0.95, 'confront recall', findingsText);
  });

  it('flags stigmatizing documentation in at least 95% of stigma.txt', () => {
    assertShare(set('stigma'), (t) => lint(t).findings.some((f) => f.family === 'stigma'), 0.95, 'stigma recall', findingsText);
  });

  it('leaves MI-consistent look-alikes unflagged (at most one false flag)', () => {
    assertAtMost(set('mi-consistent'), (t) => !lint(t).findings.some(nonAdherent), 1, 'mi-consistent', findingsText);
  });

  it('leaves neutral clinical notes without warnings (at most one false flag)', () => {
    const warns = (t: string): boolean => lint(t).findings.some((f) => f.severity === 'warning' || f.severity === 'error');
    assertAtMost(set('clinical-notes'), (t) => !warns(t), 1, 'clinical notes', findingsText);
  });

  // The held-out peer-support bar: F1 above 0.76 for the non-adherent replies, at most 5% of adherent ones flagged.
  // (sets 4 and 5 are informal chat writing: "u should", "dont", "ur gonna", comma splices, lower-case run-ons)
  for (const file of ['peer-replies.tsv', 'peer-replies-set4.tsv', 'peer-replies-set5.tsv'])
  it(`finds non-adherent peer-support replies (F1 > 0.76) and flags at most 5% of adherent ones: ${file}`, () => {
    const rows = lines(file).map((l) => l.split('\t') as [string, string]);
    const flagged = (t: string): boolean => lint(t).findings.some(nonAdherent);
    const non = rows.filter(([label]) => label === 'non').map(([, t]) => t);
    const adh = rows.filter(([label]) => label === 'adh').map(([, t]) => t);
    assert.ok(non.length >= 30 && adh.length >= 30, `${file} holds both kinds`);
    const tp = non.filter(flagged).length;
    const fpTexts = adh.filter(flagged);
    const precision = tp / (tp + fpTexts.length);
    const recall = tp / non.length;
    const f1 = (2 * precision * recall) / (precision + recall);
    const missed = non.filter((t) => !flagged(t)).map(findingsText);
    assert.ok(f1 > 0.76, `peer F1 ${f1.toFixed(3)} <= 0.76; missed:\n  ${missed.join('\n  ')}`);
    assert.ok(fpTexts.length <= 0.05 * adh.length, `adherent replies flagged: ${fpTexts.length}/${adh.length}:\n  ${fpTexts.map(findingsText).join('\n  ')}`);
  });
});
