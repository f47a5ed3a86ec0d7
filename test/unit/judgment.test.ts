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
  it('flags directive language without permission (persuade or confront) in at least 95% of persuade.txt', () => {
    assertShare(lines('persuade.txt'), (t) => lint(t).findings.some(nonAdherent), 0.95, 'persuade recall', findingsText);
  });

  it('flags confronting language as confront in at least 95% of confront.txt', () => {
    assertShare(lines('confront.txt'), (t) => lint(t).findings.some((f) => f.miCode === 'confront'), 0.95, 'confront recall', findingsText);
  });

  it('flags stigmatizing documentation in at least 95% of stigma.txt', () => {
    assertShare(lines('stigma.txt'), (t) => lint(t).findings.some((f) => f.family === 'stigma'), 0.95, 'stigma recall', findingsText);
  });

  it('leaves MI-consistent look-alikes unflagged (at most one false flag)', () => {
    assertAtMost(lines('mi-consistent.txt'), (t) => !lint(t).findings.some(nonAdherent), 1, 'mi-consistent', findingsText);
  });

  it('leaves neutral clinical notes without warnings (at most one false flag)', () => {
    const warns = (t: string): boolean => lint(t).findings.some((f) => f.severity === 'warning' || f.severity === 'error');
    assertAtMost(lines('clinical-notes.txt'), (t) => !warns(t), 1, 'clinical notes', findingsText);
  });
});
