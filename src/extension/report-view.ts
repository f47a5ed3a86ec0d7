// "MI Lint: Show session report": the shared report (src/report) in a webview beside the editor, in the
// editor's theme. It follows its document live: each lint of that document (already debounced by the lint
// service) re-renders the body after a short pause. The page loads nothing (localResourceRoots: []), and
// its one script only asks to reveal a line when a line reference is clicked.

import * as vscode from 'vscode';
import { buildReportModel, renderReportBody, type ReportModel } from '../report';
import { COMMANDS } from './commands';
import { isLintable } from './documents';
import type { LintService, LintedDocument } from './lint-service';
import { webviewHtml } from './report-webview-html';

export interface ReportDeps {
  linting: Pick<LintService, 'onDidLint' | 'resultFor' | 'current' | 'lint'>;
}

const UPDATE_DELAY_MS = 250;

export function registerReportView(context: vscode.ExtensionContext, deps: ReportDeps): void {
  let panel: vscode.WebviewPanel | undefined;
  let target: vscode.TextDocument | undefined;
  let stale = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const nameOf = (doc: vscode.TextDocument) => (doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri));
  const modelOf = (linted: LintedDocument): ReportModel => buildReportModel(nameOf(linted.document), linted.document.getText(), linted.result);
  const title = (doc: vscode.TextDocument) => `MI report: ${nameOf(doc).split('/').pop()}`;

  const render = (linted: LintedDocument) => {
    if (!panel) return;
    const body = renderReportBody(modelOf(linted), { interactive: true });
    panel.title = title(linted.document);
    // A hidden webview keeps no state: it is given a whole page when it is shown again.
    if (panel.visible) void panel.webview.postMessage({ type: 'update', body });
    else stale = true;
  };
  const fullPage = (linted: LintedDocument) => {
    if (!panel) return;
    stale = false;
    const nonce = crypto().randomBytes(16).toString('base64');
    panel.webview.html = webviewHtml(renderReportBody(modelOf(linted), { interactive: true }), nonce, title(linted.document));
  };
  const latest = (doc: vscode.TextDocument) => deps.linting.resultFor(doc) ?? deps.linting.current(doc);

  const reveal = async (line: unknown) => {
    if (!target || target.isClosed || typeof line !== 'number' || !Number.isInteger(line)) return;
    const l = Math.max(0, Math.min(line, target.lineCount - 1));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === target);
    const editor = await vscode.window.showTextDocument(target, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const range = target.lineAt(l).range;
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  };

  const show = async (uri?: vscode.Uri): Promise<ReportModel | undefined> => {
    const doc = uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri))
      : vscode.window.activeTextEditor?.document ?? target;
    if (!doc || !isLintable(doc)) {
      void vscode.window.showInformationMessage('MI Lint: open a transcript, note or drafted message to see its session report.');
      return undefined;
    }
    const linted = latest(doc) ?? (await deps.linting.lint(doc));
    if (!linted) {
      void vscode.window.showInformationMessage('MI Lint is turned off for this document (miLint.enable).');
      return undefined;
    }
    target = doc;
    if (panel) panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      panel = vscode.window.createWebviewPanel('miLint.sessionReport', title(doc), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      panel.onDidDispose(() => {
        panel = undefined;
        clearTimeout(timer);
      });
      panel.webview.onDidReceiveMessage((m) => {
        if (m && m.type === 'reveal') void reveal(m.line);
      });
      panel.onDidChangeViewState((e) => {
        const l = target && !target.isClosed ? latest(target) : undefined;
        if (e.webviewPanel.visible && stale && l) fullPage(l);
      });
    }
    fullPage(linted);
    return modelOf(linted);
  };

  context.subscriptions.push(
    // Returns what it shows (figures, turns, change talk), for tests and other extensions.
    vscode.commands.registerCommand(COMMANDS.showSessionReport, (uri?: vscode.Uri) => show(uri instanceof vscode.Uri ? uri : undefined)),
    deps.linting.onDidLint((linted) => {
      if (!panel || linted.document !== target) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = target && !target.isClosed ? latest(target) : undefined;
        if (now) render(now);
      }, UPDATE_DELAY_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  );
}

/** Node's crypto, required when a report is first shown: loading it at activation cost about a third of it. */
function crypto(): typeof import('crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('crypto');
}
