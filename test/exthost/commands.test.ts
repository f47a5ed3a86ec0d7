// Palette commands: lint the workspace's notes into the Problems panel, insert an autonomy phrase.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeActions, miDiagnostics, openNote, resetSettings, ruleOf, setSetting, waitForDiagnostics, waitForRule, workspaceRoot } from './helpers';

describe('commands', () => {
  afterEach(closeAllEditors);

  it('lints the notes of the workspace, opened or not', async () => {
    const soap = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'soap-note.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === soap.toString()), 'the SOAP note is not open');
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('miLint.lintWorkspace');
    assert.ok(summary.files >= 4 && summary.findings >= 2 && !summary.cancelled, JSON.stringify(summary));
    const ids = miDiagnostics(soap).map(ruleOf);
    assert.ok(ids.includes('stigma/clean-dirty') && ids.includes('stigma/noncompliant'), ids.join(', '));
    // A settings change would make them stale: they are cleared (run the command again for fresh ones).
    await setSetting('families', { stigma: 'info' });
    try {
      await waitForDiagnostics(soap, 'stale workspace findings cleared', (ds) => ds.length === 0);
    } finally {
      await resetSettings();
    }
  });

  it('inserts an autonomy-supporting phrase, which answers the autonomy suggestion', async () => {
    const editor = await openNote('notes/autonomy.md', 'You might want to try a meditation app.');
    const doc = editor.document;
    await waitForRule(doc.uri, 'autonomy/advice-without-permission');
    const end = doc.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    assert.strictEqual(await vscode.commands.executeCommand('miLint.insertAutonomyPhrase', 'Whatever you decide is up to you.'), true);
    assert.strictEqual(doc.getText(), 'You might want to try a meditation app. Whatever you decide is up to you.');
    await waitForDiagnostics(doc.uri, 'the suggestion answered', (ds) => ds.length === 0);
  });
});

describe('reflect selection', () => {
  afterEach(closeAllEditors);

  it('adds a reflection of a client turn as the next counselor turn', async () => {
    const editor = await openNote('notes/reflect.session.md', 'Counselor: How are things?\n\nClient: I can\'t keep doing this, my kids need me.\n');
    editor.selection = new vscode.Selection(2, 12, 2, 12); // cursor inside the client turn
    assert.strictEqual(await vscode.commands.executeCommand('miLint.reflectSelection', 0), true);
    const lines = editor.document.getText().split('\n');
    assert.strictEqual(lines[2], 'Client: I can\'t keep doing this, my kids need me.', 'the client\'s words are kept');
    assert.strictEqual(lines[3], '');
    assert.match(lines[4], /^Counselor: .*you can't keep doing this.*your kids need you/i);
  });

  it('replaces selected words in a draft with their reflection', async () => {
    const editor = await openNote('notes/reflect.md', 'I am so tired of fighting with my mom.');
    const doc = editor.document;
    editor.selection = new vscode.Selection(0, 0, 0, doc.lineAt(0).text.length);
    assert.strictEqual(await vscode.commands.executeCommand('miLint.reflectSelection', 0), true);
    assert.match(doc.getText(), /you're so tired of fighting with your mom|you are so tired of fighting with your mom/i);
    assert.doesNotMatch(doc.getText(), /\bI am\b|\bmy mom\b/);
  });
});

describe('reflect this (code action)', () => {
  afterEach(closeAllEditors);

  it('is offered on selected words and in a client turn, and runs the reflect command', async () => {
    const editor = await openNote('notes/reflect-action.session.md', 'Client: I want to be there for my kids.\n');
    const doc = editor.document;
    const inTurn = await codeActions(doc.uri, new vscode.Range(0, 10, 0, 10), 'refactor.rewrite');
    assert.deepStrictEqual(inTurn.map((a) => a.title), ['Reflect this (MI Lint)']);
    const words = new vscode.Range(0, 8, 0, doc.lineAt(0).text.length);
    const onSelection = (await codeActions(doc.uri, words, 'refactor.rewrite')).find((a) => a.title === 'Reflect this (MI Lint)');
    assert.ok(onSelection?.command);
    editor.selection = new vscode.Selection(0, 10, 0, 10);
    await vscode.commands.executeCommand(onSelection.command.command, 0);
    assert.match(doc.getText(), /^Client: I want to be there for my kids\.\n\nCounselor: .*you want to be there for your kids/);
  });
});
