// The prefilter: which patterns can match a sentence at all. Every pattern with anchors (see
// patternAnchors) is indexed under them; a sentence's word pieces are looked up in one pass, and only the
// patterns found (plus the few without anchors) run their regular expressions. This replaced one big
// alternation of every pattern, which the regex engine retried at every position of every sentence.

import { patternAnchors, wordPieces } from './pattern';

export class PatternIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly unanchored: number[] = [];

  /** `sources[i]` is pattern i's source; the ids used below are these indexes. */
  constructor(readonly size: number, sources: ReadonlyArray<string | null>) {
    sources.forEach((src, id) => {
      if (src === null) return; // not prefiltered (imperative rules have their own cheap test)
      const anchors = patternAnchors(src);
      if (!anchors) {
        this.unanchored.push(id);
        return;
      }
      for (const w of anchors) {
        const ids = this.byWord.get(w);
        if (ids) ids.push(id);
        else this.byWord.set(w, [id]);
      }
    });
  }

  /** Flags the patterns that may match `norm`; null when none can. */
  candidates(norm: string): Uint8Array | null {
    let flags: Uint8Array | null = null;
    for (const piece of wordPieces(norm)) {
      const ids = this.byWord.get(piece);
      if (!ids) continue;
      flags ??= new Uint8Array(this.size);
      for (const id of ids) flags[id] = 1;
    }
    if (this.unanchored.length) {
      flags ??= new Uint8Array(this.size);
      for (const id of this.unanchored) flags[id] = 1;
    }
    return flags;
  }
}
