// Independent checks of a LintResult against the text it came from. Written from the contract in
// DESIGN.md (0-based lines, UTF-16 characters, lines end at "\n", "\r\n" or a lone "\r"), not from the
// core's own LineIndex, so a bug there cannot hide a bug here. (What counts as skipped text — code, comments,
// URLs — is mask()'s answer, itself checked by a property.) Each check returns a list of problems.

import { mask } from '../../src/core/mask';
import type { LintResult, Position, Range, TextEdit } from '../../src/core/types';

export class Lines {
  /** [start, contentEnd) of each line, in UTF-16 offsets. */
  readonly lines: Array<[number, number]> = [];

  constructor(readonly text: string) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\r' || c === '\n') {
        this.lines.push([start, i]);
        if (c === '\r' && text[i + 1] === '\n') i++;
        start = i + 1;
      }
    }
    this.lines.push([start, text.length]);
  }

  /** The offset of a position, or an explanation of why it is not a valid position in this text. */
  offset(p: Position): number | string {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `non-integer position ${JSON.stringify(p)}`;
    if (p.line < 0 || p.line >= this.lines.length) return `line ${p.line} outside 0..${this.lines.length - 1}`;
    const [s, e] = this.lines[p.line];
    if (p.character < 0 || p.character > e - s) return `character ${p.character} outside line ${p.line} (length ${e - s})`;
    return s + p.character;
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Resolves a range to offsets, or says what is wrong with it. */
export function checkRange(lines: Lines, r: Range, what: string, problems: string[]): [number, number] | null {
  const s = lines.offset(r.start);
  const e = lines.offset(r.end);
  if (typeof s === 'string' || typeof e === 'string') {
    problems.push(`${what}: ${typeof s === 'string' ? s : e}`);
    return null;
  }
  if (s > e) problems.push(`${what}: start ${s} after end ${e}`);
  for (const o of [s, e]) if (splitsSurrogatePair(lines.text, o)) problems.push(`${what}: offset ${o} splits a surrogate pair`);
  return [s, e];
}

/** The block of non-blank lines around an offset: no fix may reach beyond the paragraph of its finding. */
export function paragraphAround(lines: Lines, offset: number): [number, number] {
  const blank = (i: number) => /^[ \t]*$/.test(lines.text.slice(lines.lines[i][0], lines.lines[i][1]));
  let li = 0;
  while (li + 1 < lines.lines.length && lines.lines[li + 1][0] <= offset) li++;
  let a = li;
  let b = li;
  while (a > 0 && !blank(a - 1)) a--;
  while (b + 1 < lines.lines.length && !blank(b + 1)) b++;
  return [lines.lines[a][0], lines.lines[b][1]];
}

export interface ResolvedEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies resolved, non-overlapping edits. */
export function applyResolved(text: string, edits: readonly ResolvedEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const NEW_BLOCK = /[\r\n][ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|\||(?:\*\*|__)?[A-Z][A-Za-z/ ]{0,24}(?:\*\*|__)?:[ \t])/;

/** Where a fix must not reach: what the core skips (code, comments, directives, URLs), i.e. what mask() blanks. */
function firstSkipped(text: string, masked: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (masked[i] !== text[i]) return i;
  return -1;
}

function loneSurrogates(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && isLow(s.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) n++;
  }
  return n;
}

/**
 * Everything a result promises about its text: valid ranges, sorted findings, non-overlapping edits that stay in
 * the finding's paragraph and leave skipped text alone. Returns the problems found (empty: all good).
 */
export function resultProblems(text: string, result: LintResult): string[] {
  const problems: string[] = [];
  const lines = new Lines(text);
  const masked = mask(text).text;
  let prev: { at: number; ruleId: string } | null = null;
  result.findings.forEach((f, i) => {
    const where = `finding ${i} (${f.ruleId})`;
    const span = checkRange(lines, f.range, where, problems);
    if (!span) return;
    if (prev && (span[0] < prev.at || (span[0] === prev.at && f.ruleId.localeCompare(prev.ruleId) < 0))) problems.push(`${where}: not sorted after ${prev.ruleId} at ${prev.at}`);
    prev = { at: span[0], ruleId: f.ruleId };
    const [pa, pb] = paragraphAround(lines, span[0]);
    f.fixes.forEach((fix, k) => {
      const edits: ResolvedEdit[] = [];
      fix.edits.forEach((e: TextEdit, j) => {
        const r = checkRange(lines, e.range, `${where} fix ${k} edit ${j}`, problems);
        if (r) edits.push({ start: r[0], end: r[1], newText: e.newText });
        if (typeof e.newText !== 'string' || /\n[ \t]*\n/.test(e.newText)) problems.push(`${where} fix ${k} edit ${j}: bad newText ${JSON.stringify(e.newText)}`);
      });
      if (fix.edits.length === 0) problems.push(`${where} fix ${k}: no edits`);
      const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (let j = 1; j < sorted.length; j++) {
        const a = sorted[j - 1];
        const b = sorted[j];
        // Two insertions at one offset are order-dependent: an overlap too.
        if (b.start < a.end || (b.start === a.start && a.start === a.end)) problems.push(`${where} fix ${k}: edits overlap at ${b.start}`);
      }
      for (const e of edits) {
        if (e.start < pa || e.end > pb) problems.push(`${where} fix ${k}: edit [${e.start},${e.end}) leaves the finding's paragraph [${pa},${pb})`);
        // nor across the start of another block: a list item, heading, table row, note field or speaker turn
        const removed = text.slice(e.start, e.end);
        if (NEW_BLOCK.test(removed)) problems.push(`${where} fix ${k}: edit reaches into the next block: ${JSON.stringify(removed.slice(0, 80))}`);
        const at = firstSkipped(text, masked, e.start, e.end);
        if (at >= 0) problems.push(`${where} fix ${k}: rewrites skipped text (code, comment, URL) at ${at}: ${JSON.stringify(text.slice(e.start, e.end).slice(0, 80))}`);
      }
      // A fix may carry a stray surrogate of the original along, but never break a pair into one.
      if (loneSurrogates(applyResolved(text, edits)) > loneSurrogates(text)) problems.push(`${where} fix ${k}: leaves a broken surrogate pair`);
    });
  });
  result.utterances.forEach((u, i) => checkRange(lines, u.range, `utterance ${i}`, problems));
  return problems;
}
