// Big and odd input. Hostile shapes that used to take quadratic (or worse) time stay fast; offsets stay exact
// through characters whose lower case is longer; binary and non-UTF-8 files are skipped with a message.
// The 10 MB note and the 1 MB line through the built CLI, with time and memory measured, are in `npm run fuzz`.

import * as assert from 'assert';
import fc from 'fast-check';
import { lint } from '../../src/core/lint';
import { MAX_SENTENCE, quotes, sentences } from '../../src/core/segment';
import { covered } from './helpers';
import { bigLine, hostileShapes } from '../fuzz/bigdoc';
import { decode } from '../../src/cli/inputs';
import { runCli, scratchDir } from '../fuzz/cli-run';

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

describe('big and odd input', function () {
  this.timeout(60_000);

  before(() => lint('Stop drinking now. You should stop.')); // compiles the rules, so no case pays for it

  // Each of these took from 15 s to minutes before (a scan restarted at every character of a run, or a
  // whole-turn scan per finding); linear now, they take tens to hundreds of milliseconds. The bound leaves
  // room for a busy machine.
  // The shapes that were super-linear (npm run fuzz has all shapes at 1 MB); the run-on line at 150 KB, as
  // 50 KB was too small to tell (it took 3 s before).
  const { 'speaker labels without text': _l, 'list items': _i, 'lone CRs': _c, ...hostile } = hostileShapes(50_000);
  hostile['a run-on line full of findings'] = bigLine(150_000);
  for (const [name, text] of Object.entries(hostile)) {
    it(`${name} (${Math.round(text.length / 1000)} KB) lints in well under 5 s`, () => {
      const [, ms] = timed(() => lint(text));
      assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    });
  }

  it('a run-on sentence is cut at spaces into pieces of at most MAX_SENTENCE, losing no word', () => {
    const text = 'you should stop \u{1F600} '.repeat(400) + 'x'.repeat(3 * MAX_SENTENCE);
    const s = sentences(text, 0, text.length, []);
    assert.ok(s.length > 10);
    for (const x of s) {
      assert.ok(x.end - x.start <= MAX_SENTENCE, String(x.end - x.start));
      assert.strictEqual(x.norm, text.slice(x.start, x.end).toLowerCase());
      assert.ok(!/[\uDC00-\uDFFF]/.test(text[x.start]) && !/[\uD800-\uDBFF]/.test(text[x.end - 1]), 'a surrogate pair split');
    }
    const letters = (t: string) => t.replace(/ /g, '');
    assert.ok(letters(s.map((x) => x.norm).join('')) === letters(text.toLowerCase()), 'the pieces do not add up to the text');
  });

  it('a 2 MB word is cut into pieces in linear time', () => {
    const word = 'b'.repeat(2_000_000);
    const [s, ms] = timed(() => sentences(word, 0, word.length, []));
    assert.strictEqual(s.length, 2000);
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms`); // when each cut looked back to the start of the text: 2.6 s
  });

  it('quotes(): skipping searches that already failed finds exactly the quotes a full search finds', () => {
    const OPEN_CLOSE: Record<string, string> = { '\u201C': '\u201D', '\u2018': '\u2019', '"': '"', "'": "'", '\u00AB': '\u00BB' };
    // the search without the shortcut, as it was
    const reference = (text: string): Array<{ start: number; end: number }> => {
      const out = [];
      let i = 0;
      while (i < text.length) {
        const close = OPEN_CLOSE[text[i]];
        const before = i > 0 ? text[i - 1] : ' ';
        const after = text[i + 1];
        const letter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
        let opens = !!close && after !== undefined && !/\s/.test(after);
        if (opens && (text[i] === "'" || text[i] === '\u2018')) opens = !letter(before) && letter(after);
        else if (opens && text[i] === '"') opens = !letter(before);
        if (opens) {
          let end = -1;
          for (let j = i + 1; j < text.length && end < 0; j++) {
            if (text[j] !== close || text[j - 1] === undefined || /\s/.test(text[j - 1])) continue;
            if ((close === "'" || close === '\u2019') && letter(text[j + 1])) continue;
            end = j;
          }
          if (end > i + 1) {
            out.push({ start: i + 1, end });
            i = end + 1;
            continue;
          }
        }
        i++;
      }
      return out;
    };
    const piece = fc.constantFrom('"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', 'a', ' ', 'x y', "don't", '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepStrictEqual(quotes(text, 0, text.length), reference(text));
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('"\u0130" (whose lower case is two characters) does not shift the ranges after it', () => {
    const plain = 'You should stop drinking. Client is an addict.';
    const text = `\u0130stanbul \u0130\u0130 ${plain}`;
    const expected = lint(plain).findings.map((f) => covered(plain, f));
    assert.ok(expected.length >= 2);
    assert.deepStrictEqual(lint(text).findings.map((f) => covered(text, f)), expected);
  });
});

describe('files the CLI will not lint', () => {
  const dir = scratchDir({
    'nul.md': Buffer.from('You should stop.\u0000\u0001 more'),
    'png.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('You should stop.', 'utf16le')]),
    'latin1.md': Buffer.from('Caf\u00e9: you should stop.', 'latin1'),
    'truncated.md': Buffer.concat([Buffer.from('You should stop. '), Buffer.from('\u00e9', 'utf8').subarray(0, 1)]),
    'overlong.md': Buffer.from([0x59, 0x6f, 0x75, 0xc0, 0xaf]),
    'surrogate.md': Buffer.from([0x59, 0x6f, 0x75, 0xed, 0xa0, 0x80]),
    'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Client is an addict.\n')]),
    'ok.md': 'Client is an addict.\n',
  });

  it('binary and non-UTF-8 files are skipped with one message each; exit 2; the others are linted', async () => {
    const bad = ['nul.md', 'png.md', 'utf16.md', 'latin1.md', 'truncated.md', 'overlong.md', 'surrogate.md'];
    const r = await runCli(['-f', 'json', ...bad, 'bom.md', 'ok.md'], dir);
    assert.strictEqual(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.strictEqual(lines.length, bad.length, r.err);
    bad.forEach((name, i) => assert.match(lines[i], new RegExp(`${name.replace('.', '\\.')}: (?:binary content|not valid UTF-8 text), skipped$`)));
    const linted = JSON.parse(r.out);
    assert.deepStrictEqual(linted.map((x: { filePath: string }) => x.filePath.slice(dir.length + 1)), ['bom.md', 'ok.md']);
    // the byte-order mark is not text: ranges count from the first real character
    assert.deepStrictEqual(linted[0].findings[0].range, linted[1].findings[0].range);
  });

  it('decode(): any bytes give text or a reason, never a throw; UTF-8 text comes back exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = decode('x', Buffer.from(bytes));
        assert.ok((r.text === undefined) !== (r.error === undefined));
      }),
      { seed: 3, numRuns: 500 },
    );
    const scalar = fc.integer({ min: 1, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff);
    fc.assert(
      fc.property(fc.array(scalar, { maxLength: 40 }), (cps) => {
        const text = String.fromCodePoint(...cps);
        assert.strictEqual(decode('x', Buffer.from(text, 'utf8')).text, text.replace(/^\uFEFF/, ''));
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it('decode(): a text of a megabyte or more (kept outside the JS heap) comes back exactly, whatever its characters', () => {
    // code points of 1 to 4 bytes, so multi-byte characters straddle every 64 KB chunk boundary
    const unit = 'You should stop. caf\u00e9 \u2019\u201Cquoted\u201D \u{1F600} \u4E2D ';
    const mixed = '\uFEFF' + unit.repeat(Math.ceil((1.2 * 2 ** 20) / Buffer.byteLength(unit)));
    const ascii = 'Client reports cravings.\n'.repeat(50_000);
    for (const text of [mixed, ascii, '\uFEFF' + ascii]) {
      const buf = Buffer.from(text, 'utf8');
      assert.ok(buf.length >= 2 ** 20);
      assert.strictEqual(decode('x', buf).text, text.replace(/^\uFEFF/, ''));
    }
    const broken = Buffer.concat([Buffer.from(ascii), Buffer.from([0xc3])]);
    assert.strictEqual(decode('x', broken).error, 'not valid UTF-8 text, skipped');
  });

  it('the same on standard input', async () => {
    const r = await runCli(['-'], dir, Buffer.from([0x41, 0x00, 0x42]));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /<stdin>: binary content, skipped/);
  });
});
