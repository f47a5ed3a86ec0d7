// Settings and `.milintrc.json`, reloaded live: per-rule severities and `off`, families, speaker labels, the
// size cap, the enable switch; bad values get a diagnostic on the config file while linting goes on.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, miDiagnostics, openNote, resetSettings, ruleOf, setSetting, waitFor, waitForDiagnostics, waitForRule, workspaceRoot } from './helpers';

const NOTE = 'You should stop drinking.\n\nClient is an addict.\n';
const has = (ds: vscode.Diagnostic[], id: string) => ds.some((d) => ruleOf(d) === id);

describe('settings', () => {
  afterEach(async () => {
    await closeAllEditors();
    await resetSettings();
  });

  it('a rule set to off loses its diagnostics; a severity setting changes them', async () => {
    const { document: doc } = await openNote('notes/settings-rules.md', NOTE);
    await waitForDiagnostics(doc.uri, 'both findings', (ds) => has(ds, 'directive/you-should') && has(ds, 'stigma/addict'));
    await setSetting('rules', { 'directive/you-should': 'off', 'stigma/addict': 'error' });
    const ds = await waitForDiagnostics(doc.uri, 'the directive gone, the stigma term an error', (x) =>
      !has(x, 'directive/you-should') && x.some((d) => ruleOf(d) === 'stigma/addict' && d.severity === vscode.DiagnosticSeverity.Error));
    assert.strictEqual(ds.length, 1);
    await setSetting('rules', undefined);
    await waitForRule(doc.uri, 'directive/you-should');
  });

  it('switches a family off', async () => {
    const { document: doc } = await openNote('notes/settings-families.md', NOTE);
    await waitForRule(doc.uri, 'stigma/addict');
    await setSetting('families', { stigma: false });
    await waitForDiagnostics(doc.uri, 'no stigma findings', (ds) => ds.length === 1 && has(ds, 'directive/you-should'));
  });

  it('reads speaker labels from the settings', async () => {
    const { document: doc } = await openNote('notes/settings-labels.md', 'Coach: How was the week?\n\nAthlete: You should see my times.\n');
    await waitForRule(doc.uri, 'directive/you-should'); // "Athlete" is no label by default: the author's own words
    await setSetting('speakerLabels', { client: ['Athlete'] });
    await waitForDiagnostics(doc.uri, 'the client turn left alone', (ds) => ds.length === 0);
  });

  it('lints a document over miLint.maxDocumentSize up to the cap', async () => {
    await setSetting('maxDocumentSize', 2_000);
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: we talked about the week and what went well.`).join('\n\n');
    const { document: doc } = await openNote('notes/settings-cap.md', `You should stop drinking.\n\n${filler}\n\nYou must call her.\n`);
    assert.ok(doc.getText().length > 2_000);
    await waitForRule(doc.uri, 'directive/you-should');
    await setSetting('maxDocumentSize', undefined);
    await waitForRule(doc.uri, 'directive/you-must'); // the end is linted once the cap is lifted
  });

  it('miLint.enable false clears the diagnostics; the toggle command brings them back', async () => {
    const { document: doc } = await openNote('notes/settings-enable.md', NOTE);
    await waitForRule(doc.uri, 'stigma/addict');
    assert.strictEqual(await vscode.commands.executeCommand('miLint.toggle'), false);
    await waitForDiagnostics(doc.uri, 'no diagnostics while disabled', (ds) => ds.length === 0);
    assert.strictEqual(await vscode.commands.executeCommand('miLint.toggle'), true);
    await waitForRule(doc.uri, 'stigma/addict');
  });

  it('reports an invalid setting on the settings file, keeps the defaults and goes on linting', async () => {
    const { document: doc } = await openNote('notes/settings-invalid.md', NOTE);
    await waitForRule(doc.uri, 'directive/you-should');
    await setSetting('rules', { 'directive/you-shuold': 'off', 'stigma/addict': 'loud' });
    const settingsFile = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json');
    const problems = await waitForDiagnostics(settingsFile, 'two problems on settings.json', (ds) => ds.length === 2);
    const messages = problems.map((d) => d.message).join('\n');
    assert.match(messages, /miLint\.rules\.directive\/you-shuold: unknown rule id .*did you mean "directive\/you-should"/);
    assert.match(messages, /miLint\.rules\.stigma\/addict: severity must be one of/);
    const text = (await vscode.workspace.openTextDocument(settingsFile)).getText();
    const unknown = problems.find((d) => d.message.includes('you-shuold'))!;
    assert.strictEqual(text.slice(offsetIn(text, unknown.range.start), offsetIn(text, unknown.range.end)), '"directive/you-shuold"');
    // The bad entries are dropped: both rules keep their defaults.
    const ds = await waitForDiagnostics(doc.uri, 'defaults kept', (x) => has(x, 'directive/you-should') && has(x, 'stigma/addict'));
    assert.strictEqual(ds.find((d) => ruleOf(d) === 'stigma/addict')!.severity, vscode.DiagnosticSeverity.Warning);
    await setSetting('rules', undefined);
    await waitForDiagnostics(settingsFile, 'the settings problems cleared', (x) => x.length === 0);
  });

  it('reads .milintrc.json live, and reports a broken one on the file while linting goes on', async () => {
    const rc = vscode.Uri.joinPath(workspaceRoot(), '.milintrc.json');
    const write = (text: string) => vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(text));
    try {
      const { document: doc } = await openNote('notes/rc.md', NOTE);
      await waitForRule(doc.uri, 'stigma/addict');
      await write('{ "rules": { "stigma/addict": "off" } }\n');
      await waitForDiagnostics(doc.uri, 'the rule off by .milintrc.json', (ds) => ds.length === 1 && has(ds, 'directive/you-should'));
      await write('{ "rules": { "stigma/addict": "off", } \n');
      const problems = await waitFor('a problem on .milintrc.json', () => miDiagnostics(rc).find((d) => /invalid JSON/.test(d.message)));
      assert.strictEqual(problems.severity, vscode.DiagnosticSeverity.Warning);
      await waitForDiagnostics(doc.uri, 'defaults kept for a broken file', (ds) => has(ds, 'stigma/addict') && has(ds, 'directive/you-should'));
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await waitForDiagnostics(rc, 'the problems cleared with the file', (ds) => ds.length === 0);
  });
});

function offsetIn(text: string, p: vscode.Position): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
}
