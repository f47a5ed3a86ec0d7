// The document model: paragraphs → speaker turns → sentences, with quoted speech set apart.
// Everything works on the masked text (see mask.ts), so every offset is an offset into the original.

import type { Speaker } from './types';
import type { SpeakerLabelMatcher } from './speakers';

export interface Paragraph {
  start: number;
  end: number;
}

export interface Turn {
  speaker: Speaker;
  /** Whole turn including its label. */
  start: number;
  end: number;
  /** Where the words start (after the label). */
  bodyStart: number;
  labelled: boolean;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /**
   * The sentence for matching: lower-cased, curly apostrophes and quotes made straight, line breaks and
   * line markers turned into spaces, quoted speech blanked. Same length as the original slice, so an
   * index into it plus `start` is an offset into the document.
   */
  norm: string;
}

/** Splits masked text into paragraphs at blank lines (lines of only spaces and tabs). */
export function paragraphs(masked: string): Paragraph[] {
  return [...eachParagraph(masked)];
}

/** paragraphs() one at a time, for a document too long to hold all of them at once. */
export function* eachParagraph(masked: string): Generator<Paragraph, void, void> {
  let start = -1;
  let lineStart = 0;
  let lastContentEnd = 0;
  const n = masked.length;
  const lf = !masked.includes('\r'); // then lines end at "\n" only, found natively with indexOf
  while (lineStart <= n) {
    let lineEnd: number;
    let k = lineStart;
    for (let c: number; k < n && ((c = masked.charCodeAt(k)) === 32 || c === 9); k++);
    if (lf) {
      lineEnd = masked.indexOf('\n', k);
      if (lineEnd < 0) lineEnd = n;
    } else {
      lineEnd = k;
      for (let c: number; lineEnd < n && (c = masked.charCodeAt(lineEnd)) !== 10 && c !== 13; lineEnd++);
    }
    // blank: nothing but spaces and tabs before the line's end
    const blank = k >= lineEnd;
    if (!blank) {
      if (start < 0) start = lineStart;
      lastContentEnd = lineEnd;
    } else if (start >= 0) {
      yield { start, end: lastContentEnd };
      start = -1;
    }
    if (lineEnd >= masked.length) break;
    lineStart = lineEnd + (masked[lineEnd] === '\r' && masked[lineEnd + 1] === '\n' ? 2 : 1);
  }
  if (start >= 0) yield { start, end: lastContentEnd };
}

/** Lines of a span: [start, end) offsets without the break. */
function lines(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      out.push([s, i]);
      if (c === '\r' && text[i + 1] === '\n') i++;
      s = i + 1;
    }
  }
  out.push([s, to]);
  return out;
}

/**
 * Splits a paragraph into turns. A line that starts with a speaker label starts a turn; lines after it
 * belong to it. Text before the first label (or a paragraph without one) is the author's.
 */
export function turns(masked: string, p: Paragraph, labels: SpeakerLabelMatcher): Turn[] {
  const out: Turn[] = [];
  for (const [ls, le] of lines(masked, p.start, p.end)) {
    const m = labels.match(masked.slice(ls, le));
    if (m) {
      if (out.length) out[out.length - 1].end = trimEnd(masked, out[out.length - 1].start, ls);
      out.push({ speaker: m.speaker, start: ls, end: le, bodyStart: ls + m.length, labelled: true });
    } else if (out.length === 0) {
      out.push({ speaker: 'author', start: ls, end: le, bodyStart: ls, labelled: false });
    } else {
      out[out.length - 1].end = le;
    }
  }
  if (out.length) out[out.length - 1].end = trimEnd(masked, out[out.length - 1].start, p.end);
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

const OPEN_CLOSE: Record<string, string> = { '\u201C': '\u201D', '\u2018': '\u2019', '"': '"', "'": "'", '\u00AB': '\u00BB' };

/**
 * Finds quoted speech in a span. Double quotes pair up; single quotes only where they cannot be
 * apostrophes (an opening one after a space or bracket and before a letter, a closing one before a
 * space or punctuation). A quote left open is not a quote.
 */
export function quotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  // Where the search for each kind of closing mark came up empty: no valid one lies beyond, so later openers
  // of that kind need not search again (unmatched openers would otherwise cost O(n²): '"a "a "a …').
  const noCloseAfter = new Map<string, number>();
  let i = from;
  while (i < to) {
    const c = text[i];
    const close = OPEN_CLOSE[c];
    if (close && canOpen(text, i, from) && i + 1 < (noCloseAfter.get(close) ?? Infinity)) {
      const end = findClose(text, i + 1, to, close);
      if (end < 0) noCloseAfter.set(close, i + 1);
      if (end > i + 1) {
        out.push({ start: i + 1, end });
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function canOpen(text: string, i: number, from: number): boolean {
  const c = text[i];
  const before = i > from ? text[i - 1] : ' ';
  const after = text[i + 1];
  if (after === undefined || /\s/.test(after)) return false;
  if (c === "'" || c === '\u2018') return !isLetter(before) && isLetter(after);
  if (c === '"') return !isLetter(before);
  return true;
}

function findClose(text: string, from: number, to: number, close: string): number {
  for (let j = from; j < to; j++) {
    if (text[j] !== close) continue;
    const before = text[j - 1];
    const after = text[j + 1];
    if (before === undefined || /\s/.test(before)) continue;
    // A single closing quote followed by a letter is an apostrophe ("don't", "client’s").
    if ((close === "'" || close === '\u2019') && isLetter(after)) continue;
    return j;
  }
  return -1;
}

// Lower-cases and makes curly punctuation straight without changing length.
const CURLY = /[\u2018\u2019\u201A\u201B\u2032]|[\u201C\u201D\u201E\u201F\u2033]/g;
export function normalize(s: string): string {
  let lower = s.toLowerCase();
  // "\u0130" (capital I with dot, as in Turkish names) is the one character whose lower case is longer ("i\u0307");
  // it becomes "i" so that every offset after it stays right.
  if (lower.length !== s.length) lower = s.replace(/\u0130/g, 'I').toLowerCase();
  // Text pasted from the web or a word processor puts no-break and other Unicode spaces after full stops:
  // they are spaces to every sentence boundary and pattern (one character for one, so offsets stay).
  return lower.replace(CURLY, (c) => ('\u201C\u201D\u201E\u201F\u2033'.includes(c) ? '"' : "'")).replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

// Line starts that begin a new block inside a paragraph: list items, headings, table rows, note fields (also
// in bold: "**Plan:**", "__Plan__:").
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]|\||(?:\*\*|__)?[A-Z][A-Za-z/ ]{0,24}(?:\*\*|__)?:(?:\*\*|__)?[ \t])/;
const LINE_MARKER = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+)?/;
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'no', 'approx', 'appt', 'pt', 'hx', 'dx',
  'tx', 'rx', 'sx', 'fx', 'cont', 'jr', 'sr', 'prof', 'inc', 'dept', 'min', 'hrs', 'hr', 'wk', 'wks', 'yr', 'yrs',
  'mg', 'ml', 'approx', 'b.i.d', 't.i.d', 'q.d', 'p.r.n', 'u.s', 'a.k.a',
]);

/**
 * Splits a turn body into sentences. Soft-wrapped lines are joined (line breaks become spaces in `norm`);
 * list items, headings and note fields start new sentences; quoted speech never ends a sentence.
 */
export function sentences(masked: string, from: number, to: number, quoted: readonly Quote[]): Sentence[] {
  // Build the normalized view of the whole span once.
  // Line breaks become spaces; list markers and quoted speech are blanked. Most turns have neither, and then
  // the view is built without splitting it into one string per character.
  let view = normalize(masked.slice(from, to)).replace(/[\n\r]/g, ' ');
  let chars: string[] | null = null;
  for (const [ls, le] of lines(masked, from, to)) {
    const marker = LINE_MARKER.exec(masked.slice(ls, le));
    if (marker && ls > from && marker[0].length > 0) {
      chars ??= view.split('');
      for (let k = ls; k < ls + marker[0].length; k++) chars[k - from] = ' ';
    }
  }
  for (const q of quoted) {
    chars ??= view.split('');
    for (let k = Math.max(q.start, from); k < Math.min(q.end, to); k++) chars[k - from] = ' ';
  }
  if (chars) view = chars.join('');

  const breaks = new Set<number>();
  for (const [ls] of lines(masked, from, to)) {
    if (ls > from && BLOCK_START.test(masked.slice(ls, Math.min(to, ls + 40)))) breaks.add(ls - from);
  }

  const out: Sentence[] = [];
  let s = 0;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && view[a] === ' ') a++;
    while (b > a && view[b - 1] === ' ') b--;
    // A run-on "sentence" (pasted text without punctuation, a 1 MB line) is cut at spaces into pieces of at most
    // MAX_SENTENCE characters, so that all the work done per sentence stays bounded and big input stays linear.
    while (b - a > MAX_SENTENCE) {
      // the last space in the piece's second half (looking no further back, or a 1 MB word costs O(n²))
      let cut = a + MAX_SENTENCE;
      while (cut > a + MAX_SENTENCE / 2 && view[cut] !== ' ') cut--;
      if (view[cut] !== ' ') cut = a + MAX_SENTENCE - (isLowSurrogate(view.charCodeAt(a + MAX_SENTENCE)) ? 1 : 0);
      let pieceEnd = cut;
      while (pieceEnd > a && view[pieceEnd - 1] === ' ') pieceEnd--;
      out.push({ start: from + a, end: from + pieceEnd, norm: view.slice(a, pieceEnd) });
      a = cut;
      while (a < b && view[a] === ' ') a++;
    }
    if (b > a) out.push({ start: from + a, end: from + b, norm: view.slice(a, b) });
  };
  let runEnd = -1;
  for (let i = 0; i < view.length; i++) {
    if (breaks.has(i)) {
      push(i);
      s = i;
    }
    const c = view[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') {
      // chat writing ends a sentence with an emoticon or emoji instead ("so sorry :( definitely talk to someone")
      const e = c === ':' || c === ';' || view.charCodeAt(i) >= 0x2190 ? chatMarkEnd(view, i) : -1;
      if (e > 0) {
        push(e);
        s = e;
        i = e - 1;
      }
      continue;
    }
    // Every mark of a run ("?!", "......") ends the sentence at the same place: find it once per run, not once
    // per mark (a line of dots would otherwise cost O(n²)).
    let j = i < runEnd ? runEnd : i + 1;
    if (i >= runEnd) {
      while (j < view.length && /[.!?\u2026]/.test(view[j])) j++;
      // closing quotes and brackets belong to the sentence they end
      while (j < view.length && /["')\]\u201D\u2019*_]/.test(masked[from + j] ?? '') && view[j] !== ' ') j++;
      runEnd = j;
    }
    if (j < view.length && view[j] !== ' ') continue;
    if (c === '.' && j === i + 1 && isAbbreviation(view, i)) continue;
    // the next word starting lower-case means the period was not a sentence end ("approx. two")
    let k = j;
    while (k < view.length && view[k] === ' ') k++;
    // — unless the writer starts no sentence with a capital ("i was there 2 years ago. get a sponsor")
    if (c === '.' && k < view.length && /[a-z]/.test(masked[from + k] ?? '') && !breaks.has(k) && !startsLowerCase(masked, from + s, from + i)) continue;
    push(j);
    s = j;
    i = j - 1;
  }
  push(view.length);
  return out;
}

/** Whether the sentence in [from, to) starts with a lower-case letter (its first letter, past any punctuation). */
function startsLowerCase(masked: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = masked[k];
    if (/[a-z]/.test(ch)) return true;
    if (/[A-Z0-9]/.test(ch)) return false;
  }
  return false;
}

// An emoticon (":(", ":')", ";)", ":/", ":D") or a run of emoji, followed by a space and more words.
const EMOTICON = /[:;]'?-?(?:[()\/|\]\[]+|[dp](?![a-z]))/y;
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+/uy;

/** Where the emoticon or emoji at `i` ends when a space and a word follow it, or -1. */
function chatMarkEnd(view: string, i: number): number {
  const re = view[i] === ':' || view[i] === ';' ? EMOTICON : EMOJI;
  re.lastIndex = i;
  if (!re.test(view)) return -1;
  const e = re.lastIndex;
  // (before a space and a letter; ":" inside "note: (see…)" is no emoticon, nor is "1:1")
  if (view[e] !== ' ' || (i > 0 && view[i - 1] !== ' ' && re === EMOTICON)) return -1;
  let k = e;
  while (k < view.length && view[k] === ' ') k++;
  return k < view.length && /[a-z]/.test(view[k]) ? e : -1;
}

/** Longest sentence, in UTF-16 code units; longer runs of text without a sentence end are cut at a space. */
export const MAX_SENTENCE = 1000;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isAbbreviation(view: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && /[a-z.]/.test(view[w - 1])) w--;
  const word = view.slice(w, dot);
  if (word.length === 1) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word);
}
