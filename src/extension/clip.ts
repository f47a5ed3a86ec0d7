// The size cap: a document over `miLint.maxDocumentSize` is linted up to the cap, cut at the last paragraph
// break before it when there is one, so no paragraph is linted half. Offsets stay those of the full text.

export interface Clipped {
  text: string;
  clipped: boolean;
}

export function clipToLimit(text: string, limit: number): Clipped {
  if (text.length <= limit) return { text, clipped: false };
  let end = limit;
  const head = text.slice(0, limit);
  const paragraphBreak = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\r\n\r\n'));
  // Only cut at a paragraph break that keeps most of the allowance (a single huge paragraph is cut at the cap).
  if (paragraphBreak > limit / 2) end = paragraphBreak;
  // Never split a surrogate pair.
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { text: text.slice(0, end), clipped: true };
}
