// Diagnostics: what is flagged and what is not, how a diagnostic looks (source, code and its docs link),
// which documents are linted (saved, untitled, MI notes, plain text), and that closing clears them.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, miDiagnostics, openNote, ruleOf, textUnder, waitFor, waitForDiagnostics, waitForRule } from './helpers';

describe('diagnostics', () => {
  afterEach(closeAllEditors);

  it('flags a directive and a stigmatizing term, not a reflection or a client quote', async () => {
    const editor = await openNote('notes/session-note.md');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, 'the directive and the stigmatizing term', (d) =>
      d.some((x) => ruleOf(x) === 'directive/you-should') && d.some((x) => ruleOf(x) === 'stigma/addict'));
    const line = (re: RegExp) => doc.getText().split('\n').findIndex((l) => re.test(l));
    const directive = ds.find((d) => ruleOf(d) === 'directive/you-should')!;
    assert.strictEqual(directive.range.start.line, line(/^You should stop drinking/));
    assert.strictEqual(textUnder(doc, directive), 'You should stop');
    assert.strictEqual(textUnder(doc, ds.find((d) => ruleOf(d) === 'stigma/addict')!), 'an addict');
    // The client's quoted "I should stop drinking" and the reflection "You feel like you should…" stay clean.
    for (const clean of [line(/^Client said/), line(/^You feel like you should/), line(/^What do you think/)]) {
      assert.deepStrictEqual(ds.filter((d) => d.range.start.line === clean).map(ruleOf), [], `line ${clean + 1} must not be flagged`);
    }
  });

  it('gives each diagnostic the source "MI Lint", a severity and a code linking to the rule docs', async () => {
    const editor = await openNote('notes/session-note.md');
    const d = await waitForRule(editor.document.uri, 'directive/you-should');
    assert.strictEqual(d.source, 'MI Lint');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(typeof d.code === 'object' && d.code !== null);
    const target = d.code.target;
    assert.ok(target.path.endsWith('/docs/rules.md'), target.toString());
    assert.strictEqual(target.fragment, 'directive-you-should');
    const docs = new TextDecoder().decode(await vscode.workspace.fs.readFile(target.with({ fragment: '' })));
    assert.ok(docs.includes(`<a id="${target.fragment}"></a>`), 'the anchor exists in the packaged docs/rules.md');
  });

  it('lints counselor turns of a transcript and leaves client turns alone', async () => {
    const editor = await openNote('notes/transcript.session.md');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, 'the counselor directive', (d) => d.some((x) => ruleOf(x) === 'directive/you-need-to'));
    for (const d of ds) assert.match(doc.lineAt(d.range.start.line).text, /^Counselor:/, `${ruleOf(d)} on a client line`);
    // autonomy suggestion: information level, with its fixes
    const autonomy = ds.find((d) => ruleOf(d) === 'autonomy/advice-without-permission');
    assert.ok(autonomy, 'the autonomy suggestion is shown');
    assert.strictEqual(autonomy.severity, vscode.DiagnosticSeverity.Information);
  });

  it('lints plain text and untitled documents', async () => {
    const txt = await openNote('notes/draft-reply.txt');
    assert.strictEqual(txt.document.languageId, 'plaintext');
    await waitForRule(txt.document.uri, 'directive/you-must');
    await waitForRule(txt.document.uri, 'confront/why-didnt-you');
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The patient is a junkie.\n' });
    await vscode.window.showTextDocument(untitled);
    assert.strictEqual(untitled.uri.scheme, 'untitled');
    const d = await waitFor('a stigma diagnostic on the untitled note', () => miDiagnostics(untitled.uri).find((x) => ruleOf(x).startsWith('stigma/')));
    assert.strictEqual(textUnder(untitled, d), 'a junkie');
  });

  it('re-lints on change', async () => {
    const editor = await openNote('notes/change.md', 'Thanks for coming in.\n');
    const uri = editor.document.uri;
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'You have to call your sponsor.\n'));
    await waitForRule(uri, 'directive/you-have-to');
    await editor.edit((b) => b.replace(editor.document.lineAt(1).range, 'What would help you call your sponsor?'));
    await waitForDiagnostics(uri, 'the directive to go once the sentence is a question', (d) => d.length === 0);
    await editor.edit((b) => b.replace(editor.document.lineAt(1).range, 'You have to call your sponsor.'));
    await waitForRule(uri, 'directive/you-have-to');
  });

  it('clears the diagnostics of a document when it closes', async () => {
    // An untitled document is disposed as soon as its editor is reverted and closed (a file may stay loaded).
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'You must stop drinking.\n' });
    await vscode.window.showTextDocument(doc);
    await waitForRule(doc.uri, 'directive/you-must');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the document to close', () => doc.isClosed);
    await waitForDiagnostics(doc.uri, 'the diagnostics to be cleared on close', (d) => d.length === 0);
  });
});
