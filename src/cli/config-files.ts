// Finds and reads config: --config FILE, or the nearest .milintrc.json above each linted file.

import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, type ConfigProblem } from '../core/config';
import type { LintOptions } from '../core/options';

export const CONFIG_NAME = '.milintrc.json';

export interface LoadedConfig {
  path: string | null;
  options: LintOptions;
  problems: ConfigProblem[];
  /** The file could not be read at all. */
  unreadable?: string;
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { path: file, options: {}, problems: [], unreadable: code === 'ENOENT' ? 'no such file' : `cannot read (${code})` };
  }
  return { path: file, ...parseConfig(text) };
}

/** Caches the nearest-config lookup per folder. */
export class ConfigFinder {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  nearest(fromFile: string): LoadedConfig {
    const file = this.find(path.dirname(fromFile));
    if (!file) return { path: null, options: {}, problems: [] };
    let c = this.loaded.get(file);
    if (!c) {
      c = loadConfigFile(file);
      this.loaded.set(file, c);
    }
    return c;
  }

  private find(dir: string): string | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const candidate = path.join(dir, CONFIG_NAME);
    let found: string | null = fs.existsSync(candidate) ? candidate : null;
    if (!found) {
      const parent = path.dirname(dir);
      found = parent === dir ? null : this.find(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
