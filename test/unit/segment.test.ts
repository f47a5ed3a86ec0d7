import * as assert from 'assert';
import { mask } from '../../src/core/mask';
import { LineIndex } from '../../src/core/positions';
import { paragraphs, quotes, sentences, turns } from '../../src/core/segment';
import { SpeakerLabelMatcher } from '../../src/core/speakers';
import { lint } from '../../src/core/lint';
import { covered } from './helpers';

describe('positions', () => {
  it('maps offsets to lines through LF, CRLF and lone CR', () => {
    const t = 'ab\r\ncd\ref\ngh';
    const idx = new LineIndex(t);
    assert.deepStrictEqual(idx.position(0), { line: 0, character: 0 });
    assert.deepStrictEqual(idx.position(4), { line: 1, character: 0 });
    assert.deepStrictEqual(idx.position(7), { line: 2, character: 0 });
    assert.deepStrictEqual(idx.position(10), { line: 3, character: 0 });
    for (let o = 0; o <= t.length; o++) {
      const p = idx.position(o);
      if (t[o - 1] === '\r' && t[o] === '\n') continue; // between \r and \n is not a position of its own
      assert.strictEqual(idx.offset(p), o, `offset ${o}`);
    }
  });

  it('counts UTF-16 code units: emoji and curly quotes keep exact ranges', () => {
    const t = '😀 “Hi” 👩‍👩‍👧 — You should stop drinking.';
    const f = lint(t).findings.find((x) => x.ruleId === 'directive/you-should')!;
    assert.strictEqual(covered(t, f), 'You should stop');
    assert.strictEqual(f.range.start.character, t.indexOf('You should'));
  });

  it('keeps ranges exact through CRLF soft-wrapped sentences', () => {
    const t = 'Hello there.\r\nI think you\r\nshould stop drinking.\r\n';
    const f = lint(t).findings.find((x) => x.ruleId === 'directive/you-should')!;
    assert.strictEqual(covered(t, f), 'you\r\nshould stop');
    assert.deepStrictEqual(f.range.start, { line: 1, character: 8 });
    assert.deepStrictEqual(f.range.end, { line: 2, character: 11 });
  });
});

describe('mask', () => {
  it('blanks code, front matter, comments and URLs without moving offsets', () => {
    const t = '---\ntitle: x\n---\nText `you should stop` and <!-- you must go --> https://x.org/you-should\n```\nyou should stop\n```\nend';
    const m = mask(t);
    assert.strictEqual(m.text.length, t.length);
    assert.ok(!/you should|you must/.test(m.text));
    assert.ok(m.text.includes('Text') && m.text.endsWith('end'));
    assert.strictEqual(m.text.split('\n').length, t.split('\n').length);
  });

  it('treats an unclosed fence as code to the end', () => {
    assert.ok(!mask('a\n```\nyou should stop').text.includes('should'));
  });

  it('reads directives in HTML comments and after // or #', () => {
    const d = mask('<!-- mi-lint-disable directive -->\n// mi-lint-disable-next-line stigma/addict\n# mi-lint-enable').directives;
    assert.deepStrictEqual(d.map((x) => [x.kind, x.rules]), [['disable', ['directive']], ['disable-next-line', ['stigma/addict']], ['enable', null]]);
  });
});

describe('document model', () => {
  const labels = new SpeakerLabelMatcher();
  it('splits paragraphs at blank lines', () => {
    const t = 'a\nb\n\n  \nc';
    assert.deepStrictEqual(paragraphs(t).map((p) => t.slice(p.start, p.end)), ['a\nb', 'c']);
  });

  it('finds speaker turns with the default labels, markdown emphasis and timestamps', () => {
    const t = '**Counselor:** Hi.\nClient: Hello.\n[00:01] T: So.\nC: Yes.\nPlain line continues C.';
    const ts = turns(t, { start: 0, end: t.length }, labels);
    assert.deepStrictEqual(ts.map((x) => x.speaker), ['counselor', 'client', 'counselor', 'client']);
    assert.strictEqual(t.slice(ts[3].bodyStart, ts[3].end), 'Yes.\nPlain line continues C.');
  });

  it('does not take times or ratios for labels', () => {
    assert.strictEqual(labels.match('T:10 minutes'), null);
    assert.strictEqual(labels.match('I:0'), null);
  });

  it('sets quoted speech apart, without mistaking apostrophes', () => {
    const t = `Client said, "I need to stop" and 'maybe I can'. Don't worry, it's the client's call.`;
    assert.deepStrictEqual(quotes(t, 0, t.length).map((q) => t.slice(q.start, q.end)), ['I need to stop', 'maybe I can']);
  });

  it('splits sentences, joining soft-wrapped lines and keeping abbreviations', () => {
    const t = 'Dr. Smith saw the pt. today. She is\nwell! Is she? Yes.\n- list item one\n- two';
    const s = sentences(t, 0, t.length, []).map((x) => t.slice(x.start, x.end));
    assert.deepStrictEqual(s, ['Dr. Smith saw the pt. today.', 'She is\nwell!', 'Is she?', 'Yes.', 'list item one', 'two']);
  });
});

describe('what is never flagged', () => {
  it('client turns and quoted client speech', () => {
    const t = 'Client: You should stop nagging me. I\'m an addict.\n\nClient stated, "I\'m an addict and I need to stop drinking."';
    assert.deepStrictEqual(lint(t).findings, []);
  });

  it('code, front matter and comments', () => {
    const t = '---\nnote: you should stop\n---\n`you should stop`\n<!-- you must stop -->\n';
    assert.deepStrictEqual(lint(t).findings, []);
  });

  it('an empty document', () => {
    const r = lint('');
    assert.deepStrictEqual(r.findings, []);
    assert.deepStrictEqual(r.utterances, []);
  });
});

describe('directives in the document', () => {
  it('disable-next-line, disable/enable blocks, families and rule ids', () => {
    const t = [
      '<!-- mi-lint-disable-next-line directive/you-should -->',
      'You should stop drinking.',
      'You should stop drinking.',
      '<!-- mi-lint-disable stigma -->',
      'Client is an addict. You must stop using.',
      '<!-- mi-lint-enable -->',
      'Client is an addict.',
      '# mi-lint-disable-line',
    ].join('\n');
    const lines = lint(t).findings.map((f) => `${f.range.start.line}:${f.ruleId}`);
    assert.deepStrictEqual(lines, ['2:directive/you-should', '4:directive/you-must', '6:stigma/addict']);
  });
});
