// Fixes never corrupt a note: a fix offered for an older version of the text does nothing when the text under
// it changed, and undo restores the exact original (CRLF, emoji and curly quotes included).

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeActions, rewrites, openNote, ruleOf, runAction, waitForDiagnostics, waitForRule } from './helpers';

describe('fix safety', () => {
  afterEach(closeAllEditors);

  it('does nothing when the text under the finding changed after the fix was offered', async () => {
    const editor = await openNote('notes/stale-fix.md', 'Notes.\n\nYou should stop drinking.\n');
    const doc = editor.document;
    const d = await waitForRule(doc.uri, 'directive/you-should');
    const stale = rewrites(await codeActions(doc.uri, d.range));
    assert.ok(stale.length >= 2);

    // The counselor edits the sentence before choosing the fix.
    await editor.edit((b) => b.replace(new vscode.Range(2, 4, 2, 10), 'could'));
    const edited = doc.getText();
    assert.strictEqual(edited, 'Notes.\n\nYou could stop drinking.\n');
    for (const action of stale) {
      assert.strictEqual(await runAction(action), false, `${action.title} must refuse`);
      assert.strictEqual(doc.getText(), edited, `${action.title} changed the text`);
    }

    // Lines inserted above move the sentence: the old ranges now point elsewhere, so again nothing happens.
    await editor.edit((b) => b.replace(new vscode.Range(2, 4, 2, 9), 'should'));
    const d2 = await waitForRule(doc.uri, 'directive/you-should');
    const offered = (await codeActions(doc.uri, d2.range)).find((a) => a.isPreferred)!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Session 4\n\n'));
    const moved = doc.getText();
    assert.strictEqual(await runAction(offered), false);
    assert.strictEqual(doc.getText(), moved);
    // …and a fresh lint offers the fix at the new place.
    await waitForDiagnostics(doc.uri, 'the finding at its new line', (ds) => ds.some((x) => ruleOf(x) === 'directive/you-should' && x.range.start.line === 4));
  });

  it('undo restores the exact original text after a fix', async () => {
    const original = '\u201CHi\u201D \uD83D\uDE42 \u2014 note:\r\n\r\nYou should really stop drinking \uD83C\uDF7A.\r\n\r\nThe client\u2019s an addict.\r\n';
    const editor = await openNote('notes/undo.md', original);
    const doc = editor.document;
    assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
    const ds = await waitForDiagnostics(doc.uri, 'the directive and the stigma term', (x) => x.length >= 2);
    for (const d of ds) {
      const preferred = (await codeActions(doc.uri, d.range)).find((a) => a.isPreferred);
      assert.ok(preferred, `a preferred fix for ${ruleOf(d)}`);
      const before = doc.getText();
      assert.strictEqual(await runAction(preferred), true);
      assert.notStrictEqual(doc.getText(), before);
      await vscode.commands.executeCommand('undo');
      await waitForDiagnostics(doc.uri, 'the original findings back', (x) => x.length === ds.length);
      assert.strictEqual(doc.getText(), original, `undo after ${preferred.title}`);
    }
  });
});
