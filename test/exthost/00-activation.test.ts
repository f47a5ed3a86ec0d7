// Activation and manifest: the extension activates and lints without loading compromise (only some fixes need it),
// and its manifest contributes what the extension issue lists.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, extension, openNote, waitForRule } from './helpers';

/** Whether the extension's lazily required compromise chunk is in Node's module cache. */
function compromiseLoaded(): boolean {
  const chunk = path.join(extension().extensionPath, 'dist', 'compromise.js');
  return Object.keys(require.cache).some((k) => path.resolve(k) === chunk);
}

describe('activation', () => {
  after(closeAllEditors);

  it('activates and lints an imperative without loading compromise', async () => {
    const ext = extension();
    await ext.activate();
    assert.ok(ext.isActive);
    assert.strictEqual(compromiseLoaded(), false, 'compromise must not load at activation');
    // Imperatives are read from the generated verb lexicon, not by compromise's tagger.
    const editor = await openNote('notes/first-lint.md', 'Go to a meeting tonight.\n');
    await waitForRule(editor.document.uri, 'directive/imperative');
    assert.strictEqual(compromiseLoaded(), false, 'the lint must not load compromise');
  });

  it('contributes languages, grammars, snippets, configuration and commands', () => {
    const pkg = extension().packageJSON;
    assert.match(pkg.engines.vscode, /^\^1\.100\./);
    assert.deepStrictEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    const c = pkg.contributes;
    assert.deepStrictEqual(c.languages.map((l: { id: string }) => l.id), ['mi-note']);
    assert.deepStrictEqual(c.grammars.map((g: { scopeName: string }) => g.scopeName).sort(), ['markdown.mi-lint.injection', 'text.mi-note']);
    assert.deepStrictEqual([...new Set(c.snippets.map((s: { language: string }) => s.language))].sort(), ['markdown', 'mi-note', 'plaintext']);
    for (const key of ['enable', 'rules', 'families', 'speakerLabels', 'debounceMs', 'hideWhileTyping', 'autonomyPhrases', 'maxDocumentSize', 'completions.enable']) {
      assert.ok(c.configuration.properties[`miLint.${key}`], `setting miLint.${key}`);
    }
    const titles = c.commands.map((x: { category: string; title: string }) => `${x.category}: ${x.title}`);
    for (const t of ['MI Lint: Lint Workspace Notes', 'MI Lint: Reflect Selection', 'MI Lint: Insert Autonomy-Supporting Phrase', 'MI Lint: Toggle Linting']) {
      assert.ok(titles.includes(t), `command "${t}" in ${titles.join(', ')}`);
    }
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command } of extension().packageJSON.contributes.commands as Array<{ command: string }>) {
      assert.ok(registered.has(command), `${command} is contributed but not registered`);
    }
  });

  it('reads *.session.md and *.minote files as MI notes', async () => {
    const editor = await openNote('notes/transcript.session.md');
    assert.strictEqual(editor.document.languageId, 'mi-note');
    const other = await vscode.workspace.openTextDocument({ language: 'mi-note', content: 'T: hello' });
    assert.strictEqual(other.languageId, 'mi-note');
  });
});
