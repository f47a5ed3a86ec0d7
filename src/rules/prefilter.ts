// The prefilter: which patterns can match a sentence at all. Every pattern with anchors (see
// patternAnchors) is indexed under them; a sentence's word pieces are looked up in one pass, and only the
// patterns found (plus the few without anchors) run their regular expressions. This replaced one big
// alternation of every pattern, which the regex engine retried at every position of every sentence.
// A pattern also names the other words it requires (patternRequirements): a sentence with "you" but no
// "should" never runs "you … should {VERB}". On a 2,000-word note this cut the patterns run from ~2,000 to
// ~330 and the distinct expressions compiled by a cold first lint from ~240 to ~65.

import { patternRequirements, rarestSet, wordPieces } from './pattern';

export class PatternIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly unanchored: number[] = [];
  /** Per pattern id, the word sets besides its anchors of which a sentence must hold a piece each. */
  private readonly requires: Array<Array<ReadonlySet<string>> | undefined> = [];

  /** `sources[i]` is pattern i's source; the ids used below are these indexes. */
  constructor(readonly size: number, sources: ReadonlyArray<string | null>) {
    sources.forEach((src, id) => {
      if (src === null) return; // not prefiltered (imperative rules have their own cheap test)
      const requirements = patternRequirements(src);
      const anchors = rarestSet(requirements);
      const anchorSet = new Set(anchors ?? []);
      const others = requirements.filter((set) => !set.every((w) => anchorSet.has(w)));
      if (others.length) this.requires[id] = others.map((set) => new Set(set));
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
    let flagged = 0;
    let checks: number[] | null = null;
    const pieces = wordPieces(norm);
    for (const piece of pieces) {
      const ids = this.byWord.get(piece);
      if (!ids) continue;
      flags ??= new Uint8Array(this.size);
      for (const id of ids) {
        if (flags[id]) continue;
        flags[id] = 1;
        flagged++;
        if (this.requires[id]) (checks ??= []).push(id);
      }
    }
    if (checks) {
      const present = new Set(pieces);
      for (const id of checks) {
        if (this.requires[id]!.every((set) => holdsOne(set, present))) continue;
        flags![id] = 0;
        flagged--;
      }
      if (!flagged) flags = null;
    }
    if (this.unanchored.length) {
      flags ??= new Uint8Array(this.size);
      for (const id of this.unanchored) flags[id] = 1;
    }
    return flags;
  }
}

/** Whether `present` holds a word of `set` (iterating the smaller of the two). */
function holdsOne(set: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  if (set.size <= present.size) {
    for (const w of set) if (present.has(w)) return true;
  } else {
    for (const w of present) if (set.has(w)) return true;
  }
  return false;
}
