// MI Lint's VS Code extension: wires the pure core (src/core, src/rules, src/rewrite) to the editor.
// Activation registers providers and commands only; compromise is loaded by the core when the first
// sentence that needs it is linted, never here.

import * as vscode from 'vscode';
import { MiLintCodeActions } from './code-actions';
import { COMMANDS } from './commands';
import { MiLintCompletions, COMPLETION_TRIGGERS } from './completions';
import { ConfigProblemReporter } from './config-problems';
import { ConfigService } from './config-service';
import { DOCUMENT_SELECTOR } from './documents';
import { registerEditorCommands } from './editor-commands';
import { registerFixCommands } from './fix-commands';
import { MiLintHover } from './hover';
import { LintService } from './lint-service';
import { registerReflectCommand } from './reflect-command';
import { clearOnConfigChange, lintWorkspaceNotes } from './workspace-lint';
import { registerChangeTalkDecorations } from './change-talk';
import { registerReportView } from './report-view';
import { registerStatusBar } from './status-bar';

/** What the extension's parts share; the metrics views (issue 8) register against it. */
export interface MiLintServices {
  context: vscode.ExtensionContext;
  collection: vscode.DiagnosticCollection;
  config: ConfigService;
  linting: LintService;
  log: vscode.LogOutputChannel;
}

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('MI Lint', { log: true });
  const collection = vscode.languages.createDiagnosticCollection('mi-lint');
  const config = new ConfigService(new ConfigProblemReporter(collection));
  const linting = new LintService(collection, config, context.extensionUri, log);
  const services: MiLintServices = { context, collection, config, linting, log };
  context.subscriptions.push(log, collection, config, linting);
  /** Files "Lint Workspace Notes" linted without opening them. */
  const lintedUnopened = new Set<string>();

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new MiLintCodeActions(linting, config), MiLintCodeActions.metadata),
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new MiLintHover(linting, context.extensionUri)),
    vscode.languages.registerCompletionItemProvider(DOCUMENT_SELECTOR, new MiLintCompletions(config, linting), ...COMPLETION_TRIGGERS),
    ...registerFixCommands(linting),
    ...registerEditorCommands(config, linting),
    registerReflectCommand(config, linting),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, () => lintWorkspaceNotes(config, linting, collection, context.extensionUri, lintedUnopened)),
    clearOnConfigChange(config, collection, lintedUnopened),
  );

  registerMetricsViews(services);
}

/**
 * ── Metrics views (issue 8, written by the metrics engineer) ──────────────────────────────────────────
 * report-view.ts ("MI Lint: Show session report", COMMANDS.showSessionReport), status-bar.ts and
 * change-talk.ts register here, from `services` (linting.onDidLint / linting.resultFor give each
 * document's LintResult with its utterances and metrics).
 */
function registerMetricsViews(services: MiLintServices): void {
  registerStatusBar(services.context, services);
  registerReportView(services.context, services);
  registerChangeTalkDecorations(services.context, services);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
