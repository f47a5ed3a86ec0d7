// The commands behind the code actions. Every edit checks the text it expects first: a fix computed for an
// older version of the document whose text has changed under it does nothing, says so, and re-lints.
// Edits are applied as refactorings, so VS Code's files.refactoring.autoSave applies as for any quick fix.

import * as vscode from 'vscode';
import type { Range, TextEdit } from '../core/types';
import { clipToLimit } from './clip';
import { COMMANDS } from './commands';
import { toVsRange } from './diagnostics';
import { disableNextLineDirective } from './disable-directive';
import { fixAllText, minimalReplacement } from './fix-all';
import type { LintService } from './lint-service';

export interface FixArgs {
  uri: string;
  ruleId: string;
  /** The range the fix may touch and the text it held when the fix was offered. */
  guard: Range;
  expected: string;
  edits: TextEdit[];
}

export interface DisableLineArgs {
  uri: string;
  ruleId: string;
  line: number;
  expected: string;
}

const CHANGED = 'MI Lint: the text changed since this fix was offered, so nothing was changed. Try the fix again.';

export function registerFixCommands(linting: LintService): vscode.Disposable[] {
  async function documentOf(uri: string | vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    if (uri === undefined) return vscode.window.activeTextEditor?.document;
    const parsed = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString());
    return open ?? vscode.workspace.openTextDocument(parsed);
  }

  function refuse(doc: vscode.TextDocument): false {
    vscode.window.setStatusBarMessage(CHANGED, 8_000);
    void linting.lint(doc);
    return false;
  }

  async function applyFix(args: FixArgs): Promise<boolean> {
    const doc = await documentOf(args.uri);
    if (!doc) return false;
    if (doc.getText(toVsRange(args.guard)) !== args.expected) return refuse(doc);
    const edit = new vscode.WorkspaceEdit();
    for (const e of args.edits) edit.replace(doc.uri, toVsRange(e.range), e.newText);
    return vscode.workspace.applyEdit(edit, { isRefactoring: true });
  }

  async function fixAll(uri?: string | vscode.Uri): Promise<boolean> {
    const doc = await documentOf(uri);
    if (!doc) return false;
    const ready = await linting.prepared(doc);
    if (!ready) return false;
    const before = doc.getText();
    const version = doc.version;
    const { text, applied } = fixAllText(before, (t) => ready.linter.lint(clipToLimit(t, ready.editor.maxDocumentSize).text));
    const change = minimalReplacement(before, text);
    if (!change || doc.version !== version) {
      vscode.window.setStatusBarMessage('MI Lint: nothing to fix automatically in this file.', 5_000);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.newText);
    const done = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
    if (done) vscode.window.setStatusBarMessage(`MI Lint: applied ${applied} fix${applied === 1 ? '' : 'es'}.`, 5_000);
    return done;
  }

  async function disableRuleOnLine(args: DisableLineArgs): Promise<boolean> {
    const doc = await documentOf(args.uri);
    if (!doc) return false;
    if (args.line >= doc.lineCount || doc.lineAt(args.line).text !== args.expected) return refuse(doc);
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const directive = disableNextLineDirective(args.expected, doc.languageId, args.ruleId);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(args.line, 0), directive + eol);
    return vscode.workspace.applyEdit(edit, { isRefactoring: true });
  }

  async function disableRuleInWorkspace(ruleId: string): Promise<void> {
    const cfg = vscode.workspace.getConfiguration('miLint');
    const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const inspected = cfg.inspect<Record<string, string>>('rules');
    const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
    await cfg.update('rules', { ...current, [ruleId]: 'off' }, target);
    vscode.window.setStatusBarMessage(`MI Lint: ${ruleId} is off ${inWorkspace ? 'in this workspace' : 'for you'} (miLint.rules).`, 8_000);
  }

  return [
    vscode.commands.registerCommand(COMMANDS.applyFix, applyFix),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.disableRuleOnLine, disableRuleOnLine),
    vscode.commands.registerCommand(COMMANDS.disableRuleInWorkspace, disableRuleInWorkspace),
  ];
}
