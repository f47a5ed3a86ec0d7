// The extension's settings (`miLint.*`), read through a getter so this module stays free of `vscode` and
// unit-testable. Lint options use the same schema and validator as `.milintrc.json` (core/config.ts); the
// editor-only settings are checked here. A bad value is reported by its key and its default is kept.

import { validateConfig, type ConfigProblem } from '../core/config';
import type { LintOptions } from '../core/options';

export interface EditorSettings {
  enable: boolean;
  /** Trailing debounce between the last keystroke and the re-lint. */
  debounceMs: number;
  /** Hide the diagnostics of the lines being edited until typing pauses. */
  hideWhileTyping: boolean;
  /** Documents are linted up to this many characters (UTF-16 code units). */
  maxDocumentSize: number;
  completionsEnable: boolean;
}

export const DEFAULT_EDITOR_SETTINGS: Readonly<EditorSettings> = {
  enable: true,
  debounceMs: 150,
  hideWhileTyping: true,
  maxDocumentSize: 1_048_576,
  completionsEnable: true,
};

export interface SettingsResult {
  editor: EditorSettings;
  lint: LintOptions;
  /** Keys are full setting names, e.g. "miLint.rules.directive/you-shuold". */
  problems: ConfigProblem[];
}

const LIMITS = {
  debounceMs: { min: 0, max: 10_000 },
  maxDocumentSize: { min: 1_000, max: 100_000_000 },
} as const;

function isEmptyDefault(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v as object).length === 0;
}

/** Reads `miLint.*` through `get(key)` (key without the "miLint." prefix). */
export function readSettings(get: (key: string) => unknown): SettingsResult {
  const problems: ConfigProblem[] = [];
  const editor: EditorSettings = { ...DEFAULT_EDITOR_SETTINGS };

  const bool = (key: 'enable' | 'hideWhileTyping' | 'completionsEnable', name: string) => {
    const v = get(name);
    if (v === undefined || v === null) return;
    if (typeof v === 'boolean') editor[key] = v;
    else problems.push({ key: `miLint.${name}`, message: `must be true or false, got ${JSON.stringify(v)}` });
  };
  bool('enable', 'enable');
  bool('hideWhileTyping', 'hideWhileTyping');
  bool('completionsEnable', 'completions.enable');

  for (const key of ['debounceMs', 'maxDocumentSize'] as const) {
    const v = get(key);
    if (v === undefined || v === null) continue;
    const { min, max } = LIMITS[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) editor[key] = Math.round(v);
    else problems.push({ key: `miLint.${key}`, message: `must be a number from ${min} to ${max}, got ${JSON.stringify(v)}` });
  }

  // The lint options: only what the user set (the contributed defaults are empty), validated like a config file.
  const raw: Record<string, unknown> = {};
  for (const key of ['rules', 'families', 'speakerLabels', 'autonomyPhrases']) {
    const v = get(key);
    if (!isEmptyDefault(v)) raw[key] = v;
  }
  const validated = validateConfig(raw);
  for (const p of validated.problems) problems.push({ key: `miLint.${p.key}`, message: p.message });
  return { editor, lint: validated.options, problems };
}
