// Where a config problem sits in its file, so its diagnostic lands on the offending key. Plain text search:
// the file may not even parse, and a key path is found by its quoted segments in order.

export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * Finds the quoted key segments in order (e.g. ["rules", "directive/you-shuold"] in a `.milintrc.json`,
 * ["miLint.rules", "directive/you-shuold"] in a settings.json) and returns the deepest one found.
 */
export function locateKey(text: string, segments: readonly string[]): OffsetRange | null {
  let from = 0;
  let found: OffsetRange | null = null;
  for (const seg of segments) {
    const quoted = JSON.stringify(seg);
    const at = text.indexOf(quoted, from);
    if (at < 0) break;
    found = { start: at, end: at + quoted.length };
    from = found.end;
  }
  return found;
}

/** Splits a problem key from core/config ("rules.directive/x", "(root)") into its JSON path segments. */
export function keySegments(key: string): string[] {
  if (key === '(root)') return [];
  const dot = key.indexOf('.');
  return dot < 0 ? [key] : [key.slice(0, dot), key.slice(dot + 1)];
}

/** The offset of a JSON.parse error, from its message ("… in JSON at position 42"), if it gives one. */
export function jsonErrorOffset(message: string, textLength: number): number | null {
  const m = /at position (\d+)/.exec(message);
  if (!m) return null;
  return Math.min(Number(m[1]), textLength);
}
