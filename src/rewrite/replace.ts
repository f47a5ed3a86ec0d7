// `replace` fixes: swap the highlighted words for the pattern's replacement, keeping the original's casing
// and making articles agree ("An addict" → "A person with a substance use disorder").

import type { FixContext, ProposedFix } from './types';
import { fixArticles, matchCase } from './text';

export function replaceHighlight(ctx: FixContext): ProposedFix | null {
  if (ctx.replacement === undefined) return null;
  const start = ctx.sentenceStart + ctx.match.hlStart;
  const end = ctx.sentenceStart + ctx.match.hlEnd;
  const original = ctx.text.slice(start, end);
  let words = ctx.replacement;
  // An article in the original that the replacement keeps: "the" stays "the", "a"/"an" agrees with the next word.
  words = fixArticles(words);
  // Article before the highlight ("an addict" where only "addict" is highlighted) must agree too.
  const before = ctx.text.slice(Math.max(0, start - 3), start);
  const edits = [{ start, end, newText: matchCase(words, original) }];
  const art = /\b(an?) $/i.exec(before);
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
