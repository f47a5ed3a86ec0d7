// Code actions on MI Lint findings: each fix of a finding as a quick fix (the first one preferred), "Disable
// rule on this line", "Disable rule in workspace", and "Fix all MI Lint issues in this file" (as a quick fix,
// and as source.fixAll.miLint for editor.codeActionsOnSave). Fixes run through commands that check the text
// first (fix-commands.ts), so an action offered for an older version of the document cannot corrupt it.

import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { COMMANDS } from './commands';
import { fromVsRange, toVsRange } from './diagnostics';
import type { DisableLineArgs, FixArgs } from './fix-commands';
import { guardRange, rangesTouch } from './guard';
import type { ConfigService } from './config-service';
import type { LintService } from './lint-service';
import { clientTurnAt, labelsOf } from './reflect-command';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('miLint');
export const FIX_ALL_TITLE = 'Fix all MI Lint issues in this file';

export class MiLintCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND, vscode.CodeActionKind.RefactorRewrite],
  };

  constructor(
    private readonly linting: LintService,
    private readonly config: ConfigService,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // The lightbulb asks on every cursor move while typing: it gets the last lint only if it is current (the
    // diagnostics' update asks again). Ctrl+., the Source Action menu and codeActionsOnSave get an exact answer.
    const exact = context.triggerKind === vscode.CodeActionTriggerKind.Invoke || context.only?.contains(FIX_ALL_KIND);
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.RefactorRewrite) && this.reflectable(doc, range, context.triggerKind === vscode.CodeActionTriggerKind.Invoke)) {
      const reflect = new vscode.CodeAction('Reflect this (MI Lint)', vscode.CodeActionKind.RefactorRewrite);
      reflect.command = { command: COMMANDS.reflectSelection, title: reflect.title };
      actions.push(reflect);
    }
    const linted = exact ? this.linting.current(doc) : this.linting.resultFor(doc);
    if (!linted) return actions;
    const uri = doc.uri.toString();
    const fixable = linted.result.findings.some((f) => f.fixes.length > 0);

    if (wants(vscode.CodeActionKind.QuickFix)) {
      const at = fromVsRange(range);
      let touched = false;
      linted.result.findings.forEach((finding, i) => {
        if (!rangesTouch(finding.range, at)) return;
        touched = true;
        const diagnostic = linted.diagnostics[i];
        finding.fixes.forEach((fix, j) => {
          const guard = guardRange(finding.range, fix.edits);
          const args: FixArgs = { uri, ruleId: finding.ruleId, guard, expected: doc.getText(toVsRange(guard)), edits: fix.edits };
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = j === 0;
          action.command = { command: COMMANDS.applyFix, title: fix.title, arguments: [args] };
          actions.push(action);
        });
        actions.push(...this.dismissals(doc, finding, diagnostic));
      });
      if (touched && fixable) actions.push(fixAllAction(uri, vscode.CodeActionKind.QuickFix));
    }
    // Only when source actions are asked for (Source Action menu, codeActionsOnSave), not in every Ctrl+. menu.
    if (context.only?.contains(FIX_ALL_KIND) && fixable) actions.push(fixAllAction(uri, FIX_ALL_KIND));
    return actions;
  }

  /** Selected words, or (on Ctrl+. only, so the lightbulb stays quiet) the cursor in a client turn. */
  private reflectable(doc: vscode.TextDocument, range: vscode.Range, invoked: boolean): boolean {
    if (!range.isEmpty) return range.isSingleLine ? /[A-Za-z]{2}/.test(doc.getText(range)) : true;
    if (!invoked) return false;
    const labels = labelsOf(this.linting.optionsOf(doc) ?? this.config.settingsFor(doc.uri).lint);
    return clientTurnAt(doc, range.start.line, labels) !== undefined;
  }

  private dismissals(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const line = finding.range.start.line;
    const lineArgs: DisableLineArgs = { uri: doc.uri.toString(), ruleId: finding.ruleId, line, expected: doc.lineAt(line).text };
    const onLine = new vscode.CodeAction(`Disable ${finding.ruleId} on this line`, vscode.CodeActionKind.QuickFix);
    onLine.diagnostics = [diagnostic];
    onLine.command = { command: COMMANDS.disableRuleOnLine, title: onLine.title, arguments: [lineArgs] };
    const inWorkspace = new vscode.CodeAction(`Disable ${finding.ruleId} in this workspace`, vscode.CodeActionKind.QuickFix);
    inWorkspace.diagnostics = [diagnostic];
    inWorkspace.command = { command: COMMANDS.disableRuleInWorkspace, title: inWorkspace.title, arguments: [finding.ruleId] };
    return [onLine, inWorkspace];
  }
}

function fixAllAction(uri: string, kind: vscode.CodeActionKind): vscode.CodeAction {
  const action = new vscode.CodeAction(FIX_ALL_TITLE, kind);
  action.command = { command: COMMANDS.fixAll, title: FIX_ALL_TITLE, arguments: [uri] };
  return action;
}
