// Shared helpers of the extension-host suite: public VS Code API only, and bounded polling instead of sleeps.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mi-lint.mi-lint';
export const SOURCE = 'MI Lint';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open');
  return folder.uri;
}

/** Polls `check` until it returns something other than undefined/false; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = undefined;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25)); // poll interval, not a wait for a result
  }
}

export function miDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Waits until the document's MI Lint diagnostics satisfy `ok`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const ds = miDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, timeoutMs);
}

export function waitForRule(uri: vscode.Uri, ruleId: string, timeoutMs?: number): Promise<vscode.Diagnostic> {
  return waitFor(`a ${ruleId} diagnostic on ${path.basename(uri.path)}`, () => miDiagnostics(uri).find((d) => ruleOf(d) === ruleId), timeoutMs);
}

/** Writes a note into the workspace (a fresh copy per run) and returns its URI. */
export async function writeNote(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function openNote(relative: string, text?: string): Promise<vscode.TextEditor> {
  const uri = text === undefined ? vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/')) : await writeNote(relative, text);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

export function textUnder(doc: vscode.TextDocument, d: { range: vscode.Range }): string {
  return doc.getText(d.range);
}

/** Closes every editor without a save prompt: saves dirty notes, reverts dirty untitled ones (which disposes them). */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    if (doc.isUntitled) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await doc.save();
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a `miLint.*` setting in the workspace; undefined removes it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('miLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function resetSettings(): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('miLint');
  for (const key of ['enable', 'rules', 'families', 'speakerLabels', 'autonomyPhrases', 'debounceMs', 'hideWhileTyping', 'maxDocumentSize', 'completions.enable']) {
    if (cfg.inspect(key)?.workspaceValue !== undefined) await cfg.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** The code actions VS Code collects for a range (all providers, like the Ctrl+. menu). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range, kind);
  // A bare Command has a string `command`; a CodeAction has a Command object there (or none).
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/**
 * The rewrites among code actions (quick fixes other than "Disable…" and "Fix all…"). The actions VS Code hands
 * back through executeCodeActionProvider carry no diagnostics, so they are told apart by kind and title.
 */
export function rewrites(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  return actions.filter((a) => a.kind?.value === 'quickfix' && !a.title.startsWith('Disable ') && !a.title.startsWith('Fix all '));
}

/** Runs a code action the way the editor does: its edit, then its command. */
export async function runAction(action: vscode.CodeAction): Promise<unknown> {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return undefined;
}

/** Hover text with Markdown escapes removed. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>"'&])/g, '$1')
    .replace(/&nbsp;/g, ' ');
}
