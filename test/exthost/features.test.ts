// Hovers, completions and snippets.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../../src/rules/catalogue';
import { closeAllEditors, extension, hoverText, openNote, resetSettings, setSetting, waitFor, waitForRule } from './helpers';

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('hovers, completions, snippets', () => {
  afterEach(async () => {
    await closeAllEditors();
    await resetSettings();
  });

  it('shows the message, why it matters in MI, the source and the rewrites on hover', async () => {
    const { document: doc } = await openNote('notes/hover.md', 'You should stop drinking.\n');
    const d = await waitForRule(doc.uri, 'directive/you-should');
    const rule = RULES_BY_ID.get('directive/you-should')!;
    const text = await waitFor('the MI Lint hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 4));
      const t = hoverText(hovers);
      return t.includes('MI Lint') ? t : undefined;
    });
    assert.ok(text.includes(rule.why), `hover shows the rule's why:\n${text}`);
    assert.ok(text.includes(rule.message));
    assert.ok(text.includes(rule.source));
    assert.match(text, /Rewrites/);
    assert.match(text, /How would you feel about|Ask permission/);
  });

  it('completes a counselor turn with open questions, permission and autonomy phrases', async () => {
    const editor = await openNote('notes/complete-turn.md', 'Client: I keep thinking about cutting down.\n\nCounselor: ');
    const labels = await completionLabels(editor.document.uri, new vscode.Position(2, 11));
    for (const l of ['What would you like to do about …?', 'Would it be OK if I shared some information?', 'Whatever you decide is up to you.']) {
      assert.ok(labels.includes(l), `"${l}" in ${labels.join(' | ')}`);
    }
  });

  it('completes a reflection stem, and offers next moves after a reflection', async () => {
    const editor = await openNote('notes/complete-stem.md', 'T: It sounds like \n\nT: It sounds like you are torn. \n');
    const afterStem = await completionLabels(editor.document.uri, new vscode.Position(0, 18));
    assert.ok(afterStem.includes('part of you …, and part of you … (double-sided)'), afterStem.join(' | '));
    const afterReflection = await completionLabels(editor.document.uri, new vscode.Position(2, 32));
    assert.ok(afterReflection.includes('Can I offer an idea?'), afterReflection.join(' | '));
    await setSetting('completions.enable', false);
    await waitFor('no MI Lint completions once switched off', async () =>
      !(await completionLabels(editor.document.uri, new vscode.Position(0, 18))).some((l) => l.startsWith('part of you')));
  });

  it('contributes the MI snippets for Markdown, plain text and MI notes', () => {
    const ext = extension();
    const contributed = ext.packageJSON.contributes.snippets as Array<{ language: string; path: string }>;
    const prefixes = new Map<string, Set<string>>();
    for (const s of contributed) {
      const file = require(path.join(ext.extensionPath, s.path)) as Record<string, { prefix: string | string[]; body: string[] }>;
      const set = prefixes.get(s.language) ?? new Set<string>();
      for (const snippet of Object.values(file)) for (const p of [snippet.prefix].flat()) set.add(p);
      prefixes.set(s.language, set);
    }
    const required = ['mi-open', 'mi-affirm', 'mi-reflect', 'mi-reflect-complex', 'mi-reflect-double', 'mi-summary', 'mi-permission', 'mi-epe', 'mi-autonomy', 'mi-ruler', 'mi-soap', 'mi-dap', 'mi-birp'];
    for (const language of ['markdown', 'plaintext', 'mi-note']) {
      const have = prefixes.get(language) ?? new Set();
      for (const p of required) assert.ok(have.has(p), `snippet ${p} for ${language}`);
    }
  });

  it('offers a snippet by its prefix', async () => {
    const editor = await openNote('notes/snippet.md', 'mi-ep');
    const labels = await waitFor('the mi-epe snippet', async () => {
      const l = await completionLabels(editor.document.uri, new vscode.Position(0, 5));
      return l.includes('mi-epe') ? l : undefined;
    });
    assert.ok(labels.includes('mi-epe'));
  });
});
