// Change talk in the editor: a subtle dotted underline (a decoration, not a diagnostic: nothing is wrong)
// on client turns and quoted client speech that carry change talk, with the hover "Change talk (Desire):
// reflect it back". `miLint.changeTalk.decorate: false` turns it off.

import * as vscode from 'vscode';
import { changeTalkSpans } from '../core/change-talk';
import { isLintable } from './documents';
import type { LintService, LintedDocument } from './lint-service';
import { changeTalkHover } from './metrics-present';

export interface ChangeTalkDeps {
  linting: Pick<LintService, 'onDidLint' | 'resultFor'>;
}

export const CHANGE_TALK_SETTING = 'changeTalk.decorate';

export function registerChangeTalkDecorations(context: vscode.ExtensionContext, deps: ChangeTalkDeps): void {
  const decoration = vscode.window.createTextEditorDecorationType({
    // A dotted underline in the theme's info colour: visible, and quieter than a diagnostic's squiggle.
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const enabled = (doc: vscode.TextDocument) => vscode.workspace.getConfiguration('miLint', doc.uri).get<boolean>(CHANGE_TALK_SETTING, true) !== false;

  const decorate = (editor: vscode.TextEditor, linted: LintedDocument | undefined) => {
    if (!linted || !enabled(editor.document)) {
      editor.setDecorations(decoration, []);
      return;
    }
    const options = changeTalkSpans(linted.document.getText(), linted.result.utterances).map((s) => ({
      range: new vscode.Range(s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character),
      hoverMessage: new vscode.MarkdownString().appendText(changeTalkHover(s.type)),
    }));
    editor.setDecorations(decoration, options);
  };
  const refreshAll = () => {
    for (const e of vscode.window.visibleTextEditors) if (isLintable(e.document)) decorate(e, deps.linting.resultFor(e.document));
  };

  context.subscriptions.push(
    decoration,
    deps.linting.onDidLint((linted) => {
      for (const e of vscode.window.visibleTextEditors) if (e.document === linted.document) decorate(e, linted);
    }),
    vscode.window.onDidChangeVisibleTextEditors(refreshAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`miLint.${CHANGE_TALK_SETTING}`)) refreshAll();
    }),
  );
  refreshAll();
}
