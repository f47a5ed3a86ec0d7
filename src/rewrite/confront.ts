// Confront → curious: blame becomes a question about what got in the way; absolutes and labels become
// descriptions the client can agree with or correct.

import { gerund } from '../core/nlp';
import type { FixContext, ProposedFix } from './types';
import { stripFinal } from './text';

function whole(ctx: FixContext, newText: string, title: string): ProposedFix {
  return { title, edits: [{ start: ctx.sentenceStart, end: ctx.sentenceEnd, newText }] };
}

/** "Why didn't you call me?" → "What got in the way of calling me?" */
export function blameToCurious(ctx: FixContext): ProposedFix {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const m = /\bwhy (?:didn't|did not|haven't|have not|hadn't|wouldn't|couldn't|weren't|wasn't|won't|can't|cannot|aren't|isn't|hasn't|don't) you ([A-Za-z'-]+)(.*)$/i.exec(sentence);
  if (m) {
    const rest = stripFinal(m[2]).trim();
    const q = `What got in the way of ${[gerund(m[1].toLowerCase()), rest].filter(Boolean).join(' ')}?`;
    return whole(ctx, q, `Ask with curiosity: "${q}"`);
  }
  const q = 'What was happening for you then?';
  return whole(ctx, q, `Ask with curiosity: "${q}"`);
}

/** "You always make excuses." → "It sounds like this has happened more than once — what do you make of it?" */
export function softenAbsolute(ctx: FixContext): ProposedFix {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const m = /\byou (?:always|never|constantly) ([A-Za-z'-]+)(.*)$/i.exec(sentence);
  if (m && /never/i.test(sentence)) {
    const act = [gerund(m[1].toLowerCase()), stripFinal(m[2]).trim()].filter(Boolean).join(' ');
    const r = `It sounds like ${act} has been hard. What gets in the way?`;
    return whole(ctx, r, `Reflect without the absolute: "${r}"`);
  }
  if (m) {
    const r = `It sounds like this has happened more than once. What do you make of it?`;
    return whole(ctx, r, `Reflect without the absolute: "${r}"`);
  }
  return whole(ctx, 'What do you make of that?', 'Ask what the client makes of it');
}

/** "You're being manipulative." → a description the client can respond to. */
export function labelToBehaviour(ctx: FixContext): ProposedFix {
  const r = "Help me understand what's been going on for you.";
  return whole(ctx, r, `Describe instead of labeling: "${r}"`);
}
