// How a word not in the verb lexicon is guessed, the way compromise guesses words missing from its own
// lexicon: a known verb behind a prefix ("rewrite", "reconnect", "pre-pack", "double-check"), then the longest known suffix
// ("-ify", "-ize" verbs; "-tion", "-ness" not), then the endings that make an infinitive ("-ate").
// Shared with scripts/gen-verb-lexicon.js, which lists the known words this would misread.

const PREFIX = /^(?:re|un|dis|mis|over|out|under|co|pre|double|triple)-?([a-z]{3,})$/;
const INFINITIVE_ENDING = /.[lnr]ize$|.[^aeiou]ise$|.[aeiou]te$|[^i]fer$/;

export function verbGuesser(suffixTable: string, isKnownVerb: (word: string) => boolean): (word: string) => boolean {
  const bySuffix = new Map<string, boolean>();
  for (const entry of suffixTable.split(' ')) {
    const [suffix, tag] = entry.split(':');
    bySuffix.set(suffix, tag === 'v');
  }
  return (word) => {
    const p = PREFIX.exec(word);
    if (p && isKnownVerb(p[1])) return true;
    for (let n = Math.min(7, word.length - 1); n > 1; n--) {
      const verdict = bySuffix.get(word.slice(-n));
      if (verdict !== undefined) return verdict;
    }
    return INFINITIVE_ENDING.test(word);
  };
}
