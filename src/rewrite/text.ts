// Small text helpers shared by the rewrites: casing, articles, sentence parts.

import { compromise } from '../core/nlp';

/** Gives `word` the casing of `model` (all caps, capitalized, or lower). */
export function matchCase(word: string, model: string): string {
  if (!model) return word;
  if (model.length > 1 && model === model.toUpperCase() && /[A-Z]/.test(model)) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return capitalize(word);
  return word;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function lowerFirst(s: string): string {
  // Keep "I" and acronyms as they are.
  if (/^(?:I\b|[A-Z]{2,})/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Fixes "a" / "an" before the next word ("a person", "an addict"). */
export function fixArticles(s: string): string {
  return s.replace(/\b([Aa])(n?) ([A-Za-z]+)/g, (_all, a: string, _n: string, w: string) => {
    const vowel = /^[aeiou]/i.test(w) && !/^(?:one|uni|use|usu|eu)/i.test(w);
    return `${a}${vowel ? 'n' : ''} ${w}`;
  });
}

/** The sentence's final punctuation (".", "!", "?", "…" and any closing quotes), or "". */
export function finalPunctuation(sentence: string): string {
  const m = /(?<![.!?\u2026])[.!?\u2026]+["'\u201D\u2019)]*$/.exec(sentence);
  return m ? m[0] : '';
}

export function stripFinal(sentence: string): string {
  return sentence.slice(0, sentence.length - finalPunctuation(sentence).length).replace(/(?<![\s,;:])[\s,;:]+$/, '');
}

/** Intensifiers that add pressure; dropped when advice becomes a question. */
export const INTENSIFIERS = /\b(?:really|just|definitely|seriously|absolutely|honestly|totally|simply|certainly|obviously|clearly|basically|strongly|urgently|immediately|please)\b ?/gi;

/** A sentence taken apart: opening brackets/quotes/emphasis, the words, final mark(s), closers. */
export interface SentenceFrame {
  open: string;
  body: string;
  mark: string;
  close: string;
}

// What can open a sentence and is kept as it is: a list or quote marker, a note field's label
// ("**Plan:** "), brackets, quotes and emphasis.
const OPENING =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+)?(?:(?:\*\*|__)?[A-Z][A-Za-z /-]{0,24}(?:\*\*|__)?:(?:\*\*|__)?[ \t]+)?[(["\u201C\u2018*_]*/;

export function frameOf(sentence: string): SentenceFrame {
  const open = OPENING.exec(sentence)![0];
  // the lookbehinds try each run once (the same match, found in linear time)
  const tail = /(?<![.!?\u2026])([.!?\u2026]*)(?<![\s"'\u201D\u2019)\]*_])([\s"'\u201D\u2019)\]*_]*)$/.exec(sentence.slice(open.length))!;
  const close = tail[2].trim() === '' ? '' : tail[2].replace(/^\s+/, '');
  const body = sentence.slice(open.length, sentence.length - tail[0].length).replace(/(?<![\s,;:\u2014-])[\s,;:\u2014-]+$/, '');
  return { open, body, mark: tail[1], close };
}

/** How the sentence is cased: 'upper' (all caps), 'lower' (starts lower-case) or 'normal'. */
export function casingOf(sentence: string): 'upper' | 'lower' | 'normal' {
  const letters = sentence.replace(/[^A-Za-z]/g, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) return 'upper';
  const first = /[A-Za-z]/.exec(sentence);
  return first && first[0] === first[0].toLowerCase() ? 'lower' : 'normal';
}

export function applyCasing(s: string, casing: 'upper' | 'lower' | 'normal'): string {
  if (casing === 'upper') return s.toUpperCase();
  return casing === 'lower' ? lowerFirst(s) : capitalize(s);
}

/**
 * Builds a replacement sentence in the style of the original: its casing, its brackets and closing quotes,
 * and curly apostrophes if the original uses them. `text` is one or more complete sentences.
 */
export function restyle(text: string, original: string): string {
  const f = frameOf(original);
  let out = tidy(text);
  out = applyCasing(out, casingOf(f.body));
  if (/\u2019/.test(original) && !/'/.test(original)) out = out.replace(/'/g, '\u2019');
  return f.open + out + f.close;
}

/** Joins soft-wrapped lines and collapses doubled spaces and stray spaces before punctuation that joining phrases can leave. */
export function tidy(s: string): string {
  // (?<!\s): each run of white space is tried once, from its start (the same matches, in linear time)
  return s.replace(/(?<!\s)\s*[\r\n]\s*/g, ' ').replace(/\s{2,}/g, ' ').replace(/(?<!\s)\s+([,.;:!?])/g, '$1').replace(/,([.!?])/g, '$1').trim();
}

const COMMON_LEAD =
  /^(?:you|your|you're|it|it's|its|i'm|some|maybe|perhaps|one|have|try|there|this|that|these|those|the|a|an|what|how|would|could|might|if|when|after|before|once|many|most|people|another|other|and|so|then|we|let's|my|our|his|her|their|they|he|she|drinking|using|part|on|sometimes|everything|nothing|something|no|not|all|every|each|just|really|only|even|still)\b/i;

/**
 * Lower-cases the first letter when the sentence moves behind a stem ("It sounds like …"), unless the first
 * word is a name or "I". Common words are decided without the tagger; anything else asks compromise.
 */
export function lowerLead(s: string): string {
  const w = /^[A-Za-z'\u2019]+/.exec(s)?.[0];
  if (!w || w === 'I' || /^I['\u2019]/.test(w) || /^[A-Z]{2,}$/.test(w)) return s;
  if (COMMON_LEAD.test(w) || w[0] === w[0].toLowerCase()) return lowerFirst(s);
  const tags = (compromise()(w).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
  return tags.includes('ProperNoun') || tags.includes('Person') || tags.includes('Place') || tags.includes('Organization') ? s : lowerFirst(s);
}
