// Small text helpers shared by the rewrites: casing, articles, sentence parts.

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
  const m = /[.!?\u2026]+["'\u201D\u2019)]*$/.exec(sentence);
  return m ? m[0] : '';
}

export function stripFinal(sentence: string): string {
  return sentence.slice(0, sentence.length - finalPunctuation(sentence).length).replace(/[\s,;:]+$/, '');
}

/** Intensifiers that add pressure; dropped when advice becomes a question. */
export const INTENSIFIERS = /\b(?:really|just|definitely|seriously|absolutely|honestly|totally|simply|certainly|obviously|clearly|basically|strongly|urgently|immediately|please)\b ?/gi;
