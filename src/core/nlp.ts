// Is this sentence a directive imperative? Decided from word lists and the generated verb lexicon
// (verb-start.ts), without a tagger. compromise is kept for rewrites that need it (rewrite/verbs.ts,
// text.ts) and loads on their first use only: its cold load costs a few hundred ms.

import { compileOnFirstUse } from './regex-warm';
import { startsWithBaseVerb } from './verb-start';
import { informalSource } from '../rules/pattern';

/* eslint-disable @typescript-eslint/no-require-imports */
type Compromise = typeof import('compromise').default;

let nlp: Compromise | null = null;
let loads = 0;

function load(): Compromise {
  if (!nlp) {
    // A plain require keeps this lazy in the bundles too: the build maps it to dist/compromise.js.
    const mod = require('compromise');
    nlp = (mod.default ?? mod) as Compromise;
    loads++;
  }
  return nlp;
}

/** Whether compromise has been loaded in this process (for tests and the benchmark). */
export function nlpLoaded(): boolean {
  return nlp !== null;
}

export function nlpLoadCount(): number {
  return loads;
}

/** Verbs whose imperative invites the client to talk or is courtesy, not a directive. */
const EVOCATIVE_OR_COURTESY = new Set([
  'tell', 'describe', 'share', 'explain', 'say', 'imagine', 'picture', 'help', 'let', 'feel', 'walk', 'talk',
  'see', 'thank', 'welcome', 'hang', 'hold', 'come', 'sit', 'have', 'enjoy', 'excuse', 'pardon', 'forgive', 'look',
  'listen', 'wait', 'guess', 'suppose', 'correct', 'rate', 'fill', 'sign', 'hope', 'congratulations', 'mind', 'note',
  'notice', 'trust', 'be', 'know', 'continue', 'sounds', 'seems',
]);

// A first word followed by a finite verb is a subject ("Research shows…", "Exercise helps…"), whatever
// compromise tags it at a sentence start; so is a noun with a numeral label ("Line one is here", "Step 2 was").
const SUBJECT_THEN_VERB = /^(?:please )?[a-z'-]+ (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+[a-z]?) )?(?:(?:also|often|really|just|usually|always|sometimes|never|only|can|may|might|will|actually) )?(?:is|was|are|were|has|had|can|could|will|would|may|might|must|should|shows|showed|suggests|suggested|says|said|helps|helped|seems|means|makes|works|takes|tends|looks|sounds|feels|indicates|finds|found|comes|goes|gets|does|did|varies|depends|matters|happens|affects|causes|increases|reduces|lowers|raises|tells|told|teaches|reminds|reveals|demonstrates|proves|states|notes|explains|estimates|indicated|confirms)\b/;

// A list of nouns before a finite verb is the sentence's subject: "Work, relationships, and sleep are all affected",
// "Sleep, diet and exercise matter" ("Eat, sleep and rest well" has no verb after its list and stays an instruction).
const LIST_SUBJECT = /^(?:please )?[a-z'-]+(?:, [a-z'-]+)*,? (?:and|or) [a-z'-]+ (?:(?:all|both|also|really|often|each|can|may|might|will|would|could) )*(?:are|were|is|was|have|has|had|matter|matters|affect|affects|affected|help|helps|helped|seem|seems|go|play|make|take|work|feed|tie|add|count|come|keep|become|became)\b/;

// A bare noun phrase before "is"/"are" is the subject: "Post traumatic stress disorder (PTSD) is a complex issue",
// "Sleep hygiene is key". An instruction has no finite "is" so early unless a pronoun, determiner or wh-word opens
// a clause of its own first ("Do what is right", "Make sure it is done"), or a verb of knowing takes the clause
// ("Remember life is hard").
const NOUN_PHRASE_SUBJECT = /^(?!(?:remember|know|realize|realise|understand|accept|believe|recognize|recognise|ensure|note|notice|trust|imagine|pretend|see|say|tell|admit|consider|keep in mind|bear in mind|make sure) )((?:[a-z][a-z'-]* ){1,4}(?:\([^()]{1,40}\) )?)(?:is|are|was|were|has been|have been|remains|remain)\b/;
const OWN_CLAUSE = /\b(?:i|you|he|she|it|we|they|this|that|these|those|there|what|whatever|who|whoever|which|where|when|why|how|if|whether|a|an|the|my|your|his|her|its|our|their|u|ur|everything|anything|something|nothing|someone|anyone|everyone)\b/;

// ...also with a relative clause set off between the noun and its verb: "Anger, which sets us up to defend…, is often…"
const APPOSITIVE_SUBJECT = /^[a-z'-]+, (?:which|who) [^,;.!?]{1,100}, (?:is|are|was|were|has|have|can|may|often|usually)\b/;

function nounPhraseSubject(norm: string): boolean {
  if (APPOSITIVE_SUBJECT.test(norm)) return true;
  const m = NOUN_PHRASE_SUBJECT.exec(norm);
  // (the subject alone: the noun phrase and its parenthetical, without the verb)
  return !!m && !OWN_CLAUSE.test(m[1]);
}

// A client's word echoed back ("Respect, okay.", "Balance, yeah?") is a reflection, not an instruction.
const ECHO = /^[a-z'-]+[,.]? +(?:okay|ok|yeah|yes|right|mm-hmm|uh-huh|hmm|i see|sure|huh)\b|^(?:look|listen|see),? +(?:i|i'm|i've|we|we're|it|it's|this|that|there|here|you're)\b/;

/** Courtesy verbs of posture or waiting that can lead into an instruction ("Sit down and breathe"). */
const POSTURE = new Set(['sit', 'hold', 'wait', 'come', 'hang']);

/** Verbs of speaking: evocative when the client is asked to speak to the counselor, directive otherwise. */
const TALK_VERBS = new Set(['tell', 'share', 'explain', 'describe', 'say', 'talk', 'walk', 'help', 'look', 'fill']);
// ("Talk it over with your sister" sends the talk elsewhere: no invitation to the counselor)
const TO_THE_COUNSELOR = /^ +(?:(?:to|with) (?:me|us)\b|me\b|us\b|more\b|a (?:bit|little)\b|about\b|what\b|how\b|why\b|where\b|when\b|who\b|something\b|anything\b|(?:it|that|this)\b(?! (?:over|through|out) with (?!me\b|us\b))|again\b|at (?:me|this|that|it)\b|$)|^[,.!?]/;

/** Courtesy and evocative phrases that start with a verb that is otherwise directive ("take care"). */
// Encouragement a peer or counselor offers ("Hang in there", "Be proud of yourself") is support, not advice.
const COURTESY_PHRASES = new RegExp(informalSource(String.raw`^(?:please )?(?:stay strong|hang in there|keep (?:your (?:head|chin) up|fighting|pushing|at it|it up)|be proud of yourself|believe in yourself|give yourself (?:credit|a break|some credit|time|permission|grace|a pat on the back)|take (?:it|things) (?:one|a) (?:day|step) at a time|remember (?:that )?you(?:'re| are) not alone|know that you(?:'re| are)|(?:be gentle|go easy) (?:with|on) yourself|good luck|go (?:on|ahead)|take (?:(?:good |great |extra )?care|your time|a moment|a breath|a deep breath|it easy on yourself|a seat|a look)|keep (?:up the|in touch|going)|get (?:well|home safe)|call me|give me a call|(?:allow|permit) me to|stay (?:safe|well|in touch)|be (?:kind|gentle|patient) (?:to|with) yourself|think (?:back|about (?:a time|what|how|whether|when|where|why|who))|consider (?:what|how|whether|this|that)|remember (?:when|a time|that time|what)|check in|notice (?:what|how|when|where))\b`));


/**
 * Whether a sentence (normalized) starts with an imperative verb addressed to the reader. Evocative
 * imperatives ("Tell me more") and courtesy ("Take care") are not directives.
 */
export function isDirectiveImperative(sentence: string): boolean {
  compileImperativeCues();
  const norm = withoutOpeners(sentence);
  if (DIRECTIVE_DESPITE_FIRST_WORD.test(norm)) return true;
  const first = /^(?:please )?([a-z][a-z'-]*)/.exec(norm);
  if (!first) return false;
  if (NEVER_IMPERATIVE.has(first[1]) || SUBJECT_THEN_VERB.test(norm) || LIST_SUBJECT.test(norm) || nounPhraseSubject(norm) || ECHO.test(norm) || EXAM_FINDING.test(norm)) return false;
  if (TALK_VERBS.has(first[1])) {
    // "Tell me more" invites the client to talk; "Tell your friends", "Talk to your doctor" direct them.
    if (TO_THE_COUNSELOR.test(norm.slice(first[0].length))) return false;
  } else if (EVOCATIVE_OR_COURTESY.has(first[1])) {
    // a posture or a pause, then the instruction: "Sit down and breathe slowly", "Wait a minute, then call her"
    const then = POSTURE.has(first[1]) ? /^[^,;]*?(?: and|,) (?:then )?(?=[a-z])/.exec(norm.slice(first[0].length)) : null;
    return !!then && isDirectiveImperative(norm.slice(first[0].length + then[0].length));
  }
  const courtesy = COURTESY_PHRASES.exec(norm);
  if (courtesy) {
    // an instruction joined to the courtesy is still one: "Go easy on yourself and make an appointment"
    const and = /^[^,;]*? and (?:then )?(?=[a-z])/.exec(norm.slice(courtesy[0].length));
    return !!and && isDirectiveImperative(norm.slice(courtesy[0].length + and[0].length));
  }
  return startsWithBaseVerb(norm.replace(/^please /, ''));
}

// Courtesy words whose phrasal verb or object is an instruction: "Hold off on drinking until…", "Hang up the
// phone", "Continue your meds even if…", "Wait until you've eaten" (not "Hold on", "Continue, I'm listening").
// "Have", "do", "thank", "see" and "listen" usually start questions, auxiliaries, courtesy or a discourse
// marker, but these are instructions: "Have an honest talk with her", "Do some journaling", "Thank your mom
// for her help", "Please see a therapist", "Listen to him when he says…", "Sit on the couch with it until it passes".
const DIRECTIVE_DESPITE_FIRST_WORD =
  /^(?:please )?(?:have (?:a|an|some) (?!(?:good|great|nice|wonderful|safe|lovely|happy|fun|blessed|peaceful|relaxing|restful|seat|look|listen|think|minute|moment|second|sec|chat|tissue)\b)[a-z]|have (?:him|her|them|someone|somebody) [a-z]|see (?:a|an|your|someone|somebody|if|whether|about)\b|listen to (?:him|her|them|your|what|those|that)\b|do (?:some|something|it|this|that|more|less|at least|(?:one|two|three|five|ten) )\b|do (?:your|ur) (?!best\b|part\b|thing\b)[a-z]|do (?:the|these|those) (?!best\b)(?![^,.;?!]*\b(?:you|he|she|they|we)\b)|do (?:yourself|urself) a favou?r\b|sign (?:up|(?:yourself|urself|him|her|them) up) (?:for|with|at|on|to)\b|sit (?:(?:on|in|at) (?:the|a|your) [a-z]+ )?with (?:it|the|your|those|that|this|these)\b(?! (?:for a (?:moment|minute|second|bit)|a moment)\b)|thank (?!you\b|u\b)[a-z]|hold off\b|hang up\b|hang out (?:with|at)\b|continue (?:your|the|this|that|these|those|each|every|all|to (?!talk|share|tell|say)[a-z]+|with (?:your|the)|on (?:your|the)|[a-z]{2,}ing\b)|wait (?:until|till|for (?:at least|[0-9]))\b|wait (?:at least )?(?:an?|one|two|three|[0-9]+|a few|a couple of) (?:minutes?|hours?|days?|weeks?)\b)/;

/** Words that can never start an imperative. */
const NEVER_IMPERATIVE = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that',
  'these', 'those', 'the', 'a', 'an', 'some', 'any', 'all', 'no', 'not', 'so', 'and', 'but', 'or', 'if', 'when', 'what',
  'how', 'why', 'where', 'who', 'which', 'whose', 'while', 'because', 'as', 'at', 'in', 'on', 'of', 'for', 'with', 'to',
  'from', 'by', 'about', 'after', 'before', 'since', 'there', 'here', 'then', 'now', 'yes', 'yeah', 'no', 'okay', 'ok',
  'well', 'oh', 'um', 'uh', 'mm', 'hmm', 'mhm', 'mm-hmm', 'right', 'sure', 'great', 'good', 'wow', 'alright', 'thanks',
  'thank', 'hi', 'hello', 'client', 'pt', 'patient', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could',
  'would', 'will', 'should', 'may', 'might', 'must', 'have', 'has', 'had', 'it\'s', 'that\'s', 'i\'m', 'you\'re', 'i\'ve',
  'you\'ve', 'there\'s', 'let\'s', 'maybe', 'perhaps', 'also', 'just', 'really', 'very', 'one', 'two', 'three', 'other',
  'another', 'each', 'every', 'many', 'much', 'more', 'most', 'both', 'either', 'neither', 'like', 'exactly', 'absolutely',
  'definitely', 'certainly', 'actually', 'mr', 'mrs', 'ms', 'dr', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next',
  // prepositions and particles compromise may tag as verbs at a sentence start ("Over the past year, …", "Back to that scale")
  'over', 'back', 'up', 'down', 'out', 'off', 'under', 'through', 'around', 'along', 'across', 'during', 'within', 'without',
  'into', 'onto', 'upon', 'between', 'among', 'against', 'toward', 'towards', 'until', 'unless', 'though', 'although',
  'whether', 'even', 'still', 'almost', 'only', 'like', 'sort', 'kind',
  // a note fragment's subject, which compromise may tag as a verb ("Person with schizophrenia, …", "Neonate with NOWS")
  'person', 'people', 'neonate', 'infant', 'newborn', 'adult', 'adolescent', 'male', 'female', 'woman', 'women', 'child',
  'children', 'boy', 'girl', 'resident', 'residents',
]);

// An exam finding of coordinated adjectives ("Clean and dry dressing applied", "Warm, dry, well perfused"), not
// "Clean and dry the area" (an object follows the verbs there).
const EXAM_FINDING =
  /^(?:clean|dry|warm|clear|cool|soft|intact|moist|pink|firm|regular)(?:,| and|, and) (?:dry|intact|clean|warm|well[- ]perfused|nontender|non-tender|soft|moist|pink|regular|clear|reactive|symmetric)\b(?!,? (?:the|it|your|them|this|that|his|her|their|a|an|off|out|up)\b)/;

// Discourse openers before an imperative ("So, take…", "Also, try…", "Just call…") do not change its force.
// "I think just tell them" in speech and "Maybe try journaling" in writing are imperatives behind a hedge.
const OPENERS = /^(?:(?:first and foremost|first of all|first thing(?: tomorrow| in the morning| today)?|tomorrow|tonight|today|most importantly|above all|in the meantime|meanwhile|for now|however|so|and|but|well|ok|okay|now|also|then|just|plus|again|honestly|seriously|frankly|definitely|absolutely|instead|otherwise|alright|all right|yeah|yes|first|next|finally|lastly|oh|maybe|perhaps|personally|i think|i guess|i'd say|i would say|tbh|imo|imho|ngl|idk|lol|lmao|hey|man|bro|dude|yea|i mean|in my opinion|to be honest|honestly speaking|pls|plz|kindly|def|defo|srsly|fr),? +)+/;

// An introductory clause before an instruction: "If you need to relax, go for a walk", "If not, then ask her".
const INTRO_CLAUSE = /^(?:if|when|whenever|since|once|as long as|as for|as far as|in terms of|(?:the )?next time|after|before|while|until|even if|to)\b[^,;]{0,160}, +(?:then,? +)?/;

function withoutOpeners(norm: string): string {
  return norm.replace(OPENERS, '');
}

/** A cheap test run before the rules' patterns: could this sentence, or its clause after ", so", be an imperative? */
export function couldBeImperative(sentence: string): boolean {
  if (couldStartImperative(sentence)) return true;
  // "Your doctor is the best person to ask, so call them.", and a comma splice in chat writing: "that sounds
  // rough, try going for walks" (the first few clauses only: the rules look no further)
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence), n = 0; m && n < 6; m = CLAUSE_BREAK.exec(sentence), n++) {
    if (couldStartImperative(sentence.slice(m.index + m[0].length))) return true;
  }
  return false;
}

// (and "but please" without its comma: "i know it's hard but please go to bed")
const CLAUSE_BREAK = /[,;:] +(?:so +)?(?=[a-z])| but (?=(?:please|pls|plz) )/g;

// Base verbs that end like a gerund or an adverb: "Bring your log", "Apply for three jobs", "Reply to her".
const BASE_ING_LY = /^(?:bring|sing|ring|sting|swing|cling|fling|spring|string|wring|apply|reply|rely|supply|comply|multiply|fly|ally|tally|bully|rally)$/;

// A time phrase before an instruction, without its comma: "After dinner go for a walk", "Every morning write…"
// (the catalogue's imperative rule says where the instruction starts; this only lets the sentence reach it)
const TIME_PHRASE = /^(?:right |just |first thing )?(?:after|before|during|by|on|at|in|over|every|each|this|next|until|till|starting) [a-z' -]{0,30}?\b(?:morning|afternoon|evening|night|day|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|breakfast|lunch|dinner|supper|meal|work|school|class|bed|bedtime|group|church|practice|payday|noon|midnight|tomorrow|tonight|today|shift|session|appointment|visit|court|hearing)s? (?=[a-z])/;

const AGREEMENT_TAG = /, +(?:okay|ok|alright|all right|right|deal|got it|understood|agreed|sound good|sounds good)\?["')\]]*$/;

function couldStartImperative(sentence: string): boolean {
  const lead = withoutOpeners(sentence);
  const intro = INTRO_CLAUSE.test(lead) ? withoutOpeners(lead.replace(INTRO_CLAUSE, '')) : lead;
  const norm = TIME_PHRASE.test(intro) ? intro.replace(TIME_PHRASE, '') : intro;
  const m = /^(?:please )?([a-z][a-z'-]*)(?: |$|[!.,;:])/.exec(norm);
  if (!m) return false;
  const w = m[1];
  if (NEVER_IMPERATIVE.has(w)) return DIRECTIVE_DESPITE_FIRST_WORD.test(norm) && !norm.endsWith('?');
  if (/(?:ing|ly)$/.test(w) && !BASE_ING_LY.test(w)) return false;
  if (/[^e]ed$/.test(w)) return false; // past tense; "need", "feed", "proceed" pass
  if (/[^s]s$/.test(w) && !/(?:us|ss|is)$/.test(w)) return false;
  // a tag asks for agreement with an instruction, not for the client's view: "Take your meds tonight, okay?"
  return !norm.replace(AGREEMENT_TAG, '').endsWith('?');
}

/** The compromise instance, for rewrites that need more than the helpers above. */
export function compromise(): Compromise {
  return load();
}

// Every candidate runs these: compiled at once instead of interpreted first (regex-warm.ts).
const compileImperativeCues = compileOnFirstUse(() => [DIRECTIVE_DESPITE_FIRST_WORD, SUBJECT_THEN_VERB, LIST_SUBJECT, NOUN_PHRASE_SUBJECT, OWN_CLAUSE, APPOSITIVE_SUBJECT, ECHO, EXAM_FINDING, TO_THE_COUNSELOR, COURTESY_PHRASES, OPENERS, INTRO_CLAUSE, TIME_PHRASE]);
