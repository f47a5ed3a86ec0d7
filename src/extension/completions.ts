// Completions at the start of a counselor turn and around reflections (see completion-context.ts), from the
// lists in completion-items.ts. Uses the document's speaker labels and autonomy phrases; miLint.completions.enable
// turns it off.

import * as vscode from 'vscode';
import { DEFAULT_AUTONOMY_PHRASES } from '../core/options';
import { DEFAULT_SPEAKER_LABELS } from '../core/speakers';
import { completionSituation } from './completion-context';
import { KIND_DETAIL, suggestionsFor, type SuggestionKind } from './completion-items';
import type { ConfigService } from './config-service';
import type { LintService } from './lint-service';

export const COMPLETION_TRIGGERS = [' '];

const ITEM_KIND: Record<SuggestionKind, vscode.CompletionItemKind> = {
  'open-question': vscode.CompletionItemKind.Text,
  permission: vscode.CompletionItemKind.Text,
  autonomy: vscode.CompletionItemKind.Text,
  reflection: vscode.CompletionItemKind.Snippet,
};

/** The text a snippet body inserts with its placeholders' defaults, for filtering and the preview. */
function plainText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');
}

export class MiLintCompletions implements vscode.CompletionItemProvider {
  constructor(
    private readonly config: ConfigService,
    private readonly linting: LintService,
  ) {}

  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const settings = this.config.settingsFor(doc.uri);
    if (!settings.editor.enable || !settings.editor.completionsEnable) return undefined;
    const options = this.linting.optionsOf(doc) ?? settings.lint;
    const labels = options.speakerLabels?.counselor ?? DEFAULT_SPEAKER_LABELS.counselor;
    const phrases = options.autonomyPhrases?.length ? options.autonomyPhrases : DEFAULT_AUTONOMY_PHRASES;
    const before = doc.lineAt(position.line).text.slice(0, position.character);
    const situation = completionSituation(before, labels);
    if (!situation) return undefined;
    const range = new vscode.Range(position.translate(0, -situation.typed.length), position);
    const items = suggestionsFor(situation, phrases).map((s, i) => {
      const item = new vscode.CompletionItem({ label: s.label, description: KIND_DETAIL[s.kind] }, ITEM_KIND[s.kind]);
      item.insertText = new vscode.SnippetString(s.insert);
      item.filterText = plainText(s.insert);
      item.detail = KIND_DETAIL[s.kind];
      item.range = range;
      item.sortText = `mi-${String(i).padStart(3, '0')}`;
      return item;
    });
    return new vscode.CompletionList(items, false);
  }
}
