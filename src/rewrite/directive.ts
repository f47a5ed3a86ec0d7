// Directive → MI-consistent, best first: an open question about the advised change, the advice offered after
// asking permission, and the advice softened with autonomy support. Each keeps the counselor's own words
// (verb, objects, adverbs) and the sentence's casing, brackets and final punctuation.

import { adviceOf, type Advice } from './advice';
import { withAutonomy } from './autonomy';
import { toThirdPlural } from './person';
import { frameOf, restyle } from './text';
import type { FixContext, ProposedFix } from './types';
import { baseForm, gerund } from './verbs';

const NOT_GERUNDS = /^(?:thing|nothing|something|anything|everything|morning|evening|ceiling|during|spring|string|bring|sing|ring|king|wing|swing|sting|cling|fling|wring)$/;

function isGerund(word: string | undefined): boolean {
  return !!word && /^[a-z]+ing$/i.test(word) && word.length > 4 && !NOT_GERUNDS.test(word.toLowerCase());
}

function sentenceOf(ctx: FixContext): string {
  return ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
}

export function replaceSentence(ctx: FixContext, text: string, title: string): ProposedFix {
  const newText = restyle(text, sentenceOf(ctx));
  return { title: title.replace('%s', newText), edits: [{ start: ctx.sentenceStart, end: ctx.sentenceEnd, newText }] };
}

// Gerunds of leaving something undone: stopping one is doing the thing
const OMISSIONS = /^(?:miss|skipp|forgett|neglect|avoid|ignor|postpon|delay|procrastinat)ing$/i;

/** The first verb and what follows it. */
function split(a: Advice): { verb: string; rest: string } {
  const v = a.verbs[0];
  return { verb: a.phrase.slice(v.start, v.end).toLowerCase(), rest: a.phrase.slice(v.end).trim() };
}

/** "stop drinking and start exercising" → "stopping drinking and starting exercising" (one verb and a gerund: never two gerunds in a row). */
export function gerundPhrase(a: Advice): string {
  let p = a.phrase;
  for (const v of [...a.verbs].reverse()) p = p.slice(0, v.start) + gerund(p.slice(v.start, v.end)) + p.slice(v.end);
  const { verb, rest } = split(a);
  const next = /^[A-Za-z]+/.exec(rest)?.[0];
  if (isGerund(next) && a.verbs.length === 1) {
    // "try journaling" → "journaling"; "start going" → "starting to go": never two gerunds in a row
    if (verb === 'try' || verb === 'consider') p = rest;
    // "don't stop taking it" → "continuing to take it"; stopping an omission reads as two gerunds fighting:
    // "stop missing groups" → "no longer missing groups" ("stopping drinking" stays: one habit, said plainly)
    else if (verb === 'stop' && a.negation) return `continuing to ${baseForm(next!)}${rest.slice(next!.length)}`;
    else if (verb === 'stop' && OMISSIONS.test(next!)) return `no longer ${rest}`;
    else if (/^(?:start|begin|continue|keep)$/.test(verb)) {
      // "keep going" → "continuing to go"
      p = `${gerund(verb === 'keep' ? 'continue' : verb)} to ${baseForm(next!)}${rest.slice(next!.length)}`;
    }
  }
  return [a.negation, p].filter(Boolean).join(' ');
}

/** "to stop drinking", "not to skip your meds", "to never skip your meds". */
export function toInfinitive(a: Advice): string {
  if (a.negation === 'not') return `not to ${a.phrase}`;
  return a.negation === 'never' ? `to never ${a.phrase}` : `to ${a.phrase}`;
}

function withLead(a: Advice, clause: string): string {
  return a.lead ? `${a.lead} ${clause}` : clause;
}

/** The empathic preface, if any, as the first sentence. */
function withPreface(a: Advice, text: string): string {
  return a.preface ? `${capitalizeFirst(a.preface)} ${capitalizeFirst(text)}` : text;
}

/** "You should stop drinking." → "How would you feel about stopping drinking?"; "Try journaling." → "Would journaling be worth a try?" */
export function askOpenQuestion(ctx: FixContext): ProposedFix | null {
  const a = adviceOf(ctx);
  if (!a) return null;
  const { verb, rest } = split(a);
  const q =
    verb === 'try' && !a.negation && a.verbs.length === 1 && isGerund(/^[A-Za-z]+/.exec(rest)?.[0])
      ? withLead(a, `would ${rest} be worth a try`)
      : verb === 'consider' && !a.negation && a.verbs.length === 1 && !isGerund(/^[A-Za-z]+/.exec(rest)?.[0])
        ? withLead(a, `how would you feel about trying ${rest}`) // "I would consider therapy" → "…about trying therapy?"
        : withLead(a, `how would you feel about ${gerundPhrase(a)}`);
  return replaceSentence(ctx, withPreface(a, `${q}?`), 'Ask an open question: "%s"');
}

// Advice tied to this client's here and now reads wrong as what "some people" do.
const DEICTIC = /\b(?:me|my|us|our|tonight|today|tomorrow|this (?:week|weekend|morning|afternoon|evening|time)|next (?:week|time|session|appointment)|right now|now|again)\b/i;

/** "You should stop drinking." → "Would it be OK if I shared an idea? Some people find it helps to stop drinking." */
export function askPermission(ctx: FixContext): ProposedFix | null {
  const a = adviceOf(ctx);
  if (!a) return null;
  const inf = toInfinitive(a);
  const idea = a.lead || DEICTIC.test(a.phrase) ? withLead(a, `one option is ${inf}.`) : `Some people find it helps ${toThirdPlural(inf)}.`;
  return replaceSentence(ctx, withPreface(a, `Would it be OK if I shared an idea? ${capitalizeFirst(idea)}`), 'Ask permission first: "%s"');
}

/** "You should stop drinking." → "You might consider stopping drinking — whatever you decide is up to you." */
export function adviceWithAutonomy(ctx: FixContext): ProposedFix | null {
  const a = adviceOf(ctx);
  if (!a) return null;
  const { verb, rest } = split(a);
  const soft = (verb === 'try' || verb === 'consider') && a.verbs.length === 1 && !a.negation ? `you might ${verb} ${rest}` : `you might consider ${gerundPhrase(a)}`;
  const text = withAutonomy(capitalizeFirst(withLead(a, soft)) + '.', autonomyPhrase(ctx));
  return replaceSentence(ctx, withPreface(a, text), 'Leave the choice with them: "%s"');
}

/** Keeps the sentence and adds autonomy support where it reads naturally. */
export function addAutonomy(ctx: FixContext): ProposedFix | null {
  const sentence = sentenceOf(ctx);
  const phrase = autonomyPhrase(ctx);
  const f = frameOf(sentence);
  const text = withAutonomy(`${f.body}${f.mark}`, phrase);
  return replaceSentence(ctx, text, `Add "${phrase}"`);
}

function autonomyPhrase(ctx: FixContext): string {
  return ctx.autonomyPhrases[0] ?? 'Whatever you decide is up to you.';
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const CONDITION = /\b(if you (?:keep|continue|go on|carry on|don't|do not|won't)\b.*?),?\s+(?:you|it|things|your)\b/i;
const WILL = /\b(you|it|things|that)(?:'ll|\u2019ll| will| are going to|'re going to|\u2019re going to| are gonna|'re gonna|\u2019re gonna| is going to|'s going to)(?= )/gi;

/** "If you keep drinking, you'll lose your job." → "What do you think might happen if you keep drinking?" */
export function warningToQuestion(ctx: FixContext): ProposedFix | null {
  const body = frameOf(sentenceOf(ctx)).body;
  const m = CONDITION.exec(body);
  const q = m ? `What do you think might happen ${m[1].charAt(0).toLowerCase()}${m[1].slice(1).replace(/,$/, '')}?` : 'What concerns you, if anything, about where things are heading?';
  return replaceSentence(ctx, q, 'Ask what they think: "%s"');
}

/** "You'll lose your job." → "May I share a concern? I'm worried that you could lose your job." */
export function shareConcern(ctx: FixContext): ProposedFix | null {
  const body = frameOf(sentenceOf(ctx)).body;
  // a comparative correlative ("The longer you wait, the harder it will be") cannot be cut into its halves
  if (/^the \w+(?: often)? you\b/i.test(body)) return null;
  // the concern is the consequence, with the condition that leads to it when there is one
  const condition = /\bif you\b/i.exec(body);
  const consequence = /\b(?:you|it|things|that)(?:'ll|\u2019ll| will| could| might| may| are going to|'re going to|\u2019re going to| are gonna|'re gonna|\u2019re gonna| is going to|'s going to| won't| will not)\s/i.exec(body);
  if (!consequence) return null;
  const from = condition && condition.index < consequence.index ? condition.index : consequence.index;
  const clause = body
    .slice(from)
    .replace(WILL, (_all, subj: string) => `${subj} could`)
    .replace(/\b(you|it)(?: won't| will not|\u2019ll not)(?= )/gi, '$1 might not');
  const first = /^[A-Za-z']+/.exec(clause)?.[0] ?? '';
  const lowered = first === 'I' || /^I['\u2019]/.test(first) ? clause : clause.charAt(0).toLowerCase() + clause.slice(1);
  return replaceSentence(ctx, `May I share a concern? I'm worried that ${lowered}.`, 'Ask permission to share a concern: "%s"');
}
