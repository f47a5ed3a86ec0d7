// "Disable rule on this line": the directive line inserted above a finding. Markdown and MI notes get an
// HTML comment (invisible when rendered); plain text gets the `//` form the core also reads.

const COMMENT_LANGUAGES = new Set(['markdown', 'mi-note']);

/** The line to insert above `lineText` (without its line break): same indentation and blockquote markers. */
export function disableNextLineDirective(lineText: string, languageId: string, ruleId: string): string {
  // Leading whitespace and any blockquote markers ("> > "), so the comment stays inside the same block.
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(lineText)?.[0] ?? '';
  const body = `mi-lint-disable-next-line ${ruleId}`;
  return COMMENT_LANGUAGES.has(languageId) ? `${prefix}<!-- ${body} -->` : `${prefix}// ${body}`;
}
