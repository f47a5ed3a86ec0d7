// "Reflect this": the client's own words said back as reflections. Persons are swapped with verb agreement
// ("I am" → "you are", "my kids need me" → "your kids need you"), the client's key words are kept, and a
// stem is offered ("It sounds like…", "You're feeling…", "So for you…"). A statement with "but" also gets
// double-sided forms, joined with "and" so neither side cancels the other.

import { swapPersons } from './person';
import { capitalize, lowerLead } from './text';
import { pastTense, thirdPerson } from './verbs';

export interface Reflection {
  kind: 'double-sided' | 'simple' | 'feeling' | 'restatement';
  text: string;
}

const CLIENT_LABEL = /^\s*(?:\[[^\]]*\]\s*)?(?:\*\*|__)?(?:client|patient|pt|participant|c|p)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;
const QUOTES = /^["'\u201C\u2018](.*)["'\u201D\u2019]$/s;

/** Reflections of a client's words, best first. Empty when there is nothing to reflect. */
export function reflect(words: string): Reflection[] {
  const said = clean(words);
  // an acknowledgement ("Yeah.", "I don't know.") has nothing to say back
  if (!/[A-Za-z]/.test(said) || ACKNOWLEDGEMENT.test(said)) return [];
  // "I don't know." next to what the client does say is a filler
  const sentences = said.split(/(?<=[.!?\u2026])\s+/).map((s) => s.trim()).filter((s) => s && !ACKNOWLEDGEMENT.test(s));
  const clauses = sentences.map(clauseOf).filter(Boolean);
  if (!clauses.length) return [];
  // the client's words about the counselor ("you don't understand") are their view: "you feel I don't…"
  const r = joinClauses(clauses).replace(/^I\b/, 'you feel I');
  const out: Reflection[] = [];

  // the two sides come from the sentence that has them ("…, but …" or "… But …" across two sentences)
  const sides = sentences.map((x, i) => twoSides(stripFinal(x)) ?? (i > 0 && /^but\b/i.test(x) ? [stripFinal(sentences[i - 1]), stripFinal(x).replace(/^but,?\s+/i, '')] as [string, string] : null)).find(Boolean);
  if (sides) {
    const a = swapPersons(sides[0]);
    const b = swapPersons(sides[1]);
    // "part of you" is the client alone: not for "we argue…, but we…"
    const alone = !/^(?:we|us|our)\b/i.test(sides[0]);
    const pa = alone ? partOfYou(a) : null;
    const pb = alone ? partOfYou(b, pa !== null) : null;
    if (pa && pb) out.push({ kind: 'double-sided', text: `Part of you ${pa}, and part of you ${pb}.` });
    out.push({ kind: 'double-sided', text: `On one hand, ${lowerLead(a)}, and on the other, ${lowerLead(withSubject(b, a))}.` });
  }
  out.push({ kind: 'simple', text: `It sounds like ${lowerLead(r)}.` });
  const feeling = feelingOf(r);
  if (feeling) out.push({ kind: 'feeling', text: `You're feeling ${feeling}.` });
  out.push({ kind: 'restatement', text: /^you\b/i.test(r) ? `So ${lowerLead(r)}.` : `So for you, ${lowerLead(r)}.` });
  return out.map((x) => ({ ...x, text: tidyText(x.text) }));
}

function clean(words: string): string {
  let s = words.replace(/\s+/g, ' ').trim().replace(CLIENT_LABEL, '');
  const q = QUOTES.exec(s);
  if (q) s = q[1].trim();
  const opener = /(^|[,.;!?]\s*)(?:um+|uh+|erm|hmm+|well|i mean|like|so|i guess|i suppose),?\s+/gi;
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(opener, '$1');
  }
  return s
    .replace(/,\s*you know\s*,\s*/gi, ' ')
    .replace(/,\s*you know\s*(?=[,.;!?]|$)/gi, '')
    .replace(/\b(?:um+|uh+|erm),?\s*/gi, '')
    .trim();
}

const ACKNOWLEDGEMENT =
  /^(?:(?:yeah|yes|yep|no|nope|nah|ok|okay|sure|right|mhm|mm-hmm|uh-huh|maybe|i guess|i don't know|i dunno|i know|true|fine|whatever)[\s,.!?\u2026]*)+$/i;

function stripFinal(s: string): string {
  // (?<!…): a run is tried once, from its start (the same match, in linear time)
  return s.replace(/(?<![\s.!?\u2026"'\u201D\u2019])[\s.!?\u2026"'\u201D\u2019]+$/, '');
}

/** One sentence as a clause in the counselor's voice; a question becomes "you're wondering …". */
function clauseOf(sentence: string): string {
  const isQuestion = /\?["'\u201D\u2019]*$/.test(sentence);
  let c = swapPersons(stripFinal(sentence));
  if (isQuestion) c = wondering(c);
  // "I can't keep doing this, my kids need me": two clauses spliced with a comma read better with a dash
  return c.replace(/,\s+(?=(?:your|you|you're|it|it's|they|he|she|this|that|there|nobody|no one|everyone|everything|nothing)\b)/i, ' \u2014 ');
}

function joinClauses(clauses: string[]): string {
  if (clauses.length === 1) return clauses[0];
  const [first, ...rest] = clauses;
  return `${first} \u2014 ${rest.map((c, i) => (i === 0 ? lowerLead(c) : lowerLead(c))).join(', and ')}`;
}

const AUX = '(?:are|were|is|was|do|does|did|can|could|should|will|would|have|has|shall|may|might|must)';

/** "What are you supposed to do" → "you're wondering what you are supposed to do". */
function wondering(q: string): string {
  const wh = new RegExp(`^(what|how|why|where|when|who|which)\\s+(${AUX})\\s+(you|it|they|he|she|this|that|things|we)\\s+(.*)$`, 'i').exec(q);
  if (wh) return `you're wondering ${wh[1].toLowerCase()} ${contract(embed(wh[2], wh[3], wh[4]))}`;
  const yn = new RegExp(`^(${AUX})\\s+(you|it|they|he|she|this|that|there|things)\\s+(.*)$`, 'i').exec(q);
  if (yn) return `you're wondering whether ${contract(embed(yn[1], yn[2], yn[3]))}`;
  return `you're wondering, ${lowerLead(q)}`;
}

function contract(s: string): string {
  return s.replace(/^you are\b/, "you're").replace(/^it is\b/, "it's");
}

function embed(aux: string, subject: string, rest: string): string {
  const a = aux.toLowerCase();
  const s = subject.toLowerCase() === 'i' ? 'I' : subject.toLowerCase();
  if (a === 'do' || a === 'does') return `${s} ${rest}`;
  if (a === 'did') {
    const m = /^([a-z]+)(.*)$/i.exec(rest);
    return m ? `${s} ${pastTense(m[1])}${m[2]}` : `${s} ${rest}`;
  }
  return `${s} ${a} ${rest}`;
}

/** The two sides of "A but B" (also "A, though B" and "A. But B"), or null. */
function twoSides(s: string): [string, string] | null {
  const m = /^(.*?\S)[,;.]?\s+(?:but|though|although|yet|however,?)\s+(.+)$/i.exec(s);
  if (!m || m[1].split(/\s+/).length < 2 || m[2].split(/\s+/).length < 1) return null;
  return [m[1].replace(/[,;.]$/, ''), m[2]];
}

const ELIDED_START = /^(?:can't|cannot|can|could|couldn't|don't|do|won't|will|would|wouldn't|have|haven't|just|also|still|really|keep|want|need|feel|know|think|love|hate|miss|wish|get|am|is|are)\b/i;

/** "you want to quit" → "wants to quit" (for "part of you …"); null when the clause has another subject. */
function partOfYou(clause: string, allowElided = false): string | null {
  const m = /^you(?:(['\u2019](?:re|ve|ll|d))|\s+(\S+))?\s*(.*)$/i.exec(clause);
  if (!m) return allowElided && ELIDED_START.test(clause) ? partOfYou(`you ${clause}`) : null;
  const contraction = m[1]?.toLowerCase().replace('\u2019', "'");
  if (contraction) {
    const aux = { "'re": 'is', "'ve": 'has', "'ll": 'will', "'d": 'would' }[contraction]!;
    return `${aux} ${m[3]}`.trim();
  }
  const word = m[2];
  if (!word) return null;
  const w = word.toLowerCase();
  const table: Record<string, string> = {
    are: 'is', were: 'was', have: 'has', do: 'does', "don't": "doesn't", "aren't": "isn't", "weren't": "wasn't",
    "haven't": "hasn't", 'really': 'really', just: 'just', also: 'also', still: 'still', kind: 'kind', sort: 'sort',
  };
  if (/^(?:really|just|also|still|kind|sort|even|always|never|sometimes|actually)$/.test(w)) {
    const inner = partOfYou(`you ${m[3]}`);
    return inner ? `${w} ${inner}` : null;
  }
  const verb = table[w] ?? thirdPerson(w);
  return `${verb} ${m[3]}`.trim();
}

/** "can't" after "I want to quit, but …" means "you can't". */
function withSubject(b: string, a: string): string {
  return /^you\b/i.test(a) && !/^you\b/i.test(b) && ELIDED_START.test(b) ? `you ${b}` : b;
}

const FEELINGS =
  'tired|exhausted|scared|afraid|worried|anxious|nervous|angry|mad|frustrated|sad|depressed|lonely|alone|overwhelmed|stuck|hopeless|ashamed|embarrassed|guilty|hurt|confused|torn|stressed|fed up|sick|done|lost|happy|proud|excited|hopeful|relieved|ready|desperate|trapped|upset|bored|numb|terrified|furious|jealous|disappointed|helpless|worthless|burned out|burnt out|drained|afraid|calm|better|good|great|okay';

/** "you're so tired of fighting" → "so tired of fighting"; "you feel stuck" → "stuck". */
function feelingOf(r: string): string | null {
  const m = new RegExp(`\\byou(?:['\u2019]re| are| feel| are feeling|['\u2019]re feeling| have been feeling|['\u2019]ve been feeling)\\s+((?:(?:so|really|just|pretty|very|kind of|a little|a bit|totally|completely|a lot more|more|less)\\s+)*(?:${FEELINGS})\\b[^\u2014,;.]*)`, 'i').exec(r);
  return m ? m[1].trim() : null;
}

function tidyText(s: string): string {
  s = s.replace(/\byou are\b/g, "you're");
  return capitalize(s.replace(/\s{2,}/g, ' ').replace(/(?<!\s)\s+([,.;!?])/g, '$1').replace(/([.!?])\./g, '$1'));
}
