// Takes a directive sentence apart: what is advised (verb + the counselor's own words after it), whether it
// is a prohibition, and a leading clause worth keeping. The directive scaffolding ("you should", "I'd
// recommend that you", "why don't you"), pressure words and tag clauses (", you know that") are left out.

import type { FixContext } from './types';
import { frameOf } from './text';
import { baseForm, conjoinedVerbs } from './verbs';

export interface Advice {
  /** A leading clause to keep ("After you get home,"), original words, or "". */
  lead: string;
  /** An empathic clause said before "but" that stands as a sentence of its own ("I know it's hard."), or "". */
  preface: string;
  negation: '' | 'not' | 'never';
  /** The advised verb phrase in base form ("stop drinking", "call your sponsor and tell her"). */
  phrase: string;
  /** Offsets in `phrase` of its verbs (the first, and any joined by and/or). */
  verbs: Array<{ start: number; end: number }>;
}

// Words an advised verb phrase never starts with: a conjunction or preposition left after the scaffolding.
const NO_ADVICE_START = /^(?:and|or|but|nor|given|because|than)$/;
// Words between the directive's scaffolding and the advised verb.
const SKIP = new Set([
  'that', 'you', 'to', 'is', 'be', 'would', 'will', "'ll", 'should', 'must', 'need', 'needs', 'got', 'gotta', "you've",
  "you'd", "i'd", 'better', 'ought', 'can', 'could', 'might', 'may', 'for', 'if', 'it', "it's", 'are', "you're",
]);
const DIRECTIVE_HEAD =
  /\byou(?:'ve| have| had|'d)?\s+(?:(?:really|just|definitely|seriously|absolutely|also|still)\s+)*(?:should|shouldn't|must|mustn't|need to|have to|got to|gotta|ought to|better)\s+/;
const PRESSURE =
  /^(?:really|just|definitely|seriously|absolutely|honestly|totally|simply|certainly|obviously|clearly|basically|strongly|urgently|immediately|please|also|still|first|now|actually|only|all|both|truly|probably|then)$/;
const NEGATIONS = /^(?:not|never|don't|do|dont|shouldn't|shouldnt|mustn't|mustnt|can't|cant|won't|wont|didn't|didnt|wouldn't|wouldnt|couldn't|couldnt|needn't|neednt)$/;

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

function words(s: string, from: number): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*|['\u2019][A-Za-z]+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], key: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

/** "fit in your schedule" → "fit it in your schedule" when the verb's object was said before it. */
function withObjectIt(raw: string, verb: string): string {
  const rest = raw.slice(verb.length);
  if (/^\s+(?:it|this|that|them|the|a|an|your|my|his|her|their|some|any)\b/i.test(rest)) return raw;
  return `${raw.slice(0, verb.length)} it${rest}`;
}

/** Discourse markers and hedges that open a directive and can go ("Honestly, I think you should…"). */
const DROPPABLE_LEAD =
  /^(?:(?:so|and|but|well|ok|okay|now|look|listen|honestly|frankly|seriously|really|again|then|also|plus|however|perhaps|maybe|i mean|you know|to be honest|in my opinion|personally|i (?:really |honestly |strongly |truly )?(?:think|feel|believe|guess|know|say)(?: like| that)?|i'm telling you|trust me|i know (?:it's|this is) hard),?\s*|(?:i understand|i get (?:it|that))[^,]*(?:,\s*|$))*$/i;
// ("i understand …" runs to its comma: were it free to stop anywhere, "i get it i get it … , x" would take
// exponential time to reject; scripts/check-regex.js catches that shape.)
const LEAD_HEDGES =
  /^(?:(?:so|and|but|well|ok|okay|now|look|listen|honestly|frankly|seriously|also|plus|i (?:really )?(?:think|feel|believe)(?: like| that)?),?\s+)+/i;

// The three directive rewrites of one finding share one context; take the sentence apart once.
const parsed = new WeakMap<FixContext, Advice | null>();

export function adviceOf(ctx: FixContext): Advice | null {
  let a = parsed.get(ctx);
  if (a === undefined) parsed.set(ctx, (a = parseAdvice(ctx)));
  return a;
}

function parseAdvice(ctx: FixContext): Advice | null {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const body = frameOf(sentence);
  const bodyEnd = body.open.length + body.body.length;
  const norm = ctx.norm;

  let verb: Word | undefined;
  let negation: Advice['negation'] = '';
  // "You need to go to bed and you need to turn off your phone": the second directive is part of the first
  // one's advice, so both findings offer the rewrite of the whole coordination.
  const head = DIRECTIVE_HEAD.exec(norm);
  const coordinated = head && head.index < ctx.match.start && /\b(?:and|or|then)\b/.test(norm.slice(head.index + head[0].length, ctx.match.start));
  const matchStart = coordinated ? head.index : ctx.match.start;
  if (coordinated) {
    verb = words(sentence, head.index + head[0].length).find((w) => !SKIP.has(w.key) && !PRESSURE.test(w.key) && !NEGATIONS.test(w.key));
    negation = verb ? negationBefore(norm, verb.start) : '';
  } else if (ctx.match.verb && !SKIP.has(ctx.match.verb.text)) {
    verb = words(sentence, ctx.match.verb.start)[0];
    negation = negationBefore(norm, ctx.match.verb.start);
  } else {
    // "you shouldn't be hanging around…": the highlight ends with the advised verb (progressive form)
    const progressive = /\bbe (?:\w+ )*?(\w+ing)$/.exec(norm.slice(ctx.match.start, ctx.match.hlEnd));
    const after = ctx.match.verb ? ctx.match.verb.start : progressive ? ctx.match.hlEnd - progressive[1].length : ctx.match.hlEnd;
    for (const w of words(sentence, after)) {
      if (w.start >= bodyEnd) break;
      if (w.key === 'not' || w.key === 'never') negation = w.key === 'never' ? 'never' : 'not';
      else if (w.key.endsWith("n't") || NT_INFORMAL.test(w.key)) negation = 'not';
      // "you need to be more consistent": "be" is the advised verb unless a progressive follows
      if (w.key === 'be' && w.start >= ctx.match.hlEnd && !/^\s+\w+ing\b/.test(sentence.slice(w.end))) {
        verb = w;
        break;
      }
      if (SKIP.has(w.key) || PRESSURE.test(w.key) || NEGATIONS.test(w.key)) continue;
      // "One thing you could do is call her": the advice is what follows "do is"
      if (w.key === 'do' && /^\s+(?:is|would be)\b/.test(sentence.slice(w.end))) continue;
      verb = w;
      break;
    }
  }
  // what follows the scaffolding is no verb phrase ("Family therapy would be helpful for you and your son")
  if (!verb || verb.start >= bodyEnd || NO_ADVICE_START.test(verb.key)) return null;
  if (!negation) negation = negationBefore(norm, verb.start);
  // "why not try…", "why don't you…", "don't you think you should…": the negation asks, it does not forbid
  if (/^(?:\W*)(?:why not|why don't you|why do not you|don't you think|do not you think|wouldn't it be|shouldn't you|wouldn't you)\b/.test(norm) && !negationBefore(norm, verb.start, true)) negation = '';

  let raw = sentence.slice(verb.start, bodyEnd);
  raw = cutTail(raw);
  // (?<!\s) in these: a run of spaces is tried once, from its start (same matches, linear time)
  raw = raw.replace(/,?(?<!\s)\s+\b(?:immediately|right now|right away|asap|at once|today if you can)\b/gi, '');
  raw = raw.replace(/,?(?<!\s)\s+\b(and|or|then),?\s+(?:you(?:'ve|\u2019ve| have)?\s+)?(?:(?:really|just|also|definitely)\s+)*(?:should|must|need to|have to|ought to|got to|gotta|had better|'d better|better)\s+(?:(?:really|just|also|definitely)\s+)*/gi, ' $1 ');
  raw = raw.replace(/(?<![\s,;:\u2014-])[\s,;:\u2014-]+$/, '');
  // "One thing you could bring up is how it affects…": the pseudo-cleft's "is" goes with the scaffolding
  if (/^\W*(?:one|another|the (?:best|first|main|only))\b[^,]*?\b(?:thing|option|idea|step)\b/.test(norm)) raw = raw.replace(/(?<!\s)\s+(?:is|would be)(?:\s+to)?\s+/, ' ');
  // "something (that) you need to fit in your schedule": the object is the antecedent, said as "it"
  if (/\b(?:something|the thing|a thing)(?: that)? you\b[^,]*$/.test(norm.slice(0, verb.start))) raw = withObjectIt(raw, verb.text);

  const first = verb.text.replace(/^[A-Z](?=[a-z]|$)/, (c) => c.toLowerCase());
  // A thing advised rather than an act: "you need professional help" → "get professional help", "what you
  // need is a break" → "have a break", "have you tried meditation?" / "I recommend the book" → "try …".
  const prev = norm.slice(0, verb.start).trimEnd().split(/\s+/).pop() ?? '';
  const thing = !isInflected(verb.key, norm, verb.start);
  const light =
    /^needs?$/.test(prev) && thing ? 'get '
    : /^(?:a|an|some|more|less|someone|somebody)$/.test(verb.key) ? 'have '
    : /^(?:tried|recommend|suggest)$/.test(prev) && thing && (prev === 'tried' || /^(?:the|a|an|this|that|some|these|those)$/.test(verb.key) || NOUNISH.test(verb.key)) ? 'try '
    : prev === 'considered' && thing ? 'consider ' : '';
  // "you would benefit from counseling" → "try counseling"
  const base = prev === 'from' ? `try ${first}` : light + (isInflected(verb.key, norm, verb.start) ? baseForm(verb.key) : first);
  let phrase = base + raw.slice(verb.text.length);
  const verbs = [{ start: 0, end: prev === 'from' ? 3 : light ? light.length - 1 : base.length }];
  if (/\b(?:and|or|then)\b/i.test(phrase)) {
    for (const at of conjoinedVerbs(phrase)) {
      const w = /^[A-Za-z]+/.exec(phrase.slice(at))![0];
      const b = /(?:ed|ing)$/.test(w) ? baseForm(w) : w;
      phrase = phrase.slice(0, at) + b + phrase.slice(at + w.length);
      verbs.push({ start: at, end: at + b.length });
    }
  }
  return { ...leadOf(sentence, body.open.length, matchStart), negation, phrase, verbs };
}

// Word endings of nouns, not verbs: "I recommend meditation / therapy / yoga" names a thing to try.
const NOUNISH = /(?:tion|sion|ment|ness|ity|apy|ogy|ics|ism|ga)$/;

const NOT_GERUNDS = /^(?:thing|nothing|something|anything|everything|morning|evening|ceiling|during|spring|string|bring|sing|ring|king|wing|swing|sting|cling|fling|wring)$/;

/** The verb as written is a gerund ("suggest cutting back") or, right after "you", a past form ("if you stopped"). */
function isInflected(key: string, norm: string, at: number): boolean {
  if (/ing$/.test(key) && key.length > 4 && !NOT_GERUNDS.test(key)) return true;
  const prev = norm.slice(0, at).trimEnd().split(/\s+/).pop();
  return prev === 'you' && baseForm(key) !== key;
}

// A negation written without its apostrophe, as chat writing does ("dont", "shouldnt", "cant").
const NT_INFORMAL = /^(?:dont|doesnt|didnt|cant|wont|shouldnt|wouldnt|couldnt|isnt|arent|wasnt|mustnt|neednt)$/;

function negationBefore(norm: string, at: number, strict = false): Advice['negation'] {
  const before = norm.slice(0, at).trimEnd().split(/\s+/);
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i].replace(/[^a-z']/g, '');
    if (PRESSURE.test(w)) continue;
    if (w === 'never') return 'never';
    if (w === 'not' || w.endsWith("n't") || NT_INFORMAL.test(w)) {
      if (strict && /^(?:why|y|don't|dont|do)$/.test(before[i - 1] ?? '')) return '';
      if (strict && /^(?:don't|dont|wouldn't|wouldnt)$/.test(w) && /^(?:why|y)$/.test(before[i - 1] ?? '')) return '';
      // the question's own negation at its start: "Shouldn't you be resting more?"
      if (strict && i === 0) return '';
      return 'not';
    }
    if (w === 'to' || w === 'better' || w === 'you' || w === 'be') continue;
    return '';
  }
  return '';
}

// Tags and add-ons that carry pressure or threat, not the advice: ", you know that", ", okay?",
// ", you need the support", " or you'll lose your job".
function cutTail(s: string): string {
  let out = s.replace(/,\s*(?:you know(?: that| it)?|okay|ok|alright|all right|right|please|understand|got it|yeah|seriously|for real|for once)\s*$/i, '');
  // (", and you should apologize" is more advice, joined below; other clauses after a comma are add-ons)
  const clause = /,\s+(?!(?:and|or|then)\s+you(?:['\u2019]ve| have)?\s+(?:\w+\s+)?(?:should|must|need to|have to|ought to|got to|gotta|better)\b)(?:(?:and|so|because|since)\s+)?(?:you|it|that|this|they|he|she|we|i|there|u|ur|youre|thats|its|im|theres)(?:['\u2019][a-z]+)?\s/i.exec(out);
  if (clause) out = out.slice(0, clause.index);
  const threat = /,?(?<!\s)\s+(?:or|otherwise|or else)\b(?:\s+(?:you|it|things|he|she|they)\b|\s*$)/i.exec(out);
  if (threat) out = out.slice(0, threat.index);
  const dash = /(?<!\s)\s+[\u2014\u2013-]\s+/.exec(out);
  if (dash) out = out.slice(0, dash.index);
  return out;
}

/** Text before the directive worth keeping: a fronted clause ("After you get home,"), not a hedge. */
function leadOf(sentence: string, from: number, directiveStart: number): { lead: string; preface: string } {
  let lead = sentence.slice(from, directiveStart).trim();
  const none = { lead: '', preface: '' };
  // "I know it's hard, but you need to…": the empathy stays, as its own sentence; the "but" goes
  const before = /^(.*?\S),?\s+but$/i.exec(lead.replace(LEAD_HEDGES, ''));
  if (before && /^(?:i|i'm|it|it's|that|that's|this|this's|you|you're|we|things)\b/i.test(before[1].replace(/\u2019/g, "'")) && before[1].split(/\s+/).length >= 3) {
    return { lead: '', preface: `${before[1].replace(/[,;:]$/, '')}.` };
  }
  if (!lead || DROPPABLE_LEAD.test(lead)) return none;
  lead = lead.replace(LEAD_HEDGES, '').replace(/\b(?:i (?:really )?(?:think|feel|believe)(?: that)?)\s*$/i, '').trim();
  if (!lead || DROPPABLE_LEAD.test(lead)) return none;
  // A lead that ends in the middle of a phrase ("both of", "and that") cannot stand before a new clause.
  if (/\b(?:of|that|and|or|to|the|a|an|if|but|because|so)$/i.test(lead.replace(/,$/, ''))) return none;
  // "As your counselor, …" speaks of the counselor; in front of "you might consider…" it would name the client
  if (/^as (?:your|a|the) /i.test(lead)) return none;
  return { lead: lead.replace(/,?$/, ','), preface: '' };
}
