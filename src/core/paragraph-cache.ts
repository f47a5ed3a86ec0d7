// createLinter()'s memory of the last lint: each paragraph's result, with what lint() derives from it that
// depends on the paragraph alone (positions relative to the paragraph's first line, change-talk kinds), so
// a keystroke costs one paragraph's lint plus a cheap walk over the others. A paragraph's result depends on
// its original and masked text, the dialog state coming in (paragraph.ts stateKey) and whether the document is a structured note;
// entries are looked up by the original text and checked for the rest.

import { darnCat } from './change-talk';
import type { ParagraphResult } from './paragraph';
import { LineIndex } from './positions';
import { normalize } from './segment';
import type { Tally } from './metrics';
import type { ChangeTalkType, Finding, Range, Utterance } from './types';

export interface CachedParagraph {
  original: string;
  /** The masked text, or null when it is the original (nothing skipped). */
  masked: string | null;
  /** The dialog state coming in (stateKey): permission, and the context client turns are read with. */
  state: string;
  isNote: boolean;
  result: ParagraphResult;
  /** Ranges relative to the paragraph's first line; a paragraph starts at column 0. */
  hitRanges: Range[];
  utteranceRanges: Range[];
  changeTalk: Array<ChangeTalkType | null>;
  /** Line breaks inside the paragraph. */
  lineBreaks: number;
  /** Line index of the paragraph's own text, for its fixes' ranges. */
  index: LineIndex;
  /** The lint output built for this paragraph at a document line (reused while it stays there). */
  built?: BuiltParagraph;
  /** The last lint that used this entry (ParagraphCache's generation). */
  gen: number;
}

export interface BuiltParagraph {
  line: number;
  findings: Finding[];
  utterances: Utterance[];
  /** The paragraph's counts for the metrics. */
  tally: Tally;
}

function fits(e: CachedParagraph | undefined, original: string, masked: string, state: string, isNote: boolean): e is CachedParagraph {
  return e !== undefined && e.original === original && e.state === state && e.isNote === isNote && (e.masked === null ? masked === original : e.masked === masked);
}

export class ParagraphCache {
  private last: CachedParagraph[] = [];
  private next: CachedParagraph[] = [];
  /** Every entry of the last lint and this one, by original text; kept up to date, never rebuilt. */
  private readonly byText = new Map<string, CachedParagraph[]>();
  private gen = 0;

  /**
   * The entry for paragraph `i` of `count`, from the last lint or earlier in this one. The last lint's
   * paragraph at the same place (counted from the start, or from the end for paragraphs after an edit
   * that added or removed one) is tried first: a string comparison, where a lookup by text hashes the
   * paragraph; on a keystroke, only the edited paragraph is looked up by text.
   */
  get(i: number, count: number, original: string, masked: string, state: string, isNote: boolean): CachedParagraph | undefined {
    const same = this.last[i];
    if (fits(same, original, masked, state, isNote)) return this.use(same);
    const fromEnd = this.last[i + this.last.length - count];
    if (fits(fromEnd, original, masked, state, isNote)) return this.use(fromEnd);
    const found = this.byText.get(original)?.find((e) => fits(e, original, masked, state, isNote));
    return found && this.use(found);
  }

  /**
   * Entry `i` of the last lint, for a paragraph known to have the same text (see incremental.ts), if the
   * rest of what its result depends on is the same too.
   */
  reuse(i: number, state: string, isNote: boolean): CachedParagraph | undefined {
    const e = this.last[i];
    return e && e.state === state && e.isNote === isNote ? this.use(e) : undefined;
  }

  add(e: CachedParagraph): void {
    const list = this.byText.get(e.original);
    if (list) list.push(e);
    else this.byText.set(e.original, [e]);
    this.use(e);
  }

  private use(e: CachedParagraph): CachedParagraph {
    if (e.gen === this.gen) {
      // the same text again in this document ("## Plan" in every session): the result is shared, the output
      // built at a line is each occurrence's own, or every lint would rebuild them all
      e = { ...e, built: undefined };
      this.byText.get(e.original)!.push(e);
    }
    e.gen = this.gen;
    this.next.push(e);
    return e;
  }

  /** Ends a lint: only its paragraphs are kept, so the cache never outgrows one document. */
  commit(): void {
    for (const e of this.last) {
      if (e.gen === this.gen) continue;
      // a paragraph repeated in the document appears here more than once; the first removal took it
      const list = this.byText.get(e.original);
      if (!list) continue;
      const rest = list.filter((x) => x !== e);
      if (rest.length) this.byText.set(e.original, rest);
      else this.byText.delete(e.original);
    }
    this.last = this.next;
    this.next = [];
    this.gen++;
  }
}

/** An entry for a freshly linted paragraph; `original` and `masked` should be detached copies. */
export function cacheEntry(
  original: string,
  masked: string,
  state: string,
  isNote: boolean,
  result: ParagraphResult,
): CachedParagraph {
  const index = new LineIndex(original);
  return {
    original,
    masked: masked === original ? null : masked,
    state,
    isNote,
    result,
    hitRanges: result.hits.map((h) => index.range(h.start, h.end)),
    utteranceRanges: result.utterances.map((u) => index.range(u.start, u.end)),
    changeTalk: result.utterances.map((u) => (u.talk === 'change' ? darnCat(normalize(masked.slice(u.start, u.end))) : null)),
    lineBreaks: index.lineCount - 1,
    index,
    gen: -1,
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
