// The configuration a document is linted with: the nearest `.milintrc.json` (the document's folder or any
// folder above it, as the CLI finds it), overridden key by key by the `miLint.*` settings. Both reload live;
// onDidChange tells the linting to rebuild its linters. Files are read through workspace.fs, so this also
// works in virtual workspaces, and a config file is only ever parsed as JSON.

import * as vscode from 'vscode';
import { mergeOptions, parseConfig, type ConfigProblem } from '../core/config';
import type { LintOptions } from '../core/options';
import type { ConfigProblemReporter } from './config-problems';
import { readSettings, type EditorSettings, type SettingsResult } from './settings';

export const RC_FILE = '.milintrc.json';
const MAX_PARENT_FOLDERS = 40;

export interface DocumentConfig {
  editor: EditorSettings;
  options: LintOptions;
  /** Identity of `options`: a linter is rebuilt when it changes. */
  key: string;
}

interface RcFile {
  uri: vscode.Uri;
  options: LintOptions;
}

export class ConfigService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Settings or a config file changed: documents must be re-linted. */
  readonly onDidChange = this.changed.event;
  private readonly settingsByScope = new Map<string, SettingsResult>();
  private readonly rcByFolder = new Map<string, Promise<RcFile | null>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly reporter: ConfigProblemReporter) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
    this.disposables.push(
      this.changed,
      watcher,
      watcher.onDidCreate(() => this.reloadConfigFiles()),
      watcher.onDidChange(() => this.reloadConfigFiles()),
      watcher.onDidDelete((uri) => {
        this.reporter.clearFile(uri);
        this.reloadConfigFiles();
      }),
      // Config files outside the workspace are not watched: saving one in the editor reloads too.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isConfigFile(d.uri)) this.reloadConfigFiles();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('miLint')) this.reloadSettings();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.rcByFolder.clear();
        this.reloadSettings();
      }),
    );
    void this.reportSettingsProblems();
  }

  /** The `miLint.*` settings that apply to a resource (its workspace folder's, or the window's). */
  settingsFor(uri?: vscode.Uri): SettingsResult {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const scopeKey = folder?.uri.toString() ?? '';
    let s = this.settingsByScope.get(scopeKey);
    if (!s) {
      const cfg = vscode.workspace.getConfiguration('miLint', folder?.uri);
      s = readSettings((key) => cfg.get(key));
      this.settingsByScope.set(scopeKey, s);
    }
    return s;
  }

  async forUri(uri: vscode.Uri): Promise<DocumentConfig> {
    const settings = this.settingsFor(uri);
    const rc = await this.configFileFor(uri);
    const options = mergeOptions(rc?.options ?? {}, settings.lint);
    return { editor: settings.editor, options, key: JSON.stringify(options) };
  }

  private reloadSettings(): void {
    this.settingsByScope.clear();
    void this.reportSettingsProblems();
    this.changed.fire();
  }

  private reloadConfigFiles(): void {
    this.rcByFolder.clear();
    this.changed.fire();
  }

  private async reportSettingsProblems(): Promise<void> {
    const scopes = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
    const seen = new Set<string>();
    const problems: ConfigProblem[] = [];
    for (const scope of scopes) {
      for (const p of this.settingsFor(scope).problems) {
        const id = `${p.key}\u0000${p.message}`;
        if (!seen.has(id)) {
          seen.add(id);
          problems.push(p);
        }
      }
    }
    await this.reporter.reportSettings(problems);
  }

  /** The nearest `.milintrc.json` above a document; untitled documents use the first workspace folder's. */
  private async configFileFor(uri: vscode.Uri): Promise<RcFile | null> {
    for (const folder of candidateFolders(uri)) {
      const rc = await this.configFileIn(folder);
      if (rc) return rc;
    }
    return null;
  }

  private configFileIn(folder: vscode.Uri): Promise<RcFile | null> {
    const key = folder.toString();
    let pending = this.rcByFolder.get(key);
    if (!pending) {
      pending = this.readConfigFile(vscode.Uri.joinPath(folder, RC_FILE));
      this.rcByFolder.set(key, pending);
    }
    return pending;
  }

  private async readConfigFile(uri: vscode.Uri): Promise<RcFile | null> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return null; // no config file in this folder
    }
    const text = new TextDecoder().decode(bytes);
    const { options, problems } = parseConfig(text);
    this.reporter.reportFile(uri, text, problems);
    return { uri, options };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${RC_FILE}`);
}

/** The document's folder and every folder above it (bounded), nearest first. */
function candidateFolders(uri: vscode.Uri): vscode.Uri[] {
  if (uri.scheme === 'untitled') {
    const first = vscode.workspace.workspaceFolders?.[0];
    return first ? [first.uri] : [];
  }
  const out: vscode.Uri[] = [];
  let folder = vscode.Uri.joinPath(uri, '..');
  for (let i = 0; i < MAX_PARENT_FOLDERS; i++) {
    out.push(folder);
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) break;
    folder = parent;
  }
  return out;
}
