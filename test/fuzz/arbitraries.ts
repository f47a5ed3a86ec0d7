// Generators of hostile documents for the property and fuzz suites. Real phrases (every example sentence in
// the rule catalogue, so rules actually fire and fixes get built) are mixed with the input an editor sees
// mid-keystroke: speaker labels without text, half-typed directives, open code fences, unbalanced quotes,
// CR/LF/CRLF mixes, combining marks, right-to-left text, emoji ZWJ sequences, lone surrogates, long lines.

import fc from 'fast-check';
import { RULES } from '../../src/rules/catalogue';
import type { LintOptions } from '../../src/core/options';
import type { SeveritySetting } from '../../src/core/types';

/** Every example sentence of the catalogue, flag and pass: the corpus the generators draw phrases from. */
export const EXAMPLES: readonly string[] = [...new Set(RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]))];

export const LABELS = [
  'Counselor: ', 'Client: ', 'T: ', 'C: ', 'I:', 'P: ', 'Pt:', '**T:** ', '__Client__: ', '[00:12] C: ', '> T: ',
  '- Counselor:', 'Therapist 2: ', 'T:10 ', 'S: ', 'O: ', 'A:', 'Plan: ', 'Me\uFF1A', 'Coach:\t',
];

export const DIRECTIVES = [
  '<!-- mi-lint-disable -->', '<!-- mi-lint-enable -->', '<!-- mi-lint-disable-next-line -->',
  '<!-- mi-lint-disable-next-line directive/you-should -->', '<!-- mi-lint-disable stigma, confront -->',
  '<!-- mi-lint-enable directive -->', '<!-- mi-lint-disable-line all -- reason -->', '<!-- mi-lint-disable',
  '<!-- mi-lint-disable-next-line', '<!--', '-->', '<!-- -->', '<!-- mi-lint-bogus -->', '// mi-lint-disable',
  '# mi-lint-disable-next-line stigma', '// mi-lint-enable', '#mi-lint-disable-line', '<!-- mi-lint-disable-next-line nosuch/rule -->',
];

export const MARKUP = [
  '```', '```js', '~~~', '````', '`', '``', '`code`', '---', '...', '# ', '## Plan', '- ', '* ', '1. ', '> ', '| a | b |',
  '[link](http://example.com "title")', '[ref]: http://x.y', 'http://example.com/you-should', 'www.addict.com',
  'someone@example.com', '<b>', '</b>', '<br/>', '**', '__', '_', '*', '](', '[', ']',
];

const QUOTES = ['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB', '"\u201C', "'\"", '\u201E'];

const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r', ' \n', '\t\n', '\n \n'];

const UNICODE = [
  'e\u0301', '\u0301', 'a\u0308\u0323', 'Z\u0351\u0315\u0322', // combining marks, zalgo
  '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', '\u202E', '\u200F', '\u202Astop\u202C', // RTL and bidi controls
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', '\u{1F44D}\u{1F3FD}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', // ZWJ sequences
  '\u{1D49C}', '\u{1F600}', '\u{10FFFF}', '\uD800', '\uDC00', '\uDBFF\uDBFF', // astral and lone surrogates
  '\u0130', '\u0130stanbul', // capital I with dot: its lower case is two characters
  '\u00A0', '\u2028', '\u2029', '\uFEFF', '\u200B', '\u0000', '\u3000', '\uFF1A', '\u2026', '\u00E9', '\u4E2D\u6587',
];

const WORDS = [
  'you', 'You', 'YOU', 'should', 'need', 'to', 'must', 'have', 'stop', 'drinking', 'client', 'Client', 'addict', 'claims',
  'refused', 'noncompliant', 'dirty', 'clean', 'why', "didn't", 'always', 'never', 'just', 'really', 'if', 'it', 'your',
  'choice', 'up', 'feel', 'like', 'so', 'but', 'and', 'permission', 'would', 'OK', 'share', 'idea', 'pt', 'abuser',
  'denial', 'Dr.', 'e.g.', 'approx.', "you're", 'you\u2019re', 'please', 'try', 'take', 'meds', 'relapse',
];

const PUNCT = ['.', '?', '!', '\u2026', ',', ';', ':', ' ', '  ', '\t', '...', '?!', '.)', '."', '-', '\u2014', '(', ')'];

/** An example sentence, maybe with its case, quotes or spacing disturbed. */
const example: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...EXAMPLES), fc.nat(5)).map(([s, how]) => {
  switch (how) {
    case 0:
      return s.toUpperCase();
    case 1:
      return s.replace(/'/g, '\u2019').replace(/"/g, '\u201C');
    case 2:
      return s.replace(/ /, '\n'); // soft-wrapped
    case 3:
      return s.replace(/[.?!]$/, ''); // no final punctuation yet (mid-typing)
    default:
      return s;
  }
});

// Built from code points rather than fast-check's unicode string units, whose set-up costs seconds.
const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 8 }).map((cps) => String.fromCodePoint(...cps)),
  fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 3 }).map((cs) => String.fromCharCode(...cs)),
);

/** One piece of a document. Weighted so that rule phrases and structure dominate, noise seasons. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: example },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constantFrom(...DIRECTIVES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 4, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: noise },
);

/** A line far longer than any sentence: one phrase repeated, with or without sentence breaks. */
const longLine = (maxChars: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...EXAMPLES, 'you should ', 'a ', ' ', '"', 'Client: '), fc.constantFrom('', ' ', ', ', '. '), fc.integer({ min: 200, max: maxChars }))
    .map(([phrase, sep, n]) => (phrase.replace(/[.?!]$/, '') + sep).repeat(Math.ceil(n / (phrase.length + sep.length))).slice(0, n));

/** A whole document: fragments joined by spaces, nothing or line breaks; one in seven has a very long line. */
export function documentArb(opts: { maxFragments?: number; maxLongLine?: number } = {}): fc.Arbitrary<string> {
  const { maxFragments = 40, maxLongLine = 4000 } = opts;
  const parts = fc.array(fc.tuple(fragment, fc.constantFrom(' ', '', '\n', '\r\n', ' ', '\n\n')), { maxLength: maxFragments });
  const long = fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: longLine(maxLongLine) });
  return fc.tuple(parts, long, fc.nat()).map(([ps, line, at]) => {
    const pieces = ps.map(([p, sep]) => p + sep);
    if (line !== null) pieces.splice(at % (pieces.length + 1), 0, line);
    return pieces.join('');
  });
}

const severity = fc.constantFrom<SeveritySetting>('off', 'hint', 'info', 'warning', 'error');

/** Options a user could configure: severities, families switched off, custom or odd speaker labels. */
export const optionsArb: fc.Arbitrary<LintOptions> = fc.record(
  {
    rules: fc.dictionary(fc.constantFrom(...RULES.map((r) => r.id)), severity, { maxKeys: 4 }),
    families: fc.dictionary(fc.constantFrom('directive', 'confront', 'stigma', 'autonomy'), fc.oneof(fc.boolean(), severity), { maxKeys: 2 }),
    speakerLabels: fc.record(
      {
        counselor: fc.array(fc.constantFrom('T', 'Counselor', 'Me', 'Q', 'Dr. X', '(T)', 'a+b', '[x]', '\u{1F600}'), { minLength: 1, maxLength: 3 }),
        client: fc.array(fc.constantFrom('C', 'Client', 'A', 'Pt', '*', 'C.', '\u0645'), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    autonomyPhrases: fc.array(fc.constantFrom("It's your call.", 'Up to you', '', '\u{1F600}'), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<LintOptions>;

/** An edit an editor could make: replace [at, at + remove) with an inserted piece. Positions are resolved against the text. */
export interface EditSpec {
  at: number;
  remove: number;
  insert: string;
}

export const editArb: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  insert: fc.oneof(fc.constant(''), fragment, fc.constantFrom('\n\n', 'Client: ', ' ', 'x', '```\n', '<!-- mi-lint-disable -->\n')),
});

export function applyEditSpec(text: string, e: EditSpec): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
