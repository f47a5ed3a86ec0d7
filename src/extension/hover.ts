// The hover on a finding: what the rule says, why it matters in MI (the rule's `why`), its source, the
// rewrites on offer, and a link to the rule's documentation.

import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { RULES_BY_ID } from '../rules/catalogue';
import { ruleDocsUri, toVsRange } from './diagnostics';
import type { LintService } from './lint-service';

export class MiLintHover implements vscode.HoverProvider {
  constructor(
    private readonly linting: LintService,
    private readonly extensionUri: vscode.Uri,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linting.current(doc);
    if (!linted) return undefined;
    const here = linted.result.findings.filter((f) => toVsRange(f.range).contains(position));
    if (here.length === 0) return undefined;
    return new vscode.Hover(here.map((f) => this.explain(f)), toVsRange(here[0].range));
  }

  private explain(f: Finding): vscode.MarkdownString {
    const rule = RULES_BY_ID.get(f.ruleId);
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**MI Lint** · [\`${f.ruleId}\`](${ruleDocsUri(this.extensionUri, f.ruleId).toString()})\n\n`);
    md.appendMarkdown('**');
    md.appendText(f.message);
    md.appendMarkdown('**\n\n');
    if (rule) {
      md.appendMarkdown('*Why it matters in MI:* ');
      md.appendText(rule.why);
      md.appendMarkdown('\n\n*Source:* ');
      md.appendText(rule.source);
      md.appendMarkdown('\n\n');
    }
    if (f.fixes.length) {
      md.appendMarkdown('*Rewrites* (Quick Fix, Ctrl+.):\n\n');
      for (const fix of f.fixes) {
        md.appendMarkdown('- ');
        md.appendText(fix.title);
        md.appendMarkdown('\n');
      }
    }
    return md;
  }
}
