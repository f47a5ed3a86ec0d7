// Lints open documents into the one DiagnosticCollection: at once on open, after a trailing debounce on
// change, again when the configuration changes; cleared on close. Each document has its own
// createLinter() instance, so a keystroke re-lints only the paragraph it touched. Results of a lint that a
// newer one overtook (or of a closed document) are dropped. The lint never loads compromise; some fixes
// do, when their text is first read.

import * as vscode from 'vscode';
import { createLinter, type Linter } from '../core/lint';
import type { LintOptions } from '../core/options';
import type { LintResult } from '../core/types';
import { clipToLimit } from './clip';
import type { ConfigService } from './config-service';
import { toDiagnostic } from './diagnostics';
import { isLintable } from './documents';
import type { EditorSettings } from './settings';

/** A lint of one document version: findings and their diagnostics share indexes. */
export interface LintedDocument {
  document: vscode.TextDocument;
  version: number;
  result: LintResult;
  diagnostics: vscode.Diagnostic[];
  /** The document was longer than miLint.maxDocumentSize and was linted up to it. */
  clipped: boolean;
}

interface DocState {
  /** Bumped by every lint request; an older request that finishes late is dropped. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  linter?: Linter;
  optionsKey?: string;
  options?: LintOptions;
  editor?: EditorSettings;
  latest?: LintedDocument;
  toldClipped: boolean;
}

export class LintService implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly linted = new vscode.EventEmitter<LintedDocument>();
  /** Fired after each lint that reached the diagnostics (for the metrics views). */
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly config: ConfigService,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.linted,
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isLintable(doc)) void this.lint(doc);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      config.onDidChange(() => this.relintAll()),
    );
    this.relintAll();
  }

  /** Lints every open document MI Lint reads. */
  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (isLintable(doc)) void this.lint(doc);
    }
  }

  /** Lints a document now (after resolving its configuration); resolves to undefined if dropped or disabled. */
  async lint(doc: vscode.TextDocument): Promise<LintedDocument | undefined> {
    const key = doc.uri.toString();
    const state = this.stateOf(doc);
    const generation = ++state.generation;
    clearTimeout(state.timer);
    let cfg;
    try {
      cfg = await this.config.forUri(doc.uri);
    } catch (e) {
      this.log.error(`could not read the configuration for ${key}: ${String(e)}`);
      return undefined;
    }
    // Overtaken by a newer request, or the document closed meanwhile: drop this one.
    if (generation !== state.generation || doc.isClosed || this.states.get(key) !== state) return undefined;
    state.editor = cfg.editor;
    if (!cfg.editor.enable) {
      state.latest = undefined;
      this.collection.delete(doc.uri);
      return undefined;
    }
    if (state.optionsKey !== cfg.key || !state.linter) {
      state.linter = createLinter(cfg.options);
      state.optionsKey = cfg.key;
      state.options = cfg.options;
    }
    return this.lintNow(doc, state);
  }

  /**
   * The lint of the document's current version, linting it now if the last one is older (code actions and
   * hovers need ranges that match the text). Undefined until the document's configuration is known.
   */
  current(doc: vscode.TextDocument): LintedDocument | undefined {
    const state = this.states.get(doc.uri.toString());
    if (!state?.linter || !state.editor?.enable || doc.isClosed) return undefined;
    if (state.latest?.version === doc.version) return state.latest;
    clearTimeout(state.timer);
    return this.lintNow(doc, state);
  }

  /** The linter and settings of a document, linting it first if it has none yet. */
  async prepared(doc: vscode.TextDocument): Promise<{ linter: Linter; editor: EditorSettings } | undefined> {
    let state = this.states.get(doc.uri.toString());
    if (!state?.linter) {
      await this.lint(doc);
      state = this.states.get(doc.uri.toString());
    }
    return state?.linter && state.editor?.enable ? { linter: state.linter, editor: state.editor } : undefined;
  }

  /** The lint options a document was linted with (settings merged over its `.milintrc.json`). */
  optionsOf(doc: vscode.TextDocument): LintOptions | undefined {
    return this.states.get(doc.uri.toString())?.options;
  }

  /** The last lint of a document if it matches the document's current version. */
  resultFor(doc: vscode.TextDocument): LintedDocument | undefined {
    const latest = this.states.get(doc.uri.toString())?.latest;
    return latest && latest.version === doc.version ? latest : undefined;
  }

  private lintNow(doc: vscode.TextDocument, state: DocState): LintedDocument | undefined {
    const editor = state.editor!;
    const version = doc.version;
    const { text, clipped } = clipToLimit(doc.getText(), editor.maxDocumentSize);
    let result: LintResult;
    try {
      result = state.linter!.lint(text);
    } catch (e) {
      // A bug in a rule must never take the editor down: log it and keep the last diagnostics.
      this.log.error(`linting ${doc.uri.toString()} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
    if (doc.isClosed || doc.version !== version) return undefined;
    const diagnostics = result.findings.map((f) => toDiagnostic(f, this.extensionUri));
    const linted: LintedDocument = { document: doc, version, result, diagnostics, clipped };
    state.latest = linted;
    this.collection.set(doc.uri, diagnostics);
    if (clipped && !state.toldClipped) {
      state.toldClipped = true;
      const name = vscode.workspace.asRelativePath(doc.uri);
      const message = `MI Lint: ${name} is longer than miLint.maxDocumentSize (${editor.maxDocumentSize.toLocaleString('en')} characters); linted the first ${text.length.toLocaleString('en')}.`;
      this.log.info(message);
      vscode.window.setStatusBarMessage(message, 15_000);
    }
    this.linted.fire(linted);
    return linted;
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !isLintable(e.document)) return;
    const state = this.stateOf(e.document);
    const editor = state.editor ?? this.config.settingsFor(e.document.uri).editor;
    if (!editor.enable) return;
    if (editor.hideWhileTyping) this.hideEditedLines(e);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void this.lint(e.document), editor.debounceMs);
  }

  /** Quiet while typing: the diagnostics on the edited lines go until the re-lint puts back what still applies. */
  private hideEditedLines(e: vscode.TextDocumentChangeEvent): void {
    const shown = this.collection.get(e.document.uri);
    if (!shown?.length) return;
    const edited = e.contentChanges.map((c) => [c.range.start.line, c.range.end.line] as const);
    const kept = shown.filter((d) => !edited.some(([from, to]) => d.range.end.line >= from && d.range.start.line <= to));
    if (kept.length !== shown.length) this.collection.set(e.document.uri, kept);
  }

  private stateOf(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { generation: 0, toldClipped: false };
      this.states.set(key, state);
    }
    return state;
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (!state) return;
    clearTimeout(state.timer);
    this.states.delete(key);
    this.collection.delete(doc.uri);
  }

  dispose(): void {
    for (const s of this.states.values()) clearTimeout(s.timer);
    this.states.clear();
    for (const d of this.disposables) d.dispose();
  }
}
