// The session metrics in the status bar for transcripts and drafted replies, e.g. "MI R:Q 1.40 · open 62% ·
// talk 41%": an icon per rating (and the warning background when a figure is below fair), a tooltip with
// every figure against its thresholds, and a click that opens the session report.

import * as vscode from 'vscode';
import type { Rating } from '../core/metrics';
import { COMMANDS } from './commands';
import { isLintable } from './documents';
import type { LintService } from './lint-service';
import { statusSummary } from './metrics-present';

export interface MetricsDeps {
  linting: Pick<LintService, 'onDidLint' | 'resultFor' | 'current'>;
}

const ICON: Record<Rating, string> = { good: '$(pass)', fair: '$(circle-large-outline)', low: '$(warning)' };

export function registerStatusBar(context: vscode.ExtensionContext, deps: MetricsDeps): void {
  const item = vscode.window.createStatusBarItem('miLint.metrics', vscode.StatusBarAlignment.Right, 100);
  item.name = 'MI Lint session metrics';

  const show = (doc: vscode.TextDocument | undefined) => {
    const linted = doc && isLintable(doc) ? deps.linting.resultFor(doc) ?? deps.linting.current(doc) : undefined;
    const summary = linted ? statusSummary(linted.result) : null;
    if (!doc || !summary) {
      item.hide();
      return;
    }
    item.text = `${summary.level ? ICON[summary.level] + ' ' : ''}${summary.text}`;
    item.tooltip = new vscode.MarkdownString(summary.tooltip);
    item.accessibilityInformation = { label: `${summary.text}${summary.level ? `, ${summary.level}` : ''}. Open the session report.` };
    item.backgroundColor = summary.level === 'low' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.color = summary.level === 'low' ? new vscode.ThemeColor('statusBarItem.warningForeground') : undefined;
    item.command = { command: COMMANDS.showSessionReport, title: 'Show session report', arguments: [doc.uri] };
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor((e) => show(e?.document)),
    deps.linting.onDidLint((linted) => {
      const active = vscode.window.activeTextEditor?.document;
      if (active && linted.document === active) show(active);
    }),
  );
  show(vscode.window.activeTextEditor?.document);
}
