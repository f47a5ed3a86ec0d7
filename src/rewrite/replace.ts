// `replace` fixes: swap the highlighted words for the pattern's replacement, keeping the original's casing,
// making articles agree ("An addict" → "A person with a substance use disorder"), and filling pronoun
// slots ({their}, {they}, {them}, {they want}) from how the note refers to the client.

import type { FixContext, ProposedFix } from './types';
import { fixArticles, matchCase } from './text';
import { thirdPerson } from './verbs';

type Pronoun = 'he' | 'she' | 'they';

const FORMS: Record<Pronoun, Record<string, string>> = {
  he: { they: 'he', them: 'him', their: 'his', theirs: 'his', themselves: 'himself' },
  she: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themselves: 'herself' },
  they: { they: 'they', them: 'them', their: 'their', theirs: 'theirs', themselves: 'themselves' },
};

/** How the text up to the end of this sentence refers to the client: the nearest he/she wins, else they. */
export function pronounOf(text: string, end: number): Pronoun {
  const before = text.slice(Math.max(0, end - 600), end).toLowerCase();
  let best: Pronoun = 'they';
  let at = -1;
  for (const m of before.matchAll(/\b(he|him|his|himself|she|her|hers|herself|they|them|their|themselves)\b/g)) {
    if (m.index! > at) {
      at = m.index!;
      best = /^(?:he|him|his|himself)$/.test(m[1]) ? 'he' : /^(?:she|her|hers|herself)$/.test(m[1]) ? 'she' : 'they';
    }
  }
  return best;
}

/** Fills "{their}", "{they want}" … with the pronoun and agreeing verb. */
export function fillPronouns(words: string, p: Pronoun): string {
  return words.replace(/\{(they|them|their|theirs|themselves)(?: ([a-z]+))?\}/g, (_all, form: string, verb?: string) => {
    const pron = FORMS[p][form];
    if (!verb) return pron;
    return `${pron} ${p === 'they' ? verb : thirdPerson(verb)}`;
  });
}

export function replaceHighlight(ctx: FixContext): ProposedFix | null {
  if (ctx.replacement === undefined) return null;
  const start = ctx.sentenceStart + ctx.match.hlStart;
  const end = ctx.sentenceStart + ctx.match.hlEnd;
  const original = ctx.text.slice(start, end);
  let words = ctx.replacement;
  if (words.includes('{')) words = fillPronouns(words, pronounOf(ctx.text, ctx.sentenceEnd));
  // an empty `$group` leaves two spaces; an article in the replacement agrees with the next word
  words = fixArticles(pluralAfterUse(words.replace(/\s{2,}/g, ' ').trim()));
  if (/\u2019/.test(original)) words = words.replace(/'/g, '\u2019');
  const edits = [{ start, end, newText: caseFor(words, original, ctx.text.slice(ctx.sentenceStart, start)) }];
  // An article before the highlight ("an addict" where only "addict" is highlighted) must agree too.
  const art = /\b(an?) $/i.exec(ctx.text.slice(Math.max(ctx.sentenceStart, start - 3), start));
  if (art) {
    const fixed = fixArticles(`${art[1]} ${words}`).split(' ')[0];
    if (fixed.toLowerCase() !== art[1].toLowerCase()) {
      const artStart = start - art[0].length;
      edits.unshift({ start: artStart, end: artStart + art[1].length, newText: matchCase(fixed, art[1]) });
    }
  }
  if (edits.length === 1 && edits[0].newText === original) return null;
  return { title: `Replace with "${edits[edits.length - 1].newText}"`, edits };
}

/** Scare quotes: the highlight runs from the opening mark to the closing one; the marks go, the words stay. */
export function dropQuotes(ctx: FixContext): ProposedFix | null {
  const start = ctx.sentenceStart + ctx.match.hlStart;
  const end = ctx.sentenceStart + ctx.match.hlEnd;
  const open = ctx.text[start];
  const close = ctx.text[end - 1];
  if (end - start < 3 || !/["\u201C\u2018']/.test(open) || !/["\u201D\u2019']/.test(close)) return null;
  // a quote that closes the sentence ('for "back pain."') keeps its marks, said as the client's words
  if (!ctx.text.slice(end, ctx.sentenceEnd).trim()) {
    let at = start;
    while (at > ctx.sentenceStart && /\s/.test(ctx.text[at - 1])) at--;
    const words = `, in ${FORMS[pronounOf(ctx.text, ctx.sentenceEnd)].their} words,`;
    return { title: `Attribute the words: "${words.slice(2, -1)}"`, edits: [{ start: at, end: at, newText: words }] };
  }
  return { title: 'Remove the quotation marks', edits: [{ start, end: start + 1, newText: '' }, { start: end - 1, end, newText: '' }] };
}

/**
 * The replacement's casing: all caps stays all caps; a capital is kept at the start of a sentence or where
 * the original word was a capitalized word (not an acronym such as "IV" in "IV drug user").
 */
function caseFor(words: string, original: string, before: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]{2}/.test(original) && !/[a-z]/.test(before + original)) return words.toUpperCase();
  const atStart = /^[\s("\u201C*_#>-]*$/.test(before);
  const firstWord = /^\S+/.exec(original)?.[0] ?? '';
  // (an acronym leads a hyphenated compound too: "HIV-infected")
  const head = firstWord.split('-')[0];
  const acronym = head.length > 1 && head === head.toUpperCase();
  if (atStart || (!acronym && /^[A-Z]/.test(firstWord))) return matchCase(words, firstWord.charAt(0) + 'x');
  return words;
}

/** "person who uses drug" → "person who uses drugs": a countable substance after "use" is plural. */
export function pluralAfterUse(words: string): string {
  return words
    .replace(/\b(us(?:e|es|ing)|inject(?:s|ing)?) (drug|substance|opioid|opiate|narcotic|pill|benzo|stimulant)\b/gi, '$1 $2s')
    .replace(/\b(us(?:e|es|ing)|inject(?:s|ing)?) (prescription|polysubstance|iv|injection)\b(?! (?:drugs?|medications?|pills?|opioids?|painkillers?)\b)/gi, (_m, v: string, w: string) => `${v} ${w.toLowerCase() === 'prescription' ? 'prescription drugs' : 'drugs'}`);
}
