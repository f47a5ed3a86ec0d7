// createLinter()'s paragraph cache: whatever the edits (paragraphs repeated, moved, removed, lines added
// before them, directives appearing), a cached lint is exactly a fresh lint, and only changed paragraphs
// are linted again.

import * as assert from 'assert';
import fc from 'fast-check';
import { createLinter, lint } from '../../src/core/lint';
import { setCoderModelEnabled } from '../../src/core/coder-model';

const PARAGRAPHS = [
  'Counselor: You should stop drinking. Why didn\'t you call me?',
  'Client: I want to cut back. Would it be OK if you gave me some ideas?',
  'Counselor: Try writing down your cravings. It\'s your call.',
  'Client claims he is sober.\nUDS was dirty for opiates.',
  '<!-- mi-lint-disable-next-line -->\nYou need to take your meds.',
  'Counselor: It sounds like your kids matter a lot to you.',
  '**S:** Client reports cravings.\n\n**P:** Continue weekly sessions.',
  'Call your sponsor tonight.\r\nGo to a meeting.',
];

describe('paragraph cache', function () {
  // property runs of thousands of edits: ~20 s on a loaded two-core machine, so more than mocha's default
  this.timeout(60_000);
  it('gives a fresh lint\'s result after any sequence of documents made of repeated, moved and removed paragraphs', () => {
    const doc = fc.array(fc.tuple(fc.nat(PARAGRAPHS.length - 1), fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n')), { maxLength: 8 }).map((ps) => ps.map(([i, sep]) => PARAGRAPHS[i] + sep).join(''));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), (docs) => {
        const linter = createLinter();
        for (const d of docs) assert.strictEqual(JSON.stringify(linter.lint(d)), JSON.stringify(lint(d)));
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it('gives a fresh lint\'s result after any sequence of local edits, also ones that open or close code, comments, links and paragraphs', () => {
    const pieces = ['a', 'e ', ' ', '\n', '\n\n', '\r\n', '`', '```\n', '~~~', '<!--', '-->', '<b>', '](x)', '[x]: y', 'http://example.org ', 'a@b.co ', 'mi-lint-disable', '---\n', 'Counselor: ', 'Client: ', '**P:** ', 'Stop drinking. ', '"'];
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), fc.constantFrom(...pieces));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const linter = createLinter();
        let doc = PARAGRAPHS.join('\n\n');
        linter.lint(doc);
        for (const [where, removed, inserted] of edits) {
          const at = Math.floor(where * doc.length);
          doc = doc.slice(0, at) + inserted + doc.slice(at + removed);
          assert.strictEqual(JSON.stringify(linter.lint(doc)), JSON.stringify(lint(doc)));
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('never reuses a paragraph linted with another dialog state coming in (the client turn before, the counselor move since)', () => {
    setCoderModelEnabled(false);
    try {
      const goOn = 'Client: and then the weekends with the kids would look a whole lot different.';
      const talks = (d: string, linter = createLinter()) => linter.lint(d).utterances.filter((u) => u.speaker === 'client').map((u) => u.talk);
      // within one document: the second "Mm-hmm." and the turn after it follow neutral talk
      const doc = ["Client: I'm going to quit drinking.", 'Counselor: Mm-hmm.', goOn, 'Counselor: Tell me about your week.', 'Client: The weather was nice on Sunday.', 'Counselor: Mm-hmm.', goOn].join('\n\n');
      assert.deepStrictEqual(talks(doc), ['change', 'change', 'neutral', 'neutral']);
      // across lints: only the first turn changed, yet the rest must be read again
      const linter = createLinter();
      talks(doc, linter);
      assert.deepStrictEqual(talks(doc.replace("I'm going to quit drinking.", 'The weather was nice on Sunday.'), linter), ['neutral', 'neutral', 'neutral', 'neutral']);
    } finally {
      setCoderModelEnabled(true);
    }
  });

  it('re-lints only the paragraph an edit touched, also when lines are added above it', () => {
    const linter = createLinter();
    const base = PARAGRAPHS.join('\n\n');
    linter.lint(base);
    linter.lint(base.replace('cut back', 'cut down'));
    assert.strictEqual(linter.lastMisses, 1);
    const shifted = 'New first line.\n\n' + base.replace('cut back', 'cut down');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(linter.lint(shifted))), JSON.parse(JSON.stringify(lint(shifted))));
    assert.strictEqual(linter.lastMisses, 1);
  });
});
