// Code actions: each finding's fixes as quick fixes with the first preferred, fix-all (source.fixAll.miLint),
// "Disable rule on this line" in Markdown and plain text, "Disable rule in workspace".

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeActions, rewrites, miDiagnostics, openNote, resetSettings, ruleOf, runAction, waitFor, waitForDiagnostics, waitForRule } from './helpers';

interface DeclaredEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** The text after applying the edits an action declares (its command's arguments). */
function declaredResult(doc: vscode.TextDocument, action: vscode.CodeAction): string {
  const edits = (action.command?.arguments?.[0] as { edits: DeclaredEdit[] }).edits;
  assert.ok(edits?.length, `${action.title} declares its edits`);
  const abs = edits
    .map((e) => ({ start: doc.offsetAt(new vscode.Position(e.range.start.line, e.range.start.character)), end: doc.offsetAt(new vscode.Position(e.range.end.line, e.range.end.character)), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = doc.getText();
  for (const e of abs) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('code actions', () => {
  afterEach(async () => {
    await closeAllEditors();
    await resetSettings();
  });

  it('offers the fixes of a finding as quick fixes, the first one preferred, and applies it as declared', async () => {
    const editor = await openNote('notes/fix-preferred.md', '# Plan\n\nYou should stop drinking.\n\nClient is an addict.\n');
    const doc = editor.document;
    const d = await waitForRule(doc.uri, 'directive/you-should');
    const fixes = rewrites(await codeActions(doc.uri, d.range));
    assert.ok(fixes.length >= 2, `several rewrites offered: ${fixes.map((a) => a.title).join(' | ')}`);
    const preferred = fixes.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, 'exactly one preferred fix');
    assert.strictEqual(preferred[0], fixes[0], 'the first fix is the preferred one');

    const expected = declaredResult(doc, preferred[0]);
    const quoted = /"([^"]+)"/.exec(preferred[0].title)?.[1];
    if (quoted) assert.ok(expected.includes(quoted), `the title's rewrite "${quoted}" is what the edit inserts`);
    assert.strictEqual(await runAction(preferred[0]), true);
    assert.strictEqual(doc.getText(), expected);
    assert.ok(doc.getText().endsWith('\n\nClient is an addict.\n'), 'nothing outside the finding changed');
    await waitForDiagnostics(doc.uri, 'the directive to be gone after the fix', (ds) => !ds.some((x) => ruleOf(x) === 'directive/you-should') && ds.some((x) => ruleOf(x) === 'stigma/addict'));
  });

  it('replaces a stigmatizing term with person-first language', async () => {
    const editor = await openNote('notes/fix-stigma.md', 'Client is an addict.\n');
    const d = await waitForRule(editor.document.uri, 'stigma/addict');
    const preferred = (await codeActions(editor.document.uri, d.range)).find((a) => a.isPreferred);
    assert.ok(preferred);
    await runAction(preferred);
    assert.strictEqual(editor.document.getText(), 'Client is a person with a substance use disorder.\n');
  });

  it('fixes every fixable finding of a file in one step (source.fixAll.miLint), undone in one step', async () => {
    const original = 'You should stop drinking.\n\nClient is an addict.\n\nUDS was dirty for opiates.\n';
    const editor = await openNote('notes/fix-all.md', original);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, 'three findings', (ds) => ds.length === 3);
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const source = await codeActions(doc.uri, full, 'source.fixAll.miLint');
    assert.deepStrictEqual(source.map((a) => [a.title, a.kind?.value]), [['Fix all MI Lint issues in this file', 'source.fixAll.miLint']]);
    // The Ctrl+. menu on a finding offers it too.
    const quick = await codeActions(doc.uri, miDiagnostics(doc.uri)[0].range);
    assert.ok(quick.some((a) => a.title === 'Fix all MI Lint issues in this file'));

    assert.strictEqual(await runAction(source[0]), true);
    await waitForDiagnostics(doc.uri, 'no findings after fix-all', (ds) => ds.length === 0);
    const fixed = doc.getText();
    assert.ok(!/You should|addict|dirty/.test(fixed), fixed);
    assert.ok(fixed.includes('a person with a substance use disorder') && fixed.includes('positive for opiates'), fixed);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to restore the original', () => doc.getText() === original);
  });

  it('disables a rule on one line in Markdown, keeping the indentation', async () => {
    const editor = await openNote('notes/disable-line.md', '- Plan for the week\n  You should stop drinking.\n\nYou should call her.\n');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, 'two directives', (d) => d.filter((x) => ruleOf(x) === 'directive/you-should').length === 2);
    const first = ds.find((x) => x.range.start.line === 1)!;
    const disable = (await codeActions(doc.uri, first.range)).find((a) => a.title === 'Disable directive/you-should on this line');
    assert.ok(disable, 'the disable action is offered');
    await runAction(disable);
    assert.strictEqual(doc.lineAt(1).text, '  <!-- mi-lint-disable-next-line directive/you-should -->');
    assert.strictEqual(doc.lineAt(2).text, '  You should stop drinking.');
    await waitForDiagnostics(doc.uri, 'only the other line flagged', (d) => d.length === 1 && d[0].range.start.line === 4);
  });

  it('disables a rule on one line in plain text with a // directive', async () => {
    const editor = await openNote('notes/disable-line.txt', 'Hi,\n\n    Why didn\'t you call me?\n');
    const doc = editor.document;
    const d = await waitForRule(doc.uri, 'confront/why-didnt-you');
    const disable = (await codeActions(doc.uri, d.range)).find((a) => a.title === 'Disable confront/why-didnt-you on this line');
    assert.ok(disable);
    await runAction(disable);
    assert.strictEqual(doc.lineAt(2).text, '    // mi-lint-disable-next-line confront/why-didnt-you');
    await waitForDiagnostics(doc.uri, 'the finding to be switched off', (ds) => ds.length === 0);
  });

  it('disables a rule in the workspace settings', async () => {
    const editor = await openNote('notes/disable-workspace.md', 'You should stop drinking. Client is an addict.\n');
    const doc = editor.document;
    const d = await waitForRule(doc.uri, 'directive/you-should');
    const disable = (await codeActions(doc.uri, d.range)).find((a) => a.title === 'Disable directive/you-should in this workspace');
    assert.ok(disable);
    await runAction(disable);
    const rules = vscode.workspace.getConfiguration('miLint').inspect<Record<string, string>>('rules')?.workspaceValue;
    assert.deepStrictEqual(rules, { 'directive/you-should': 'off' });
    await waitForDiagnostics(doc.uri, 'only the stigma finding left', (ds) => ds.length === 1 && ruleOf(ds[0]) === 'stigma/addict');
  });
});
