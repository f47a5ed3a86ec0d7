// Big documents for the size tests: a long realistic note (the benchmark's generator: SOAP fields, drafted
// messages, transcript excerpts) and one enormous line of run-together catalogue examples. Deterministic.

import * as path from 'path';
import { EXAMPLES } from './arbitraries';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generate = require(path.join(__dirname, '..', '..', '..', 'bench', 'generate.js')) as { note(words: number, seed?: number): string };

/** A note of `chars` UTF-16 units, made of generated sessions (about six characters a word). */
export function bigNote(chars: number, seed = 1): string {
  return generate.note(Math.ceil(chars / 5), seed).slice(0, chars);
}

/** One line of `chars` units: every catalogue example in turn, run together, some joined by commas. */
export function bigLine(chars: number): string {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += EXAMPLES[(i * 7919) % EXAMPLES.length] + (i % 3 ? ' ' : ', ');
  return out.slice(0, chars);
}

/** Shapes that once took quadratic time or worse, each about `chars` long. */
export function hostileShapes(chars: number): Record<string, string> {
  const rep = (unit: string, tail = '') => unit.repeat(Math.ceil((chars - tail.length) / unit.length)).slice(0, chars - tail.length) + tail;
  return {
    'a line of dots': rep('.', 'x'),
    'marks without an end': rep('?!', 'x'),
    'unmatched double quotes': rep('"a '),
    'unmatched curly quotes': rep('\u201Ca '),
    'unmatched single quotes': rep(" 'a"),
    'an e-mail-like run without "@"': rep('e.g.', ' x'),
    'a run of backticks': rep('`'),
    'one long word': rep('b'),
    'speaker labels without text': rep('T:\n'),
    'list items': rep('- a\n'),
    'lone CRs': rep('a\r'),
    'a run-on line full of findings': bigLine(chars),
  };
}
