// "Fix all MI Lint issues in this file": applies each finding's preferred (first) fix, skipping fixes that
// overlap one already chosen, then re-lints and repeats (as ESLint does) until nothing is left to fix, a
// text repeats, or the pass limit is reached. Pure: works on text, returns the new text.

import { LineIndex } from '../core/positions';
import type { LintResult } from '../core/types';

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function fixAllText(text: string, lint: (text: string) => LintResult, maxPasses = 5): FixAllResult {
  let current = text;
  let applied = 0;
  const seen = new Set<string>([current]);
  for (let pass = 0; pass < maxPasses; pass++) {
    const index = new LineIndex(current);
    const chosen: OffsetEdit[] = [];
    let fixes = 0;
    for (const finding of lint(current).findings) {
      const fix = finding.fixes[0];
      if (!fix || fix.edits.length === 0) continue;
      const edits = fix.edits.map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), newText: e.newText }));
      if (edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
      chosen.push(...edits);
      fixes++;
    }
    if (fixes === 0) break;
    const next = applyOffsetEdits(current, chosen);
    if (seen.has(next)) break; // a fix that undoes another: stop rather than loop
    seen.add(next);
    current = next;
    applied += fixes;
  }
  return { text: current, applied };
}

/** Two edits conflict when their ranges overlap, when an insertion falls inside the other, or both insert at one point. */
function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  const aInsert = a.start === a.end;
  const bInsert = b.start === b.end;
  if (aInsert && bInsert) return a.start === b.start;
  if (aInsert) return a.start > b.start && a.start < b.end;
  if (bInsert) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The smallest single replacement that turns `before` into `after` (one undo step, minimal churn). */
export function minimalReplacement(before: string, after: string): OffsetEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Keep surrogate pairs whole at both ends.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (endB < before.length && isLow(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  return { start, end: endB, newText: after.slice(start, endA) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
