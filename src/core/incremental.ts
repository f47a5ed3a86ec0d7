// What createLinter() derives from the last lint when the new text differs from it in one place (a
// keystroke, a paste): where the texts differ, the masked text without masking again when neither text
// holds anything to mask near the edit, and the paragraphs from a scan of the few around the edit. The
// results are exactly those of mask() and paragraphs() on the whole text (test/unit/paragraph-cache.test.ts).

import { LONGEST_TRIGGER, mask, nothingToMask, type Masked } from './mask';
import { paragraphs, type Paragraph } from './segment';

/** The one span where two texts differ: [start, oldEnd) of the old text became [start, newEnd). */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

// Strings compare in native code: chunks first, then characters within the last chunk.
const STEPS = [4096, 256, 16, 1];

/** Where `next` differs from `prev`, or null when they are equal. */
export function diff(prev: string, next: string): Edit | null {
  if (prev === next) return null;
  const n = Math.min(prev.length, next.length);
  let p = 0;
  for (const step of STEPS) while (p + step <= n && prev.slice(p, p + step) === next.slice(p, p + step)) p += step;
  // the common suffix may not reach into the common prefix
  const m = n - p;
  let q = 0;
  for (const step of STEPS) while (q + step <= m && prev.slice(prev.length - q - step, prev.length - q) === next.slice(next.length - q - step, next.length - q)) q += step;
  return { start: p, oldEnd: prev.length - q, newEnd: next.length - q };
}

/** The smallest edit that covers both. */
function union(a: Edit, b: Edit): Edit {
  return { start: Math.min(a.start, b.start), ...(a.newEnd >= b.newEnd ? { oldEnd: a.oldEnd, newEnd: a.newEnd } : { oldEnd: b.oldEnd, newEnd: b.newEnd }) };
}

export interface Prepared {
  masked: Masked;
  /** Nothing in the text is masked, nor could be (see nothingToMask). */
  plain: boolean;
  paragraphs: Paragraph[];
  /** For each paragraph, its index in the last lint when its original and masked text are unchanged, or -1. */
  unchangedFrom: Int32Array;
}

export interface Previous {
  text: string;
  prepared: Prepared;
}

/** Masks `text` and splits it into paragraphs, from `prev` where the edit allows. */
export function prepare(text: string, prev: Previous | undefined): Prepared {
  const edit = prev && diff(prev.text, text);
  if (!prev || !edit) {
    if (prev) return { ...prev.prepared, unchangedFrom: identity(prev.prepared.paragraphs.length) };
    const plain = nothingToMask(text);
    const masked = plain ? { text, directives: [] } : mask(text);
    const paras = paragraphs(masked.text);
    return { masked, plain, paragraphs: paras, unchangedFrom: new Int32Array(paras.length).fill(-1) };
  }
  // A trigger that is new overlaps the edit; when there is none there and none before, nothing is masked.
  const around = text.slice(Math.max(0, edit.start - LONGEST_TRIGGER + 1), edit.newEnd + LONGEST_TRIGGER - 1);
  const plain = prev.prepared.plain && nothingToMask(around) && !(edit.start < 3 && text.startsWith('---'));
  let masked: Masked;
  let span = edit;
  if (plain) masked = { text, directives: [] };
  else {
    masked = mask(text);
    // masking may change the masked text away from the edit (an opened code fence blanks what follows)
    const m = diff(prev.prepared.masked.text, masked.text);
    if (m) span = union(edit, m);
  }
  const { paragraphs: paras, unchangedFrom } = updateParagraphs(prev.prepared.paragraphs, masked.text, span);
  return { masked, plain, paragraphs: paras, unchangedFrom };
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * The paragraphs of `masked` after `edit`, scanning only from the last paragraph that starts at or before
 * the edit to the first that starts after it. A paragraph starts after a blank line, which lies before the
 * edit or after it, so the scan agrees with a whole scan once it meets that paragraph where it was.
 */
function updateParagraphs(prev: readonly Paragraph[], masked: string, edit: Edit): { paragraphs: Paragraph[]; unchangedFrom: Int32Array } {
  const delta = edit.newEnd - edit.oldEnd;
  // paragraphs before index k end before the edit and keep their place; the scan starts at the k-th, the
  // last to start at or before the edit (or at 0 when none does)
  let k = 0;
  while (k < prev.length && prev[k].start <= edit.start) k++;
  k = Math.max(0, k - 1);
  const from = k < prev.length && prev[k].start <= edit.start ? prev[k].start : 0;
  let j = k; // the first paragraph that starts after the edit, the one the scan must meet
  while (j < prev.length && prev[j].start <= edit.oldEnd) j++;
  const to = j < prev.length ? prev[j].end + delta : masked.length;
  const scanned = paragraphs(masked.slice(from, to)).map((p) => ({ start: p.start + from, end: p.end + from }));
  if (j < prev.length && scanned[scanned.length - 1]?.start !== prev[j].start + delta) {
    const all = paragraphs(masked);
    return { paragraphs: all, unchangedFrom: new Int32Array(all.length).fill(-1) };
  }
  const out: Paragraph[] = prev.slice(0, k);
  const unchangedFrom = new Int32Array(k + scanned.length + Math.max(0, prev.length - j - 1));
  for (let i = 0; i < k; i++) unchangedFrom[i] = i;
  for (const p of scanned) {
    unchangedFrom[out.length] = -1;
    out.push(p);
  }
  if (j < prev.length) {
    // the paragraph the scan met is unchanged too
    unchangedFrom[out.length - 1] = j;
    for (let i = j + 1; i < prev.length; i++) {
      unchangedFrom[out.length] = i;
      out.push({ start: prev[i].start + delta, end: prev[i].end + delta });
    }
  }
  return { paragraphs: out, unchangedFrom };
}
