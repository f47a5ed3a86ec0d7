// The generated verb lexicon read for one word at a time (verb-lexicon.ts, verb-guess.ts), and the small word
// sets both readings of a sentence start use: the imperative's (verb-start.ts) and the note fragment's
// (note-fragment.ts).

import { ADJ_VERBS, COMPOUNDS, NOT_VERBS, NOUN_VERBS, SUFFIXES, VERBS } from './verb-lexicon';
import { verbGuesser } from './verb-guess';

export type WordClass = 'verb' | 'noun-verb' | 'adj-verb';

let classes: Map<string, WordClass> | null = null;
let notVerbs: Set<string>;
let compounds: Set<string>;
let guess: (word: string) => boolean;

export function lexicon(): Map<string, WordClass> {
  if (classes) return classes;
  const m = new Map<string, WordClass>();
  for (const w of VERBS.split(' ')) m.set(w, 'verb');
  for (const w of NOUN_VERBS.split(' ')) m.set(w, 'noun-verb');
  for (const w of ADJ_VERBS.split(' ')) m.set(w, 'adj-verb');
  notVerbs = new Set(NOT_VERBS.split(' '));
  compounds = new Set(COMPOUNDS.split(' ').map((c) => c.replace('_', ' ')));
  guess = verbGuesser(SUFFIXES, (w) => m.get(w) === 'verb' || m.get(w) === 'noun-verb');
  return (classes = m);
}

export function classOf(word: string): WordClass | undefined {
  const known = lexicon().get(word);
  if (known) return known;
  // a hyphenated word the lexicon does not list is read by its last part ("age-appropriate", "self-paced"), the
  // head of a compound adjective or noun; a known verb there still makes a verb ("re-check", "pre-pack")
  const last = /^[a-z]+-([a-z]+)$/.exec(word)?.[1];
  if (last && (notVerbs.has(last) || (last.length >= 4 && !lexicon().has(last) && !guess(last)))) return undefined;
  return !notVerbs.has(word) && guess(word) ? 'verb' : undefined;
}


/** Whether two words are a compound the lexicon lists that starts with a verb but is not one ("spot on"). */
export function isCompound(first: string, next: string): boolean {
  lexicon();
  return compounds.has(`${first} ${next}`);
}

/** Auxiliaries and modals: after one, the first word was a subject ("Exercise can help", "Work is hard"). */
export const FINITE = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must',
  'does', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't",
  "doesn't", "didn't", "mustn't",
]);

/** Words an object or a complement starts with: after a noun/verb word, they make it the verb. */
export const OBJECT_START = new Set([
  'the', 'a', 'an', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those', 'it', 'them', 'him',
  'me', 'us', 'you', 'yourself', 'yourselves', 'some', 'any', 'more', 'less', 'up', 'down', 'out', 'off', 'in', 'on', 'back',
  'away', 'over', 'around', 'through', 'to', 'with', 'for', 'about', 'at', 'into', 'from', 'by', 'what', 'how', 'why',
  'whether', 'if', 'when', 'where', 'who', 'someone', 'something', 'anyone', 'anything', 'everyone', 'everything', 'each',
  'every', 'all', 'both', 'one', 'as', 'and', 'or', 'together', 'here', 'there', 'now', 'again', 'often', 'regularly', 'yet',
]);

/** Irregular forms that are both a past and a participle ("kept", "held"): listed once, read by both sets. */
export const PAST_AND_PARTICIPLE = ['made', 'kept', 'left', 'told', 'found', 'brought', 'held', 'sent'];

/** Irregular past forms: after a noun/verb word, it was the subject ("Fear got you here"). */
export const IRREGULAR_PAST = new Set([
  'got', 'went', 'took', 'gave', 'came', 'felt', 'said', 'thought', 'became', 'began', 'drove', 'led', 'knew', 'saw', 'meant',
  'grew', 'wrote', 'ran', 'stood', 'taught', 'caught', ...PAST_AND_PARTICIPLE,
]);

/** Whether `word` is the -s or past form of a word that can only be a verb ("tries", "helped"). */
export function finiteVerbForm(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  const stems = /ies$/.test(word)
    ? [word.slice(0, -3) + 'y']
    : /[^s]s$/.test(word)
      ? [word.slice(0, -1), word.slice(0, -2)]
      : /ed$/.test(word)
        ? edStems(word)
        : [];
  return stems.some((s) => lexicon().get(s) === 'verb');
}

/** The base forms an -ed word may come from: "helped", "moved", "stopped". */
export function edStems(word: string): string[] {
  return [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)];
}

/** The client's own thing or self right after the first word: only a verb takes it there ("Batch your errands"). */
export const POSSESSIVE_OBJECT = new Set(['your', 'yourself', 'yourselves', 'ur', 'urself']);
