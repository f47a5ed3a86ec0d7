// A fix carries the text it expects to find: the span from the start of the finding or its first edit to
// the end of the later one. Applying it checks that span first, so a fix offered for an older version of
// the document never lands on text that moved or changed (it does nothing and the document is re-linted).

import type { Position, Range, TextEdit } from '../core/types';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The smallest range covering the finding and every edit of its fix. */
export function guardRange(finding: Range, edits: readonly TextEdit[]): Range {
  let start = finding.start;
  let end = finding.end;
  for (const e of edits) {
    if (comparePositions(e.range.start, start) < 0) start = e.range.start;
    if (comparePositions(e.range.end, end) > 0) end = e.range.end;
  }
  return { start, end };
}

/** Whether two ranges share a position (touching counts, as for a cursor at a finding's end). */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
