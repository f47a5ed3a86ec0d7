// The catalogue compiled at build time. Compiling ~400 patterns (tokenizing, expanding informal spellings,
// finding anchor words) cost a cold first lint as much as linting the note itself, so the build writes each
// pattern's expression and required words to dist/catalogue-compiled.js (scripts/build.js) and the bundles read them
// from there on first use. Entries are keyed by the pattern's source: a pattern the table does not hold
// (unbundled tests, a table from another build) is compiled at run time as before.

export interface PrecompiledPattern {
  /** The whole expression's source, as compilePattern() builds it. */
  re: string;
  /** patternRequirements() of the pattern (its anchors are the rarest of these sets). */
  requires: string[][];
}

export type PrecompiledTable = Record<string, PrecompiledPattern>;

let table: PrecompiledTable | null | undefined;

/** The build-time entry for a pattern source, if the table holds it. */
export function precompiled(source: string): PrecompiledPattern | undefined {
  if (table === undefined) {
    try {
      // A plain require keeps this lazy in the bundles too: the build maps it to dist/catalogue-compiled.js.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require('./catalogue-compiled');
      table = (mod.CATALOGUE ?? null) as PrecompiledTable | null;
    } catch {
      table = null;
    }
  }
  return table && Object.prototype.hasOwnProperty.call(table, source) ? table[source] : undefined;
}

/** Turns the table off for this process (the build, which writes it, must compile everything itself). */
export function ignorePrecompiled(): void {
  table = null;
}
