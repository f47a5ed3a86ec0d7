// "MI Lint: Reflect selection": turns the client's words into a reflection (src/rewrite/reflect.ts) and lets
// the counselor pick one. In a transcript, the reflection becomes the next counselor turn after the client's
// turn (the client's words stay as they were); in a note or a draft, it replaces the selected words.

import * as vscode from 'vscode';
import type { LintOptions } from '../core/options';
import { DEFAULT_SPEAKER_LABELS, SpeakerLabelMatcher } from '../core/speakers';
import { reflect } from '../rewrite';
import { COMMANDS } from './commands';
import type { ConfigService } from './config-service';
import type { LintService } from './lint-service';

interface ClientTurn {
  /** Lines of the turn (first has the label). */
  first: number;
  last: number;
  words: string;
}

export function registerReflectCommand(config: ConfigService, linting: LintService): vscode.Disposable {
  /** `choice` (index into the offered reflections) skips the picker, for keyboard macros and tests. */
  async function reflectSelection(choice?: number): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const doc = editor.document;
    const labels = labelsOf(linting.optionsOf(doc) ?? config.settingsFor(doc.uri).lint);
    const selection = editor.selection;
    const turn = clientTurnAt(doc, selection.start.line, labels);
    const words = selection.isEmpty ? turn?.words : doc.getText(selection);
    if (!words?.trim()) {
      void vscode.window.showInformationMessage('MI Lint: select the client\'s words (or put the cursor in a client turn) to reflect them.');
      return false;
    }
    const offered = reflect(words);
    if (offered.length === 0) {
      void vscode.window.showInformationMessage('MI Lint: found nothing to reflect in the selection.');
      return false;
    }
    let text: string | undefined;
    if (typeof choice === 'number') text = offered[choice]?.text;
    else {
      const picked = await vscode.window.showQuickPick(
        offered.map((r) => ({ label: r.text, description: `${r.kind} reflection` })),
        { placeHolder: 'Reflection to insert' },
      );
      text = picked?.label;
    }
    if (!text) return false;

    if (turn) {
      // A new counselor turn after the client's turn, in the transcript's own layout and label style.
      const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const compact = turn.first > 0 && !doc.lineAt(turn.first - 1).isEmptyOrWhitespace;
      const end = doc.lineAt(turn.last).range.end;
      return editor.edit((b) => b.insert(end, `${compact ? eol : eol + eol}${counselorLabel(doc, labels)} ${text}`));
    }
    return editor.edit((b) => b.replace(selection, text!));
  }

  return vscode.commands.registerCommand(COMMANDS.reflectSelection, reflectSelection);
}

export function labelsOf(options: LintOptions): SpeakerLabelMatcher {
  return new SpeakerLabelMatcher({
    counselor: options.speakerLabels?.counselor ?? DEFAULT_SPEAKER_LABELS.counselor,
    client: options.speakerLabels?.client ?? DEFAULT_SPEAKER_LABELS.client,
  });
}

/** The client turn that contains a line: from its labelled line to the next label or blank line. */
export function clientTurnAt(doc: vscode.TextDocument, line: number, labels: SpeakerLabelMatcher): ClientTurn | undefined {
  let first = line;
  // Look back a bounded number of lines: a turn is a paragraph, and the lightbulb asks on every cursor move.
  for (let steps = 0; steps < 200; steps++) {
    const text = doc.lineAt(first).text;
    if (!text.trim()) return undefined;
    const label = labels.match(text);
    if (label) {
      if (label.speaker !== 'client') return undefined;
      break;
    }
    if (first === 0) return undefined;
    first--;
  }
  if (!labels.match(doc.lineAt(first).text)) return undefined;
  let last = first;
  while (last + 1 < doc.lineCount && doc.lineAt(last + 1).text.trim() && !labels.match(doc.lineAt(last + 1).text)) last++;
  const labelLength = labels.match(doc.lineAt(first).text)!.length;
  const words = doc.getText(new vscode.Range(first, labelLength, last, doc.lineAt(last).text.length));
  return { first, last, words };
}

/** The counselor label as this document writes it ("Counselor:", "**T:**"), or "Counselor:". */
function counselorLabel(doc: vscode.TextDocument, labels: SpeakerLabelMatcher): string {
  for (let i = 0; i < Math.min(doc.lineCount, 2_000); i++) {
    const text = doc.lineAt(i).text;
    const m = labels.match(text);
    if (m?.speaker === 'counselor') return text.slice(0, m.length).trim();
  }
  return 'Counselor:';
}
