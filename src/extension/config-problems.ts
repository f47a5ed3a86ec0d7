// Bad configuration — `miLint.*` settings or a `.milintrc.json` — is reported once as a notification naming
// the key, and as diagnostics on the config file itself (the `.milintrc.json`, or a folder's
// .vscode/settings.json when the bad value is written there). The bad entry falls back to its default.

import * as vscode from 'vscode';
import type { ConfigProblem } from '../core/config';
import { LineIndex } from '../core/positions';
import { jsonErrorOffset, keySegments, locateKey } from './config-locations';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Settings whose names contain dots; the rest of a problem key is a path inside the setting's value. */
const SETTING_NAMES = [
  'miLint.completions.enable', 'miLint.rules', 'miLint.families', 'miLint.speakerLabels', 'miLint.autonomyPhrases',
  'miLint.debounceMs', 'miLint.maxDocumentSize', 'miLint.hideWhileTyping', 'miLint.enable',
];

function settingSegments(key: string): string[] {
  const name = SETTING_NAMES.find((n) => key === n || key.startsWith(n + '.'));
  if (!name) return [key];
  return key === name ? [name] : [name, key.slice(name.length + 1)];
}

export class ConfigProblemReporter {
  private readonly notified = new Set<string>();
  private settingsFiles: vscode.Uri[] = [];

  constructor(private readonly collection: vscode.DiagnosticCollection) {}

  /** Problems of one `.milintrc.json` (replaces what was reported for it before). */
  reportFile(uri: vscode.Uri, text: string, problems: readonly ConfigProblem[]): void {
    if (problems.length === 0) {
      this.collection.delete(uri);
      return;
    }
    const index = new LineIndex(text);
    this.collection.set(uri, problems.map((p) => {
      const at = p.key === '(root)' ? rootRange(text, p.message) : locateKey(text, keySegments(p.key));
      return problemDiagnostic(rangeIn(index, at), `${p.key}: ${p.message}`);
    }));
    const name = vscode.workspace.asRelativePath(uri);
    this.notify(name, problems, 'Open file', () => vscode.window.showTextDocument(uri));
  }

  clearFile(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  /** Problems of the `miLint.*` settings, from all scopes. */
  async reportSettings(problems: readonly ConfigProblem[]): Promise<void> {
    for (const uri of this.settingsFiles) this.collection.delete(uri);
    this.settingsFiles = [];
    if (problems.length === 0) return;
    this.notify('settings', problems, 'Open Settings', () => vscode.commands.executeCommand('workbench.action.openSettings', 'miLint'));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no folder settings file: the bad value is in the user settings
      }
      const index = new LineIndex(text);
      const diagnostics = problems.flatMap((p) => {
        const at = locateKey(text, settingSegments(p.key));
        return at ? [problemDiagnostic(rangeIn(index, at), `${p.key}: ${p.message}`)] : [];
      });
      if (diagnostics.length) {
        this.collection.set(uri, diagnostics);
        this.settingsFiles.push(uri);
      }
    }
  }

  /** One notification per new set of problems; the same problem is never announced twice in a session. */
  private notify(where: string, problems: readonly ConfigProblem[], action: string, run: () => unknown): void {
    const fresh = problems.filter((p) => !this.notified.has(`${where}\u0000${p.key}\u0000${p.message}`));
    if (fresh.length === 0) return;
    for (const p of fresh) this.notified.add(`${where}\u0000${p.key}\u0000${p.message}`);
    const first = fresh[0];
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more problem${fresh.length > 2 ? 's' : ''})` : '';
    const text = `MI Lint: invalid configuration in ${where}: ${first.key}: ${first.message}${more}. Defaults are used for ${fresh.length > 1 ? 'these' : 'it'}; linting goes on.`;
    void vscode.window.showWarningMessage(text, action).then((choice) => {
      if (choice === action) void run();
    });
  }
}

function problemDiagnostic(range: vscode.Range, message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

function rootRange(text: string, message: string): { start: number; end: number } | null {
  const at = jsonErrorOffset(message, text.length);
  return at === null ? null : { start: at, end: Math.min(at + 1, text.length) };
}

function rangeIn(index: LineIndex, at: { start: number; end: number } | null): vscode.Range {
  if (!at) return new vscode.Range(0, 0, 0, 1);
  const { start, end } = index.range(at.start, at.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
