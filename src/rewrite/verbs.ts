// Verb forms for rewrites: base → -ing, -s, past; -ing/past → base. Regular verbs take a rule-based fast
// path so most fixes never load compromise; only the spellings rules cannot settle (stress-dependent
// doubling, unknown irregular pasts) ask compromise's conjugation tables, which load on first use.

import { compromise } from '../core/nlp';

/** Irregular -ing spellings the rules below would get wrong. */
const GERUND_IRREGULAR: Record<string, string> = {
  be: 'being', see: 'seeing', die: 'dying', lie: 'lying', tie: 'tying', vie: 'vying', panic: 'panicking',
  picnic: 'picnicking', mimic: 'mimicking', traffic: 'trafficking', singe: 'singeing', dye: 'dyeing',
};

/** Multi-syllable verbs stressed on the last syllable: they double their final consonant (US spelling). */
const DOUBLES = new Set([
  'begin', 'forget', 'admit', 'commit', 'submit', 'permit', 'omit', 'emit', 'regret', 'refer', 'prefer', 'confer',
  'defer', 'infer', 'transfer', 'occur', 'recur', 'incur', 'deter', 'control', 'patrol', 'compel', 'expel', 'propel',
  'repel', 'rebel', 'excel', 'upset', 'abet', 'acquit', 'equip', 'unplug', 'unwrap', 'kidnap', 'outfit', 'outrun',
  'overrun', 'forbid', 'beget', 'befit', 'remit', 'acquit', 'allot', 'embed', 'extol', 'instil', 'enrol',
]);

/** Multi-syllable verbs ending consonant-vowel-consonant that never double (unstressed last syllable). */
const SINGLE = /(?:en|on|er|or|it|et|al|el|il|ol|ul|op|ow|ew|aw|ed|ad|id)$/;

function syllables(w: string): number {
  const groups = w.replace(/e$/, '').match(/[aeiouy]+/g);
  return groups ? groups.length : 1;
}

/** Consonant-vowel-consonant at the end, the last consonant one that doubles ("stop", "quit", "plan"). */
function endsCvc(w: string): boolean {
  return /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(w) || /qu[aeiou][b-df-hj-np-tvz]$/.test(w);
}

/** "stop" → "stopping", "take" → "taking", "lie" → "lying", "cut back" → "cutting back". */
export function gerund(verb: string): string {
  const sp = verb.indexOf(' ');
  if (sp > 0) return gerund(verb.slice(0, sp)) + verb.slice(sp);
  const v = verb.toLowerCase();
  if (v.endsWith('ing') && v.length > 4 && v !== 'bring' && v !== 'sing' && v !== 'ring' && v !== 'sting' && v !== 'swing' && v !== 'cling' && v !== 'fling' && v !== 'wring' && v !== 'string') return verb;
  const out = gerundLower(v);
  return verb === v ? out : out; // rewrites place verbs mid-sentence: always lower case
}

function gerundLower(v: string): string {
  if (GERUND_IRREGULAR[v]) return GERUND_IRREGULAR[v];
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying';
  if (/(?:ee|oe|ye)$/.test(v)) return v + 'ing';
  if (/[^aeiou]e$/.test(v) || /ue$/.test(v)) return v.slice(0, -1) + 'ing';
  if (v === 'c' || !endsCvc(v)) return v + 'ing';
  if (syllables(v) === 1 || DOUBLES.has(v)) return v + v[v.length - 1] + 'ing';
  if (SINGLE.test(v) || /[wxy]$/.test(v)) return v + 'ing';
  // Stress decides ("visit" → "visiting", "equip" → "equipping"): ask compromise's tables.
  const g = conjugation(v)?.Gerund;
  return g && /ing$/.test(g) && !g.includes(' ') ? g : v + 'ing';
}

/** "want" → "wants", "go" → "goes", "try" → "tries", "have" → "has"; modals stay. */
export function thirdPerson(verb: string): string {
  const v = verb.toLowerCase();
  const irregular: Record<string, string> = { be: 'is', am: 'is', are: 'is', have: 'has', do: 'does', go: 'goes', "'m": "'s", "'re": "'s", "'ve": "'s" };
  if (irregular[v]) return irregular[v];
  if (/^(?:can|could|will|would|shall|should|may|might|must|ought|can't|couldn't|won't|wouldn't|shouldn't|mustn't|cannot)$/.test(v)) return v;
  if (/(?:s|x|z|ch|sh|o)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}

const PAST_IRREGULAR: Record<string, string> = {
  went: 'go', gone: 'go', lost: 'lose', drank: 'drink', drunk: 'drink', took: 'take', taken: 'take', ate: 'eat', eaten: 'eat',
  got: 'get', gotten: 'get', gave: 'give', given: 'give', came: 'come', made: 'make', said: 'say', told: 'tell', left: 'leave',
  felt: 'feel', kept: 'keep', thought: 'think', bought: 'buy', brought: 'bring', found: 'find', ran: 'run', saw: 'see',
  seen: 'see', did: 'do', done: 'do', had: 'have', was: 'be', were: 'be', been: 'be', spent: 'spend', sent: 'send',
  slept: 'sleep', forgot: 'forget', forgotten: 'forget', began: 'begin', begun: 'begin', met: 'meet', paid: 'pay',
  heard: 'hear', held: 'hold', stood: 'stand', sat: 'sit', fell: 'fall', fallen: 'fall', knew: 'know', known: 'know',
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', broke: 'break',
  broken: 'break', blew: 'blow', drove: 'drive', driven: 'drive', rode: 'ride', smoked: 'smoke', used: 'use',
  fought: 'fight', caught: 'catch', taught: 'teach', sold: 'sell', lied: 'lie', led: 'lead', let: 'let', put: 'put',
  cut: 'cut', hit: 'hit', quit: 'quit', set: 'set', shut: 'shut', hurt: 'hurt', read: 'read', became: 'become',
  understood: 'understand', woke: 'wake', died: 'die', tied: 'tie', threw: 'throw', thrown: 'throw', grew: 'grow', grown: 'grow',
  swore: 'swear', wore: 'wear', shot: 'shoot', hid: 'hide', hidden: 'hide', bit: 'bite', built: 'build', meant: 'mean',
  dealt: 'deal', slipped: 'slip', relapsed: 'relapse',
};

/** The base form of a verb given as -ing, past tense or participle ("cutting" → "cut", "went" → "go"). */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  if (PAST_IRREGULAR[w]) return PAST_IRREGULAR[w];
  if (/ing$/.test(w) && w.length > 4) return fromSuffix(w.slice(0, -3), w, 'Gerund');
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/ed$/.test(w) && w.length > 3) return fromSuffix(w.slice(0, -2), w, 'PastTense');
  return w;
}

const GERUND_BACK: Record<string, string> = Object.fromEntries(Object.entries(GERUND_IRREGULAR).map(([b, g]) => [g, b]));

// Stem after removing -ing/-ed: undouble ("stopp" → "stop"), keep stems that never end in a silent e
// ("walk", "start", "need"); the cases rules cannot tell apart ("hoping"/"hopping", "meditating") go to
// compromise, whose answer must be the stem or the stem plus "e".
function fromSuffix(stem: string, word: string, form: 'Gerund' | 'PastTense'): string {
  if (GERUND_BACK[word]) return GERUND_BACK[word];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz|ff)$/.test(stem)) return stem.slice(0, -1);
  if (form === 'PastTense' && /e$/.test(stem) && /[^aeiou]ee$/.test(stem + 'e')) return stem + 'e';
  if (/(?:[aeiouy]|ee|oe)$/.test(stem) || stem.length < 2) return stem;
  if (/(?:ss|sh|ch|ck|nk|rk|lk|wn|rn|st|ft|pt|ct|nt|nd|ld|rd|lp|mp|sp|sk|rm|lm|ll|ff|x|w|[aeiou]{2}[^aeiouscvzg])$/.test(stem)) return stem;
  const guess = lemma(word, form);
  return guess === stem + 'e' ? guess : stem;
}

function lemma(word: string, form: 'Gerund' | 'PastTense'): string | undefined {
  const { transform, model } = tables();
  const out = transform.toInfinitive(word, model, form);
  return out && out !== word && !out.includes(' ') ? out : undefined;
}

interface Conjugation {
  Infinitive?: string;
  Gerund?: string;
  PastTense?: string;
  PresentTense?: string;
  Participle?: string;
}

interface VerbTables {
  conjugate(inf: string, model: unknown): Conjugation;
  toInfinitive(word: string, model: unknown, tense: string): string;
}

/** compromise's own conjugation tables (no tagging involved, so a word is never misread as a noun). */
function tables(): { transform: VerbTables; model: unknown } {
  const world = compromise().world() as unknown as { methods: { two: { transform: { verb: VerbTables } } }; model: unknown };
  return { transform: world.methods.two.transform.verb, model: world.model };
}

function conjugation(base: string): Conjugation | undefined {
  const { transform, model } = tables();
  return transform.conjugate(base, model);
}

/** Past tense of a base verb ("go" → "went", "skip" → "skipped"). */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  for (const [past, base] of Object.entries(PAST_IRREGULAR)) if (base === v && !/(?:en|wn|ne|un)$/.test(past) && past !== 'been' && past !== 'were') return past;
  if (v.endsWith('e')) return v + 'd';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
  if (endsCvc(v) && (syllables(v) === 1 || DOUBLES.has(v))) return v + v[v.length - 1] + 'ed';
  if (!endsCvc(v) || SINGLE.test(v) || /[wxy]$/.test(v)) return v + 'ed';
  const p = conjugation(v)?.PastTense;
  return p && !p.includes(' ') && p !== v ? p : v + 'ed';
}

/**
 * Where verbs in their base form start after "and" / "or" / "then" in an advice phrase ("stop drinking and
 * start exercising" → [the offset of "start"]). Needs the tagger in context: "take your meds and vitamins"
 * joins nouns, "drink water and sleep more" joins verbs. Only called when the phrase has a conjunction.
 */
export function conjoinedVerbs(phrase: string): number[] {
  // Only a word after the conjunction that could be a verb needs the tagger ("and the kids" never does).
  if (!/\b(?:and|or|then)\s+(?:then\s+)?(?!(?:the|a|an|your|my|his|her|their|our|its|this|that|these|those|some|any|more|less|it|them|him|me|you|us|to|in|on|at|with|for|from|about|after|before|when|now|later|every|each|all|both|no|not|other|another|maybe|also|[0-9]+|one|two|three)\b)[a-z]/i.test(phrase)) return [];
  const cached = conjoined.get(phrase);
  if (cached) return cached;
  const found = tagConjoined(phrase);
  if (conjoined.size > 500) conjoined.clear();
  conjoined.set(phrase, found);
  return found;
}

const conjoined = new Map<string, number[]>();

function tagConjoined(phrase: string): number[] {
  const nlp = compromise();
  const terms = (nlp(phrase).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const out: number[] = [];
  let at = 0;
  let afterConj = false;
  for (const t of terms) {
    const i = phrase.indexOf(t.text, at);
    if (i < 0) continue;
    at = i + t.text.length;
    const tags = new Set(t.tags);
    if (afterConj && tags.has('Verb') && (tags.has('Infinitive') || tags.has('Imperative')) && !tags.has('Modal') && !tags.has('Auxiliary') && !tags.has('Copula')) out.push(i);
    // a verb in a list ("drink, smoke, or use drugs") follows a comma
    if (/^(?:and|or|then)$/i.test(t.text) || phrase[at] === ',') afterConj = true;
    else if (!/^(?:you|also|then|maybe|just|really|definitely)$/i.test(t.text)) afterConj = false;
  }
  return out;
}
