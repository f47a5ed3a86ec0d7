// Does a sentence start with a base-form verb ("Call your sponsor", "Try it")? Answered from a generated
// lexicon (verb-lexicon.ts, compromise's own reading of each word at a sentence start) and the next words,
// so the lint never loads a tagger. A word that is also a noun ("call", "walk", "talk") is the subject
// when a finite verb follows it ("Talk therapy has helped", "Fear got you here").

import { FINITE, OBJECT_START, POSSESSIVE_OBJECT, classOf, finiteVerbForm, isCompound } from './verb-class';
import { nounPhraseStart } from './note-fragment';

/** A subject with its verb ("it's", "you're"): an imperative's object is never one. */
const SUBJECT_CONTRACTION = /^(?:i|you|he|she|it|we|they|that|there|this|what|who)'(?:s|re|m|ve|ll|d)$/;

/** Pronouns that only a subject takes: after one, the first word starts a clause ("Cause we never talk"). */
const NOMINATIVE = new Set(['i', 'we', 'they', 'he', 'she']);

// Words the lexicon does not list that still come before "your" at a sentence start: feelings and greetings
// ("Sorry your week was rough", "Glad your mom is better"), prepositions and conjunctions ("Unlike your
// brother", "Till your court date"), pronouns and sentence adverbs. Adjective endings are left out too.
const NOT_A_VERB_BEFORE_YOUR = new Set(
  ('sorry glad happy proud sad great awesome nice good bad bummer shame congrats congratulations thanks hope wow cool ' +
    'amazing lovely welcome bless blessed poor funny weird crazy strange sure fine yep yup nope hey hi hello dear oh ah ' +
    'btw lol omg ugh yikes ps re per via unlike despite besides beside near past minus versus except given till til cuz ' +
    'coz bc cause once nor yet inside outside within behind beyond beneath underneath above below throughout amid whereas whilst amongst amidst everything anything something nothing everyone anyone someone ' +
    'everybody anybody somebody nobody whatever whenever wherever whoever regardless hence thus therefore anyway ' +
    'anyways moreover furthermore likewise whats such same grateful thankful sweet wonderful beautiful brilliant ' +
    'excellent fantastic perfect terrible awful horrible true exactly totally indeed either neither half ' +
    'mom dad mum sis bro dude man girl honey sweetie buddy friend sir maam ma\'am love babe hun').split(' '),
);
const ADJECTIVE_ENDING = /(?:ful|ous|ive|al|ic|able|ible|ent|ant|less|ish|est|ary|ory|y|ing|ly|ed|[^s]s)$/;

/** A word the lexicon does not know, before "your": a verb unless it is one of the words above or looks like an adjective. */
function verbBeforeYour(word: string, next: string | undefined): boolean {
  return next !== undefined && POSSESSIVE_OBJECT.has(next) && word.length >= 3 && !NOT_A_VERB_BEFORE_YOUR.has(word) && !ADJECTIVE_ENDING.test(word);
}

const WORDS = /^([a-z][a-z'-]*)(?:[ ]+([a-z][a-z'-]*))?(?:[ ]+([a-z][a-z'-]*))?/;

/** Whether `text` (normalized: lower case, single spaces) starts with a verb in its base form. */
export function startsWithBaseVerb(text: string): boolean {
  const m = WORDS.exec(text);
  if (!m) return false;
  const [, first, next, third] = m;
  if (first.includes("'")) return false;
  const cls = classOf(first);
  if (!cls) return verbBeforeYour(first, next);
  if (nounPhraseStart(first, cls, text)) return false;
  if (!next) return cls === 'verb' || cls === 'noun-verb';
  if (FINITE.has(next) || isCompound(first, next)) return false;
  if (cls === 'verb') return true; // "Say you're sorry"
  // "Cause it's tough", "Cause you wanna…": a clause follows, not an object ("Call you back" is rare)
  if (SUBJECT_CONTRACTION.test(next) || NOMINATIVE.has(next)) return false;
  if (next === 'you' && third !== undefined && !OBJECT_START.has(third)) return false;
  if (cls === 'adj-verb') return OBJECT_START.has(next);
  // a noun/verb word: the subject when a finite verb or "of" follows, or a compound's head does ("Talk therapy has")
  if (next === 'of' || finiteVerbForm(next)) return false;
  return OBJECT_START.has(next) || third === undefined || !FINITE.has(third);
}
