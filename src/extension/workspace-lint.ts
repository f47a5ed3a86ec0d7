// "MI Lint: Lint workspace notes": lints every note in the workspace into the Problems panel, with progress
// and a Cancel button. Open documents go through the normal linting; the others are read with workspace.fs
// (so virtual workspaces work). Binary and non-UTF-8 files are skipped, long ones linted up to the cap.

import * as vscode from 'vscode';
import { createLinter, type Linter } from '../core/lint';
import { clipToLimit } from './clip';
import type { ConfigService } from './config-service';
import { toDiagnostic } from './diagnostics';
import { isLintable } from './documents';
import type { LintService } from './lint-service';

export const NOTE_GLOB = '**/*.{md,markdown,txt,minote}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
const MAX_FILES = 5_000;

export interface WorkspaceLintSummary {
  files: number;
  filesWithFindings: number;
  findings: number;
  skipped: string[];
  cancelled: boolean;
}

/**
 * Runs the command. `outside` collects the files whose diagnostics it set without opening them: they are
 * cleared when the configuration changes (they would be stale) — see clearOnConfigChange.
 */
export function lintWorkspaceNotes(
  config: ConfigService,
  linting: LintService,
  collection: vscode.DiagnosticCollection,
  extensionUri: vscode.Uri,
  outside: Set<string>,
): Thenable<WorkspaceLintSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('MI Lint: open a folder to lint the notes in it.');
    return Promise.resolve(undefined);
  }
  const options = { location: vscode.ProgressLocation.Notification, title: 'MI Lint: linting workspace notes', cancellable: true };
  return vscode.window.withProgress(options, async (progress, token) => {
    const uris = await vscode.workspace.findFiles(NOTE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
    const summary: WorkspaceLintSummary = { files: 0, filesWithFindings: 0, findings: 0, skipped: [], cancelled: false };
    const linters = new Map<string, Linter>();
    const utf8 = new TextDecoder('utf-8', { fatal: true });

    for (const [i, uri] of uris.entries()) {
      if (token.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      progress.report({ increment: 100 / uris.length, message: `${i + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}` });
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      let count: number;
      if (open && isLintable(open)) {
        count = (await linting.lint(open))?.diagnostics.length ?? 0;
      } else {
        const cfg = await config.forUri(uri);
        if (!cfg.editor.enable) continue;
        let text: string;
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.subarray(0, 8_192).includes(0)) throw new Error('binary');
          text = utf8.decode(bytes);
        } catch {
          summary.skipped.push(vscode.workspace.asRelativePath(uri));
          continue;
        }
        let linter = linters.get(cfg.key);
        if (!linter) linters.set(cfg.key, (linter = createLinter(cfg.options)));
        const findings = linter.lint(clipToLimit(text, cfg.editor.maxDocumentSize).text).findings;
        collection.set(uri, findings.map((f) => toDiagnostic(f, extensionUri)));
        outside.add(uri.toString());
        count = findings.length;
      }
      summary.files++;
      summary.findings += count;
      if (count) summary.filesWithFindings++;
      // Let the extension host breathe (and the Cancel button work) between batches.
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    }

    void vscode.commands.executeCommand('workbench.actions.view.problems');
    const skipped = summary.skipped.length ? ` Skipped ${summary.skipped.length} binary or non-UTF-8 file(s).` : '';
    const stopped = summary.cancelled ? ' (cancelled)' : '';
    void vscode.window.showInformationMessage(
      `MI Lint: ${summary.findings} finding(s) in ${summary.filesWithFindings} of ${summary.files} note(s)${stopped}.${skipped}`,
    );
    return summary;
  });
}

/** Drops the diagnostics of unopened files linted by the command when settings or a config file change. */
export function clearOnConfigChange(config: ConfigService, collection: vscode.DiagnosticCollection, outside: Set<string>): vscode.Disposable {
  return config.onDidChange(() => {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const uri of outside) if (!open.has(uri)) collection.delete(vscode.Uri.parse(uri));
    outside.clear();
  });
}
