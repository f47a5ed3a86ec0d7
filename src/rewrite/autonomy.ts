// Autonomy support: put a phrase that leaves the choice with the client where it reads naturally —
// joined with a dash ("… — whatever you decide is up to you."), in front ("It's your decision, but …"),
// or as a sentence of its own after a question or a long sentence.

import { capitalize, frameOf, lowerFirst, lowerLead } from './text';

export const DEFAULT_AUTONOMY_PHRASE = 'Whatever you decide is up to you.';

/** Adds `phrase` to one sentence (with its final punctuation) and returns the new text. */
export function withAutonomy(sentence: string, phrase: string = DEFAULT_AUTONOMY_PHRASE): string {
  const s = frameOf(sentence.trim());
  const p = frameOf(phrase.trim());
  const pText = capitalize(p.body) + (p.mark || '.');
  const ownSentence = () => `${s.open}${s.body}${s.mark || '.'}${s.close} ${pText}`;
  if (!p.body) return sentence;
  // after a question, an exclamation or a sentence that already has clauses, a separate sentence reads best
  if (p.mark.includes('?') || s.mark.includes('?') || s.mark.includes('!') || s.close) return ownSentence();
  if (/[,;:\u2014]|\s[-\u2013]\s/.test(s.body) || s.body.split(/\s+/).length > 14) return ownSentence();
  if (/^whatever\b/i.test(p.body)) return `${s.open}${s.body} \u2014 ${lowerFirst(p.body)}${p.mark || '.'}`;
  // a short main clause ("It's your decision", "You know yourself best") leads in with "but"
  if (p.body.split(/\s+/).length <= 7 && !/\b(?:whether|when|if|whatever|but|and)\b/i.test(p.body)) {
    return `${s.open}${capitalize(p.body)}, but ${lowerLead(s.body)}${s.mark || '.'}`;
  }
  return ownSentence();
}
