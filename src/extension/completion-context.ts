// When MI Lint offers completions, decided from the text before the cursor on its line:
//  - right after a counselor label ("T: ", "**Counselor:** "): openers for the turn;
//  - right after a reflection stem ("It sounds like ", "So you "): ways to finish the reflection;
//  - after a finished reflection ("It sounds like you're torn. "): the next MI move (open question,
//    permission, autonomy support).
// Pure, so it is unit-tested without an editor.

export type CompletionSituation =
  | { kind: 'turn-start'; typed: string }
  | { kind: 'reflection-stem'; stem: string; typed: string }
  | { kind: 'after-reflection'; typed: string };

const STEMS = ['it sounds like', 'sounds like', 'it seems like', 'it seems', 'so you', 'so for you', "you're feeling", 'you are feeling', "you're wondering", 'you are wondering'];
const STEM_RE = new RegExp(`(?:^|[\\s"\u201C(:*])(${STEMS.map((s) => s.replace(/'/g, "['\u2019]").replace(/ /g, '\\s+')).join('|')})\\s+([A-Za-z'\u2019-]*)$`, 'i');
// A reflection that ended in this line: a stem, some words, a full stop; then the cursor after a space.
const AFTER_REFLECTION_RE = new RegExp(`(?:^|[\\s"\u201C(:*])(?:${STEMS.map((s) => s.replace(/'/g, "['\u2019]").replace(/ /g, '\\s+')).join('|')})\\b[^.!?]{2,}[.!]\\s+([A-Za-z'\u2019-]*)$`, 'i');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A label at the start of a line, as the core reads it: optional list/quote marker, timestamp, emphasis. */
function turnStart(counselorLabels: readonly string[]): RegExp {
  const labels = [...counselorLabels].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  return new RegExp(
    '^[ \\t]*(?:>[ \\t]*)?(?:[-*+][ \\t]+)?(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?[ \\t]+)?' +
      `(?:\\*\\*|__|\\*|_)?(?:${labels})(?:[ \\t]?\\d{1,3})?(?:\\*\\*|__|\\*|_)?[ \\t]*[:\\uFF1A](?:\\*\\*|__|\\*|_)?[ \\t]+([A-Za-z'\u2019-]*)$`,
    'i',
  );
}

export function completionSituation(lineBefore: string, counselorLabels: readonly string[]): CompletionSituation | null {
  const turn = turnStart(counselorLabels).exec(lineBefore);
  if (turn) return { kind: 'turn-start', typed: turn[1] };
  const stem = STEM_RE.exec(lineBefore);
  if (stem) return { kind: 'reflection-stem', stem: stem[1].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"), typed: stem[2] };
  const after = AFTER_REFLECTION_RE.exec(lineBefore);
  if (after) return { kind: 'after-reflection', typed: after[1] };
  return null;
}
