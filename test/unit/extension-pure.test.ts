// The extension's pure parts (no `vscode`): settings validation, the size cap, the disable directive, fix-all,
// completion contexts, config-file key locations, fix guards.

import * as assert from 'assert';
import { createLinter, lint } from '../../src/core/lint';
import { clipToLimit } from '../../src/extension/clip';
import { completionSituation } from '../../src/extension/completion-context';
import { escapeSnippet, suggestionsFor } from '../../src/extension/completion-items';
import { jsonErrorOffset, keySegments, locateKey } from '../../src/extension/config-locations';
import { disableNextLineDirective } from '../../src/extension/disable-directive';
import { fixAllText, minimalReplacement } from '../../src/extension/fix-all';
import { guardRange, rangesTouch } from '../../src/extension/guard';
import { DEFAULT_EDITOR_SETTINGS, readSettings } from '../../src/extension/settings';

const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('extension: settings', () => {
  it('uses the defaults when nothing is set', () => {
    const s = readSettings(() => undefined);
    assert.deepStrictEqual(s, { editor: DEFAULT_EDITOR_SETTINGS, lint: {}, problems: [] });
  });

  it('ignores the contributed empty defaults and reads what the user set', () => {
    const values: Record<string, unknown> = {
      rules: { 'directive/you-should': 'off' }, families: {}, speakerLabels: {}, autonomyPhrases: [],
      debounceMs: 300, maxDocumentSize: 5000, enable: false, 'completions.enable': false, hideWhileTyping: false,
    };
    const s = readSettings((k) => values[k]);
    assert.deepStrictEqual(s.problems, []);
    assert.deepStrictEqual(s.lint, { rules: { 'directive/you-should': 'off' } });
    assert.deepStrictEqual(s.editor, { enable: false, debounceMs: 300, hideWhileTyping: false, maxDocumentSize: 5000, completionsEnable: false });
  });

  it('reports bad values by their full key and keeps the defaults for them', () => {
    const values: Record<string, unknown> = {
      rules: { 'directive/you-shuold': 'off', 'stigma/addict': 'loud', 'stigma/doubt': 'hint' },
      debounceMs: -5, maxDocumentSize: 'big', enable: 'yes', autonomyPhrases: [''],
    };
    const s = readSettings((k) => values[k]);
    assert.deepStrictEqual(s.problems.map((p) => p.key).sort(), [
      'miLint.autonomyPhrases', 'miLint.debounceMs', 'miLint.enable', 'miLint.maxDocumentSize', 'miLint.rules.directive/you-shuold', 'miLint.rules.stigma/addict',
    ]);
    assert.match(s.problems.find((p) => p.key === 'miLint.rules.directive/you-shuold')!.message, /did you mean "directive\/you-should"/);
    assert.deepStrictEqual(s.lint, { rules: { 'stigma/doubt': 'hint' } });
    assert.strictEqual(s.editor.debounceMs, DEFAULT_EDITOR_SETTINGS.debounceMs);
    assert.strictEqual(s.editor.enable, true);
  });
});

describe('extension: size cap', () => {
  it('leaves short text alone and cuts long text at a paragraph break before the cap', () => {
    assert.deepStrictEqual(clipToLimit('abc', 10), { text: 'abc', clipped: false });
    const text = 'a'.repeat(80) + '\n\n' + 'b'.repeat(80);
    assert.deepStrictEqual(clipToLimit(text, 100), { text: 'a'.repeat(80), clipped: true });
  });

  it('cuts one huge paragraph at the cap without splitting a surrogate pair', () => {
    const text = 'x'.repeat(9) + '\uD83D\uDE42' + 'y'.repeat(20);
    assert.strictEqual(clipToLimit(text, 10).text, 'x'.repeat(9));
    assert.strictEqual(clipToLimit(text, 11).text, 'x'.repeat(9) + '\uD83D\uDE42');
  });

  it('ranges of a clipped lint are valid in the full text', () => {
    const text = 'You should stop drinking.\n\n' + 'Fine words here.\n\n'.repeat(50) + 'You must call her.';
    const f = lint(clipToLimit(text, 200).text).findings;
    assert.deepStrictEqual(f.map((x) => x.ruleId), ['directive/you-should']);
  });
});

describe('extension: disable directive', () => {
  it('uses an HTML comment in Markdown and MI notes, // in plain text, with the line\'s indentation', () => {
    assert.strictEqual(disableNextLineDirective('  You should go.', 'markdown', 'directive/you-should'), '  <!-- mi-lint-disable-next-line directive/you-should -->');
    assert.strictEqual(disableNextLineDirective('> > You should go.', 'mi-note', 'directive/you-should'), '> > <!-- mi-lint-disable-next-line directive/you-should -->');
    assert.strictEqual(disableNextLineDirective('\tWhy didn\'t you?', 'plaintext', 'confront/why-didnt-you'), '\t// mi-lint-disable-next-line confront/why-didnt-you');
  });

  it('the inserted line switches the rule off for that line only', () => {
    const line = '  You should stop drinking.';
    const text = `- Plan\n${disableNextLineDirective(line, 'markdown', 'directive/you-should')}\n${line}\n\nYou should call her.`;
    assert.deepStrictEqual(lint(text).findings.map((f) => [f.ruleId, f.range.start.line]), [['directive/you-should', 4]]);
    const plain = `${disableNextLineDirective('Why didn\'t you call?', 'plaintext', 'confront/why-didnt-you')}\nWhy didn't you call?`;
    assert.deepStrictEqual(lint(plain).findings, []);
  });
});

describe('extension: fix all', () => {
  it('applies the preferred fix of every finding until the text is clean', () => {
    const linter = createLinter();
    const text = 'You should stop drinking.\n\nClient is an addict and claims she is sober.\n\nUDS was dirty for opiates.\n';
    const out = fixAllText(text, (t) => linter.lint(t));
    assert.ok(out.applied >= 4, String(out.applied));
    assert.deepStrictEqual(lint(out.text).findings.filter((f) => f.fixes.length > 0), [], out.text);
    assert.ok(out.text.includes('a person with a substance use disorder'), out.text);
    assert.ok(out.text.endsWith('\n'));
  });

  it('changes nothing when nothing is fixable', () => {
    const text = 'What would you like to do about it?\n';
    assert.deepStrictEqual(fixAllText(text, (t) => lint(t)), { text, applied: 0 });
  });

  it('stops on a fix that undoes another (no endless loop)', () => {
    let n = 0;
    const flip = (t: string) => ({
      findings: [{ ruleId: 'x', family: 'directive' as const, miCode: null, severity: 'warning' as const, message: '', range: r(0, 0, 0, 1),
        fixes: [{ title: 'flip', edits: [{ range: r(0, 0, 0, 1), newText: t[0] === 'a' ? 'b' : 'a' }] }] }],
      utterances: [], metrics: lint('').metrics, calls: n++,
    });
    const out = fixAllText('a', flip, 10);
    assert.strictEqual(out.text, 'b');
    assert.ok(n <= 3);
  });

  it('minimalReplacement finds the one changed span and keeps surrogate pairs whole', () => {
    assert.strictEqual(minimalReplacement('same', 'same'), null);
    assert.deepStrictEqual(minimalReplacement('You should go.', 'You could go.'), { start: 4, end: 6, newText: 'c' });
    const e = minimalReplacement('a\uD83D\uDE42b', 'a\uD83D\uDE43b')!;
    assert.deepStrictEqual(e, { start: 1, end: 3, newText: '\uD83D\uDE43' });
  });
});

describe('extension: completion contexts', () => {
  const labels = ['Counselor', 'T', 'Me'];
  it('recognizes the start of a counselor turn, with or without a word begun', () => {
    assert.deepStrictEqual(completionSituation('Counselor: ', labels), { kind: 'turn-start', typed: '' });
    assert.deepStrictEqual(completionSituation('**T:** Wh', labels), { kind: 'turn-start', typed: 'Wh' });
    assert.deepStrictEqual(completionSituation('[00:12] Counselor: ', labels), { kind: 'turn-start', typed: '' });
    assert.strictEqual(completionSituation('Client: ', labels), null);
    assert.strictEqual(completionSituation('Counselor:', labels), null);
  });

  it('recognizes reflection stems and finished reflections', () => {
    assert.deepStrictEqual(completionSituation('T: It sounds like ', labels), { kind: 'reflection-stem', stem: 'it sounds like', typed: '' });
    assert.deepStrictEqual(completionSituation('So you fe', labels), { kind: 'reflection-stem', stem: 'so you', typed: 'fe' });
    assert.deepStrictEqual(completionSituation('You\u2019re feeling ', labels), { kind: 'reflection-stem', stem: "you're feeling", typed: '' });
    assert.deepStrictEqual(completionSituation('T: It sounds like you are torn. ', labels), { kind: 'after-reflection', typed: '' });
    assert.strictEqual(completionSituation('The client sounds like', labels), null);
    assert.strictEqual(completionSituation('You should stop. ', labels), null);
  });

  it('offers continuations for every stem it recognizes, and the next moves after a reflection', () => {
    for (const stem of ['It sounds like ', 'Sounds like ', 'It seems like ', 'It seems ', 'So you ', 'So for you ', "You're feeling ", 'You are feeling ', "You're wondering ", 'You are wondering ']) {
      const s = completionSituation(stem, labels);
      assert.ok(s && s.kind === 'reflection-stem', stem);
      assert.ok(suggestionsFor(s, []).length >= 2, stem);
    }
    const next = suggestionsFor({ kind: 'after-reflection', typed: '' }, ['It is up to you.']);
    assert.ok(next.some((x) => x.kind === 'open-question') && next.some((x) => x.kind === 'permission'));
    assert.ok(next.some((x) => x.label === 'It is up to you.'));
  });

  it('escapes snippet syntax in configured phrases', () => {
    assert.strictEqual(escapeSnippet('Costs $5 {or} \\ less'), 'Costs \\$5 {or\\} \\\\ less');
  });
});

describe('extension: config locations and guards', () => {
  it('finds a problem key in a config file', () => {
    const text = '{\n  "rules": {\n    "directive/you-shuold": "off"\n  }\n}';
    const at = locateKey(text, keySegments('rules.directive/you-shuold'))!;
    assert.strictEqual(text.slice(at.start, at.end), '"directive/you-shuold"');
    assert.deepStrictEqual(keySegments('(root)'), []);
    assert.strictEqual(jsonErrorOffset('Unexpected token } in JSON at position 12', 100), 12);
    assert.strictEqual(jsonErrorOffset('Unexpected end of JSON input', 100), null);
  });

  it('guards the span from the finding to the last edit', () => {
    assert.deepStrictEqual(guardRange(r(2, 0, 2, 15), [{ range: r(2, 25, 2, 25), newText: ' x' }]), r(2, 0, 2, 25));
    assert.deepStrictEqual(guardRange(r(2, 10, 2, 19), [{ range: r(2, 7, 2, 9), newText: 'a' }, { range: r(2, 10, 2, 19), newText: 'b' }]), r(2, 7, 2, 19));
    assert.ok(rangesTouch(r(1, 0, 1, 5), r(1, 5, 1, 5)));
    assert.ok(!rangesTouch(r(1, 0, 1, 5), r(1, 6, 1, 6)));
  });
});
