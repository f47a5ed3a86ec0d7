// A note fragment is often a noun phrase whose first word can also be a verb: "Use of cannabis reported",
// "Quit date set for 1/5", "Work hours reduced to part time", "Walk-in appointment", "Change in housing".
// verb-start.ts asks nounPhraseStart before it reads the first word as an instruction.

import { FINITE, IRREGULAR_PAST, OBJECT_START, PAST_AND_PARTICIPLE, POSSESSIVE_OBJECT, type WordClass, edStems, finiteVerbForm, lexicon } from './verb-class';

/** Verbs whose object or complement starts with "of" ("Think of a time", "Dispose of the needles"). */
const OF_VERBS = new Set([
  'think', 'dispose', 'approve', 'disapprove', 'beware', 'consist', 'speak', 'dream', 'hear', 'conceive', 'rid', 'tire',
  'repent', 'partake', 'die', 'smell', 'taste', 'despair', 'complain', 'know', 'learn', 'remind', 'get', 'make', 'take',
  'let', 'run', 'clear', 'steer', 'stay', 'keep', 'be', 'come', 'go', 'step', 'back', 'drop', 'cut',
]);

/** Nouns that head a compound after a verb/noun word in notes ("quit date", "drink count", "work schedule"). */
const COMPOUND_HEAD = new Set(
  ('date dates count counts intake schedule schedules routine routines exposure exposures attempt attempts status level ' +
    'levels history histories pattern patterns frequency quantity score scores results disorder episode episodes ' +
    'duration quality hygiene tolerance onset latency precautions session sessions').split(' '),
);

/** A state or a change reported of the phrase before it: "Sleep quality poor", "Work hours unchanged", "down to". */
const STATE = new Set(
  ('stable unchanged ongoing improved improving worse worsening better poor fair good adequate inadequate irregular ' +
    'regular variable intact limited pending normal abnormal elevated decreased increased reduced low high same ' +
    'consistent inconsistent sporadic minimal moderate severe resolved unknown n/a none denied reported noted successful ' +
    'unsuccessful fragmented interrupted impaired absent').split(' '),
);

/** The adjectives of an exam or MSE finding ("Affect bright", "Eye contact fleeting", "hygiene fair"). */
const FINDING = new Set(
  ('bright flat blunted constricted restricted full broad congruent incongruent appropriate inappropriate euthymic ' +
    'dysphoric depressed anxious irritable labile guarded fleeting casual disheveled unkempt linear logical tangential ' +
    'circumstantial coherent pressured slowed tearful withdrawn cooperative alert oriented unremarkable wnl negative ' +
    'steady unsteady clear').split(' '),
);
const stateWord = (w: string | undefined): boolean => w !== undefined && (STATE.has(w) || FINDING.has(w));

/** Irregular past participles a reported change uses: "Quit date set for …", "Dose held …". */
const IRREGULAR_PARTICIPLE = new Set([
  'set', 'cut', 'given', 'taken', 'done', 'put', 'begun', 'shown', 'met', 'written', 'moved', 'run', 'seen', 'known', 'gone',
  'paid', 'lost', 'won', 'read', 'withheld', ...PAST_AND_PARTICIPLE,
]);

/** Nouns of change that take "in" ("Change in mood", "Increase in cravings"); no verb of theirs does. */
const CHANGE_IN = new Set(['change', 'changes', 'increase', 'decrease', 'rise', 'decline', 'spike', 'dip', 'shift', 'reduction', 'improvement']);

const NOUN_TOKENS = /x[0-9]+\b|[a-z][a-z'/-]*|[0-9][0-9./-]*|[,:;()]/g;
const BARE_NOUN = /^[a-z][a-z'-]*$/;
/** Verbs before a complement, not an object: "Stay open minded", "Keep calm". */
const LINKING = new Set(['stay', 'keep', 'get', 'remain', 'become', 'feel', 'look', 'seem', 'go', 'be', 'leave', 'make', 'have', 'turn', 'grow']);
/** Prepositions and adverbs an instruction goes on with ("Floss before bed"): never the noun of a phrase. */
const NOT_A_NOUN = /^(?:before|after|until|till|during|while|when|if|instead|without|within|between|daily|nightly|weekly|again|first|today|tonight|tomorrow|less|more|slowly|often)$/;

function participle(word: string | undefined): boolean {
  if (!word) return false;
  if (IRREGULAR_PARTICIPLE.has(word)) return true;
  if (word.length <= 4 || !/ed$/.test(word)) return false;
  // the -ed form of any verb, a noun/verb word's too ("reviewed", "resumed", "moved")
  return [...edStems(word), word.slice(0, -3) + 'y'].some((s) => lexicon().has(s));
}

/** People a note assigns a task to whose noun is also a verb ("Staff to escort client", "Coach to follow up"). */
const ROLE = new Set(['staff', 'nurse', 'nurses', 'coach', 'sponsor', 'guard', 'counsel', 'mentor', 'tutor', 'chaperone', 'host', 'doctor', 'aide', 'caregiver', 'parent', 'parents', 'family', 'team', 'nursing', 'pharmacy', 'writer']);

/** Help and contact nouns whose verb never takes "from": "Help from neighbor", "Call from PO re: court date". */
const FROM_NOUNS = new Set(['help', 'support', 'call', 'calls', 'visit', 'visits', 'text', 'texts', 'message', 'email', 'letter', 'contact', 'input', 'feedback', 'praise', 'pressure', 'encouragement']);

/**
 * A list of findings, each a noun and its state ("Affect bright, mood good", "Sleep 6 hours, appetite fair"): an
 * item after a comma that is a word the lexicon does not call a verb and a finding's adjective, and nothing else.
 */
function findingsList(text: string): boolean {
  const items = text.split(/[,;] +/).slice(1);
  return items.some((item) => {
    const m = /^([a-z][a-z'-]*) ([a-z][a-z'/-]*)[ .!"']*$/.exec(item.replace(/["']/g, ''));
    return !!m && lexicon().get(m[1]) !== 'verb' && lexicon().get(m[1]) !== 'adj-verb' && stateWord(m[2]);
  });
}

/** Words that start a clause of its own inside the sentence: what follows them is not the first word's verb. */
const CLAUSE_OPENER = /^(?:[,;:(]|that|who|whom|whose|which|what|whoever|whatever|whichever|wherever|whenever|how|why|where|when|while|if|because|so|and|or|but|i|you|your|yours|yourself|he|she|we|they|it|u|ur|[a-z]+ing)$/;

/**
 * An instruction never happened: a noun/verb word with a past time and no subject of its own before it is an
 * event reported ("Fall at home last week", "Visit yesterday, tolerated well"), not "Call the nurse you met yesterday".
 */
function reportedEvent(words: string[]): boolean {
  for (let i = 1; i < words.length && i < 10; i++) {
    const w = words[i];
    if (CLAUSE_OPENER.test(w) && w !== ',') return false;
    if (w === 'yesterday' || w === 'ago') return true;
    if ((w === 'last' || w === 'earlier') && /^(?:night|week|weekend|month|year|visit|session|shift|today|evening)$/.test(words[i + 1] ?? '')) return true;
  }
  return false;
}

/** A noun/verb word, its prepositional phrase, then a finite verb: the phrase is its subject ("Visit from daughter went well"). */
function subjectOfLaterVerb(words: string[]): boolean {
  if (!/^(?:from|with|at|in|on|of|for|to|by|after|during|about)$/.test(words[1] ?? '')) return false;
  for (let i = 2; i < words.length && i < 7; i++) {
    const w = words[i];
    if (CLAUSE_OPENER.test(w)) return false;
    // (an -s word after a number or a quantifier is a plural noun: "Repeat for 5-10 cycles")
    if (FINITE.has(w) || IRREGULAR_PAST.has(w) || (/s$/.test(w) && finiteVerbForm(w) && !/^(?:[0-9].*|a|the|few|several|many|some|more|all|two|three|four|five|ten)$/.test(words[i - 1]))) return true;
  }
  return false;
}

/**
 * A noun/verb word, its prepositional phrase (no "your", no clause of its own), then a participle or a status
 * word that ends the fragment or opens a phrase of its own: a plan item reported, not given ("Switch to depot
 * discussed", "Stay at respite extended through Monday"), where an instruction's last word is its object.
 */
const PERSON_OBJECT = /^(?:one|someone|somebody|something|anyone|anybody|anything|everyone|everything|them|him|her|me|us|it|people|those|others)$/;
function reportedWithPhrase(words: string[]): boolean {
  if (!/^(?:to|at|in|into|from|with|for|on)$/.test(words[1] ?? '')) return false;
  for (let i = 2; i < words.length && i < 8; i++) {
    const w = words[i];
    // (a noun in -ing is part of the phrase: "Move to sober living completed")
    // (a person or a pronoun in the phrase is the instruction's object: "Look for one trained in …", "Model to them …")
    if ((CLAUSE_OPENER.test(w) && !/^[a-z]{3,}ing$/.test(w)) || POSSESSIVE_OBJECT.has(w) || NOT_A_NOUN.test(w) || PERSON_OBJECT.test(w)) return false;
    if (i > 2 && (participle(w) || STATE.has(w))) {
      const after = words[i + 1];
      return after === undefined || !BARE_NOUN.test(after) || /^(?:to|through|until|by|with|for|at|on|in|per|x[0-9]*)$/.test(after);
    }
  }
  return false;
}

/** A job or a role, its phrase, then a finite verb with no subject of its own: "Cook at a diner, works nights". */
function roleThenClause(words: string[]): boolean {
  const comma = words.indexOf(',');
  if (comma < 2 || comma > 6 || !/^(?:at|in|for|with|by)$/.test(words[1])) return false;
  // (its -s verb may be a noun/verb word: "works nights"; a plural subject has a verb after it: "meals are cheaper")
  const verb = words[comma + 1] ?? '';
  const stem = /[^s]s$/.test(verb) ? lexicon().get(verb.slice(0, -1)) : undefined;
  const finite = finiteVerbForm(verb) || ((stem === 'verb' || stem === 'noun-verb') && !FINITE.has(words[comma + 2] ?? '') && !finiteVerbForm(words[comma + 2] ?? ''));
  return /s$/.test(verb) && finite && !words.slice(2, comma).some((w) => POSSESSIVE_OBJECT.has(w));
}

/**
 * Whether the words after a verb/noun first word make it a noun phrase: its "of" ("Use of"), a compound's head
 * with something said of it ("Quit date set", "End date of …", "Smoke exposure at home"), a bare noun and a
 * participle or state ("Work hours reduced", "Sleep quality poor"), a hyphenated particle compound before a
 * noun ("Walk-in appointment") or a noun of change with "in".
 */
export function nounPhraseStart(first: string, cls: WordClass, text: string): boolean {
  const words = text.match(NOUN_TOKENS) ?? [];
  const next = words[1];
  if (next === undefined) return false;
  if (next === 'of') return !OF_VERBS.has(first);
  if (next === 'in' && CHANGE_IN.has(first)) return true;
  if (/^[a-z]+-(?:in|up|off|out|on|down|over|back|through)$/.test(first)) return BARE_NOUN.test(next) && !OBJECT_START.has(next) && !POSSESSIVE_OBJECT.has(next);
  if (findingsList(text)) return true;
  // a word the lexicon does not know is only guessed a verb: read it as a noun/verb word ("Copay assistance approved")
  const nounLike = cls === 'noun-verb' || !lexicon().has(first);
  if (nounLike && FROM_NOUNS.has(first) && next === 'from') return true;
  // a person who will do the task, then its infinitive: "Staff to complete incident report", "Nurse to check BP",
  // "Sponsor to call client weekly" (the note's plan item for someone other than the reader)
  if (ROLE.has(first) && next === 'to' && words[2] !== undefined && lexicon().has(words[2])) return true;
  if (nounLike && !LINKING.has(first) && (reportedEvent(words) || subjectOfLaterVerb(words))) return true;
  if (!LINKING.has(first) && roleThenClause(words)) return true;
  if (nounLike && reportedWithPhrase(words)) return true;
  // a domain word before an exam finding: "Mood anxious", "Affect blunted", "Speech pressured" (not the findings
  // a verb takes as its complement: "Steer clear", "Lie flat", "Hold steady")
  // (a finding before a noun qualifies it: "Change negative thought patterns")
  if (!LINKING.has(first) && FINDING.has(next) && !/^(?:clear|flat|steady|full|casual|alert)$/.test(next) && !BARE_NOUN.test(words[2] ?? ',')) return true;
  // a noun/verb word and the -ed form of a verb, then no noun: "Exercise increased to three days", "Sleep improved."
  // ("Drink bottled water" has its noun after the participle)
  if (nounLike && !LINKING.has(first) && participle(next)) {
    const after = words[2];
    return after === undefined || !BARE_NOUN.test(after) || /^(?:to|from|by|since|with|at|as|in|on|over|after|per|for|during|due|again|slightly|significantly|somewhat|further|overall|today|recently|but|and)$/.test(after);
  }
  // a gerund between them: "Stop smoking date moved", "Quit smoking attempt ongoing"
  const at = /ing$/.test(next) && words[2] !== undefined && COMPOUND_HEAD.has(words[2]) ? 2 : 1;
  const noun = words[at];
  if (!BARE_NOUN.test(noun) || OBJECT_START.has(noun) || POSSESSIVE_OBJECT.has(noun) || NOT_A_NOUN.test(noun)) return false;
  const after = words[at + 1];
  // a compound's head that ends the fragment: "Fall precautions.", "Sleep hygiene." (an instruction's object
  // has its article or the client's "your": "Keep a routine", "Book your sessions")
  if (after === undefined) return nounLike && !LINKING.has(first) && COMPOUND_HEAD.has(noun);
  if (COMPOUND_HEAD.has(noun)) return !BARE_NOUN.test(after) || stateWord(after) || participle(after) || /^(?:of|at|for|from|to|in|on|per|since|with|down|up|was|is)$/.test(after);
  // a linking verb before an adjective and its participle is an instruction: "Stay open minded", "Keep well hydrated"
  if (!nounLike || LINKING.has(first) || lexicon().get(noun) === 'adj-verb' || /ly$/.test(noun)) return false;
  const then = words[at + 2];
  // a compound of three nouns: "Play therapy session held", "Walk group session cancelled"
  if (BARE_NOUN.test(after) && !OBJECT_START.has(after) && !NOT_A_NOUN.test(after) && (stateWord(then) || participle(then)) && (words[at + 3] === undefined || !BARE_NOUN.test(words[at + 3]))) return true;
  return stateWord(after) || participle(after) || (/^(?:down|up)$/.test(after) && /^(?:to|from)$/.test(then ?? ''));
}
