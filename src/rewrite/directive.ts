// Directive → MI-consistent: an open question, advice after permission, or advice with autonomy support.

import { gerund } from '../core/nlp';
import type { FixContext, ProposedFix } from './types';
import { capitalize, finalPunctuation, INTENSIFIERS, lowerFirst, stripFinal } from './text';

/** The advice inside a directive sentence: its verb (base form) and what follows it, in original casing. */
export interface Advice {
  verb: string;
  rest: string;
  negated: boolean;
}

const NEGATION = /(?:n't|\bnot|\bnever)\s*$/i;

export function adviceOf(ctx: FixContext): Advice | null {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  let verbStart: number;
  let verbEnd: number;
  if (ctx.match.verb) {
    verbStart = ctx.match.verb.start;
    verbEnd = ctx.match.verb.end;
  } else {
    // no verb slot: the advice starts after the highlighted words
    const after = /^[\s,]*(?:to\s+|that\s+you\s+|you\s+)?([A-Za-z'-]+)/.exec(sentence.slice(ctx.match.hlEnd));
    if (!after) return null;
    verbStart = ctx.match.hlEnd + after[0].length - after[1].length;
    verbEnd = verbStart + after[1].length;
  }
  const head = sentence.slice(0, verbStart);
  const verb = sentence.slice(verbStart, verbEnd);
  const rest = stripFinal(sentence.slice(verbEnd)).replace(/^\s+/, '');
  const negated = NEGATION.test(head.replace(INTENSIFIERS, '').replace(/\s+$/, ' ').trimEnd());
  return { verb: verb.replace(INTENSIFIERS, ''), rest: rest.replace(INTENSIFIERS, ''), negated };
}

function sentenceEdit(ctx: FixContext, newText: string) {
  return { start: ctx.sentenceStart, end: ctx.sentenceEnd, newText };
}

function actionPhrase(a: Advice): string {
  const g = gerund(a.verb.toLowerCase());
  return [a.negated ? 'not' : '', g, a.rest].filter(Boolean).join(' ');
}

/** "You should stop drinking." → "How would you feel about stopping drinking?" */
export function askOpenQuestion(ctx: FixContext): ProposedFix | null {
  const a = adviceOf(ctx);
  if (!a || !a.verb) return null;
  // "Try journaling." → "Would journaling be worth a try?"
  if (/^try$/i.test(a.verb) && /^\w+ing\b/i.test(a.rest) && !a.negated) {
    const q = `Would ${lowerFirst(a.rest)} be worth a try?`;
    return { title: `Ask instead: "${q}"`, edits: [sentenceEdit(ctx, q)] };
  }
  const q = `How would you feel about ${actionPhrase(a)}?`;
  return { title: `Ask instead: "${q}"`, edits: [sentenceEdit(ctx, q)] };
}

/** "You should stop drinking." → "Would it be OK if I shared an idea? Some people find it helps to stop drinking." */
export function askPermission(ctx: FixContext): ProposedFix | null {
  const a = adviceOf(ctx);
  if (!a || !a.verb) return null;
  const advice = [a.negated ? 'not' : '', a.verb.toLowerCase(), a.rest].filter(Boolean).join(' ');
  const text = `Would it be OK if I shared an idea? Some people find it helps to ${advice}.`;
  return { title: 'Ask permission first, then offer it as an idea', edits: [sentenceEdit(ctx, text)] };
}

/** Keeps the sentence and adds an autonomy-supporting phrase after it. */
export function addAutonomy(ctx: FixContext): ProposedFix | null {
  const phrase = ctx.autonomyPhrases[0] ?? 'Whatever you decide is up to you.';
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const p = finalPunctuation(sentence);
  if (p.includes('?')) return { title: `Add "${phrase}"`, edits: [{ start: ctx.sentenceEnd, end: ctx.sentenceEnd, newText: ` ${phrase}` }] };
  // A sentence without final punctuation gets a period so the phrase starts a sentence of its own.
  const newText = (p ? ' ' : '. ') + capitalize(phrase.trim());
  return { title: `Add "${phrase}"`, edits: [{ start: ctx.sentenceEnd, end: ctx.sentenceEnd, newText }] };
}

/** "If you keep drinking, you'll lose your job." → "What worries you about where your drinking is heading?" */
export function warningToQuestion(ctx: FixContext): ProposedFix | null {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const m = /\bif you (?:keep|continue|go on|carry on) (\w+ing)\b/i.exec(sentence);
  const q = m
    ? `What do you think might happen if you keep ${m[1].toLowerCase()}?`
    : 'What concerns you about where things are heading?';
  return { title: `Ask instead: "${q}"`, edits: [sentenceEdit(ctx, q)] };
}
