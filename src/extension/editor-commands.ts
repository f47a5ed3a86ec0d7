// Palette commands that work on the editor: insert an autonomy-supporting phrase, toggle linting.

import * as vscode from 'vscode';
import { DEFAULT_AUTONOMY_PHRASES } from '../core/options';
import { COMMANDS } from './commands';
import type { ConfigService } from './config-service';
import type { LintService } from './lint-service';

export function registerEditorCommands(config: ConfigService, linting: LintService): vscode.Disposable[] {
  /** Inserts the phrase (or one picked from the configured list) after each selection. */
  async function insertAutonomyPhrase(phrase?: string): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const doc = editor.document;
    const configured = linting.optionsOf(doc)?.autonomyPhrases ?? config.settingsFor(doc.uri).lint.autonomyPhrases;
    const phrases = configured?.length ? configured : DEFAULT_AUTONOMY_PHRASES;
    const chosen = typeof phrase === 'string' ? phrase : await vscode.window.showQuickPick(phrases, { placeHolder: 'Autonomy-supporting phrase to insert' });
    if (!chosen) return false;
    return editor.edit((b) => {
      for (const sel of editor.selections) {
        const before = sel.end.character > 0 ? doc.getText(new vscode.Range(sel.end.translate(0, -1), sel.end)) : '';
        b.insert(sel.end, (before && !/\s/.test(before) ? ' ' : '') + chosen);
      }
    });
  }

  /** Flips miLint.enable for the workspace (or for the user when no folder is open). */
  async function toggle(): Promise<boolean> {
    const cfg = vscode.workspace.getConfiguration('miLint');
    const enable = !cfg.get<boolean>('enable', true);
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await cfg.update('enable', enable, target);
    vscode.window.setStatusBarMessage(`MI Lint: linting ${enable ? 'on' : 'off'}`, 5_000);
    return enable;
  }

  return [
    vscode.commands.registerCommand(COMMANDS.insertAutonomyPhrase, insertAutonomyPhrase),
    vscode.commands.registerCommand(COMMANDS.toggle, toggle),
  ];
}
