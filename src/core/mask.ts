// Blanks out what is not prose — front matter, fenced and inline code, HTML comments and tags, URLs, link
// targets, directive comments — so later stages can work on one string with the same offsets as the
// original. Blanked characters become spaces; line breaks stay, so lines and offsets never move.

import { parseDirective, type Directive } from './directives';

export interface Masked {
  /** Same length as the input; skipped characters replaced by spaces. */
  text: string;
  directives: Directive[];
}

// Every pattern below is linear: no nested quantifiers, bounded alternations (see test/unit/redos.test.ts).
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[^\n\r]*$/;
const FRONT_MATTER_OPEN = /^---[ \t]*(?:\r?\n|\r)/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n\r]*)?\/?>/g;
// A run of backticks or of address characters is tried from its first character only ((?<!…)): tried from
// each of its characters, a long run without a closing run or an "@" costs O(n²).
const INLINE_CODE = /(?<!`)(`+)[^`\r\n][^\r\n]*?\1(?!`)|``/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'\u201C\u201D]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
const LINK_TARGET = /\]\([^()\s]*(?:\s+"[^"\r\n]*")?\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\r\n]+\]:[^\r\n]*/gm;
const LINE_COMMENT_DIRECTIVE = /^[ \t]*(?:\/\/|#)[ \t]*(mi-lint-[a-z-]+[^\r\n]*)$/gm;

// What a match of each scan must contain. URL's e-mail branch needs "@"; its web branch "http" or "www.".
const SCANS: Array<[RegExp, (text: string) => boolean]> = [
  [HTML_TAG, (t) => t.includes('<')],
  [INLINE_CODE, (t) => t.includes('`')],
  [URL, (t) => t.includes('@') || t.includes('http') || t.includes('www.')],
  [LINK_TARGET, (t) => t.includes('](')],
  [REFERENCE_DEFINITION, (t) => t.includes(']:')],
];

/**
 * Character sequences every masked construct contains (front matter aside: "---" at the very start). A
 * text with none of them masks to itself; createLinter() uses this to skip masking after an edit.
 */
const TRIGGERS = ['`', '~~~', '<', 'mi-lint-', '@', 'http', 'www.', '](', ']:'];
export const LONGEST_TRIGGER = 8;

export function nothingToMask(text: string): boolean {
  return !text.startsWith('---') && !TRIGGERS.some((t) => text.includes(t));
}

export function mask(text: string): Masked {
  if (nothingToMask(text)) return { text, directives: [] };
  const spans: Array<[number, number]> = [];
  const directives: Directive[] = [];
  const blank = (start: number, end: number) => {
    if (end > start) spans.push([start, end]);
  };

  let bodyStart = 0;
  if (FRONT_MATTER_OPEN.test(text)) {
    const afterOpen = text.indexOf('\n') + 1 || text.indexOf('\r') + 1;
    const rest = text.slice(afterOpen);
    const close = FRONT_MATTER_CLOSE.exec(rest);
    if (close) {
      bodyStart = afterOpen + close.index + close[0].length;
      blank(0, bodyStart);
    }
  }

  // Each scan below runs only when the text holds a character sequence every match needs: most notes have no
  // code, comments, links or e-mail addresses, and skipping a scan that cannot match changes nothing.
  if (text.includes('```') || text.includes('~~~')) blankFencedCode(text, bodyStart, blank);

  if (text.includes('<!--')) for (const m of text.matchAll(HTML_COMMENT)) {
    const start = m.index ?? 0;
    blank(start, start + m[0].length);
    const d = parseDirective(m[0].replace(/^<!--|-->$/g, ''), start, start + m[0].length);
    if (d) directives.push(d);
  }
  if (text.includes('mi-lint-')) for (const m of text.matchAll(LINE_COMMENT_DIRECTIVE)) {
    const start = m.index ?? 0;
    const d = parseDirective(m[1], start, start + m[0].length);
    if (d) {
      directives.push(d);
      blank(start, start + m[0].length);
    }
  }
  for (const [re, needs] of SCANS) {
    if (!needs(text)) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      // A link target keeps its "]" so the link text still ends a word cleanly.
      blank(re === LINK_TARGET ? start + 1 : start, start + m[0].length);
    }
  }

  directives.sort((a, b) => a.start - b.start);
  return { text: applyBlanks(text, spans), directives };
}

function blankFencedCode(text: string, from: number, blank: (s: number, e: number) => void): void {
  let fence: string | null = null;
  let fenceStart = 0;
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    if (fence === null) {
      const m = FENCE_OPEN.exec(line);
      // A backtick fence's info string may not contain backticks (CommonMark).
      if (m && !(m[1][0] === '`' && line.slice(line.indexOf(m[1]) + m[1].length).includes('`'))) {
        fence = m[1];
        fenceStart = lineStart;
      }
    } else {
      const trimmed = line.trim();
      if (trimmed.length >= fence.length && trimmed[0] === fence[0] && /^(`+|~+)$/.test(trimmed)) {
        blank(fenceStart, lineEnd);
        fence = null;
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  // An unclosed fence runs to the end of the document, as in CommonMark.
  if (fence !== null) blank(fenceStart, text.length);
}

function applyBlanks(text: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of spans) {
    const start = Math.max(s, pos);
    if (e <= start) continue;
    out += text.slice(pos, start) + text.slice(start, e).replace(/[^\r\n]/g, ' ');
    pos = e;
  }
  return out + text.slice(pos);
}
