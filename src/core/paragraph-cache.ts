// createLinter()'s memory of the last lint: each paragraph's result, with what lint() derives from it that
// depends on the paragraph alone (positions relative to the paragraph's first line, change-talk kinds), so
// a keystroke costs one paragraph's lint plus a cheap walk over the others. A paragraph's result depends on
// its original and masked text, the dialog state coming in and whether the document is a structured note;
// entries are looked up by the original text and checked for the rest.

import { darnCat } from './change-talk';
import type { DialogState, ParagraphResult } from './paragraph';
import { LineIndex } from './positions';
import { normalize } from './segment';
import type { ChangeTalkType, Range } from './types';

export interface CachedParagraph {
  original: string;
  /** The masked text, or null when it is the original (nothing skipped). */
  masked: string | null;
  permission: DialogState['permission'];
  isNote: boolean;
  result: ParagraphResult;
  /** Ranges relative to the paragraph's first line; a paragraph starts at column 0. */
  hitRanges: Range[];
  utteranceRanges: Range[];
  changeTalk: Array<ChangeTalkType | null>;
  /** Line breaks inside the paragraph. */
  lineBreaks: number;
}

export class ParagraphCache {
  private last = new Map<string, CachedParagraph[]>();
  private next = new Map<string, CachedParagraph[]>();

  /** The entry for this paragraph, from the last lint or earlier in this one. */
  get(original: string, masked: string, permission: DialogState['permission'], isNote: boolean): CachedParagraph | undefined {
    const fits = (e: CachedParagraph) => e.permission === permission && e.isNote === isNote && (e.masked === null ? masked === original : e.masked === masked);
    const now = this.next.get(original)?.find(fits);
    if (now) return now;
    const before = this.last.get(original)?.find(fits);
    if (before) this.add(before);
    return before;
  }

  add(e: CachedParagraph): void {
    const list = this.next.get(e.original);
    if (list) list.push(e);
    else this.next.set(e.original, [e]);
  }

  /** Ends a lint: only its paragraphs are kept, so the cache never outgrows one document. */
  commit(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

/** An entry for a freshly linted paragraph; `original` and `masked` should be detached copies. */
export function cacheEntry(
  original: string,
  masked: string,
  permission: DialogState['permission'],
  isNote: boolean,
  result: ParagraphResult,
): CachedParagraph {
  const index = new LineIndex(original);
  return {
    original,
    masked: masked === original ? null : masked,
    permission,
    isNote,
    result,
    hitRanges: result.hits.map((h) => index.range(h.start, h.end)),
    utteranceRanges: result.utterances.map((u) => index.range(u.start, u.end)),
    changeTalk: result.utterances.map((u) => (u.talk === 'change' ? darnCat(normalize(masked.slice(u.start, u.end))) : null)),
    lineBreaks: index.lineCount - 1,
  };
}

/**
 * A copy of a string that does not keep its parent alive. `text.slice()` of a long document shares the
 * document's memory; cached paragraphs must not pin every old version of the document.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** Line breaks ("\n", "\r\n" or a lone "\r", as LineIndex counts them) in text[from, to). */
export function lineBreaksIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
