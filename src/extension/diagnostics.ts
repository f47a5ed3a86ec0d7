// Findings → VS Code diagnostics: severity, source "MI Lint", and a code that links to the rule's section of
// the packaged docs/rules.md.

import * as vscode from 'vscode';
import type { Finding, Range, Severity } from '../core/types';
import { anchorOf } from '../rules/docs';

export const DIAGNOSTIC_SOURCE = 'MI Lint';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function fromVsRange(r: vscode.Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** The rule's section of the rules page shipped in the package. */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md').with({ fragment: anchorOf(ruleId) });
}

export function toDiagnostic(f: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: ruleDocsUri(extensionUri, f.ruleId) };
  return d;
}
