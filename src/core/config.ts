// The configuration schema shared by `.milintrc.json`, the CLI's --config and the extension's settings.
// Config is data only: it is parsed as JSON and validated here; nothing from a workspace is ever executed.
// A bad entry is reported by its key and dropped; the rest of the config still applies.

import { RULES_BY_ID } from '../rules/catalogue';
import type { LintOptions } from './options';
import { FAMILIES, type Family, type SeveritySetting } from './types';

export interface ConfigProblem {
  /** The JSON path of the bad entry, e.g. "rules.directive/you-shuold". */
  key: string;
  message: string;
}

export interface ConfigResult {
  options: LintOptions;
  problems: ConfigProblem[];
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const TOP_KEYS = ['$schema', 'rules', 'families', 'speakerLabels', 'autonomyPhrases'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim().length > 0);
}

/** Validates a parsed config object. */
export function validateConfig(raw: unknown): ConfigResult {
  const problems: ConfigProblem[] = [];
  const options: LintOptions = {};
  if (!isObject(raw)) {
    return { options, problems: [{ key: '(root)', message: 'the config must be a JSON object' }] };
  }
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.includes(k)) problems.push({ key: k, message: `unknown key "${k}" (allowed: ${TOP_KEYS.slice(1).join(', ')})` });
  }

  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problems.push({ key: 'rules', message: 'must be an object of rule id → severity' });
    else {
      options.rules = {};
      for (const [id, sev] of Object.entries(raw.rules)) {
        if (!RULES_BY_ID.has(id)) problems.push({ key: `rules.${id}`, message: `unknown rule id "${id}"${suggest(id)}` });
        else if (!SEVERITY_SETTINGS.includes(sev as SeveritySetting))
          problems.push({ key: `rules.${id}`, message: `severity must be one of ${SEVERITY_SETTINGS.join(', ')}, got ${JSON.stringify(sev)}` });
        else options.rules[id] = sev as SeveritySetting;
      }
    }
  }

  if (raw.families !== undefined) {
    if (!isObject(raw.families)) problems.push({ key: 'families', message: 'must be an object of family → true/false or severity' });
    else {
      options.families = {};
      for (const [fam, v] of Object.entries(raw.families)) {
        if (!FAMILIES.includes(fam as Family)) problems.push({ key: `families.${fam}`, message: `unknown family "${fam}" (families: ${FAMILIES.join(', ')})` });
        else if (typeof v !== 'boolean' && !SEVERITY_SETTINGS.includes(v as SeveritySetting))
          problems.push({ key: `families.${fam}`, message: `must be true, false or one of ${SEVERITY_SETTINGS.join(', ')}, got ${JSON.stringify(v)}` });
        else options.families[fam as Family] = v as boolean | SeveritySetting;
      }
    }
  }

  if (raw.speakerLabels !== undefined) {
    const sl = raw.speakerLabels;
    if (!isObject(sl)) problems.push({ key: 'speakerLabels', message: 'must be an object with "counselor" and/or "client" lists' });
    else {
      options.speakerLabels = {};
      for (const [who, list] of Object.entries(sl)) {
        if (who !== 'counselor' && who !== 'client') problems.push({ key: `speakerLabels.${who}`, message: 'only "counselor" and "client" are allowed' });
        else if (!isStringList(list)) problems.push({ key: `speakerLabels.${who}`, message: 'must be a list of non-empty strings' });
        else options.speakerLabels[who] = list;
      }
    }
  }

  if (raw.autonomyPhrases !== undefined) {
    if (!isStringList(raw.autonomyPhrases) || raw.autonomyPhrases.length === 0)
      problems.push({ key: 'autonomyPhrases', message: 'must be a non-empty list of non-empty strings' });
    else options.autonomyPhrases = raw.autonomyPhrases;
  }
  return { options, problems };
}

/** Parses and validates config text (a `.milintrc.json`). */
export function parseConfig(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { options: {}, problems: [{ key: '(root)', message: `invalid JSON: ${(e as Error).message}` }] };
  }
  return validateConfig(raw);
}

/** Merges option layers; later layers win, key by key. */
export function mergeOptions(...layers: LintOptions[]): LintOptions {
  const out: LintOptions = {};
  for (const l of layers) {
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.families) out.families = { ...out.families, ...l.families };
    if (l.speakerLabels) out.speakerLabels = { ...out.speakerLabels, ...l.speakerLabels };
    if (l.autonomyPhrases) out.autonomyPhrases = l.autonomyPhrases;
  }
  return out;
}

function suggest(id: string): string {
  let best = '';
  let bestD = Infinity;
  for (const known of RULES_BY_ID.keys()) {
    const d = distance(id, known);
    if (d < bestD) {
      bestD = d;
      best = known;
    }
  }
  return bestD <= 4 ? ` — did you mean "${best}"?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
