// The shape of a rule. A rule is data: everything a reader, the docs generator and the tests need is here;
// behaviour that is not a pattern lives in named contexts (contexts.ts) and named rewrites (src/rewrite).

import type { Family, MiCode, Severity } from '../core/types';

/** Segments a rule reads: the author's own text, or a labelled counselor turn. Client speech is never linted. */
export type Applies = 'author' | 'counselor';

/** Names of MI-consistent contexts that cancel a match (see contexts.ts for what each one means). */
export type ContextName =
  | 'reflection-frame'
  | 'open-question'
  | 'question'
  | 'permission'
  | 'autonomy'
  | 'conditional'
  | 'not-addressed'
  | 'third-person-note'
  | 'not-a-note'
  | 'not-a-rule-heading'
  | 'addressed'
  | 'clinical-sense';

/**
 * How a finding can be fixed. `rewrite` names a builder in src/rewrite; `replace` swaps the highlighted
 * words for the replacement of the pattern that matched (see MatchSpec), keeping case and articles right.
 */
export type FixSpec = { kind: 'rewrite'; name: string } | { kind: 'replace' };

/**
 * A pattern, optionally with the words that replace its highlighted part. A replacement may use `$group`
 * for a `{MACRO=group}` capture; a map picks the replacement by the highlighted words (lower case).
 */
export type MatchSpec = string | { pattern: string; replace: string | Record<string, string> };

export interface RuleDef {
  /** Stable id, family/name in kebab-case. */
  id: string;
  family: Family;
  miCode: MiCode | null;
  severity: Severity;
  appliesTo: Applies[];
  /** Patterns in the language of pattern.ts; any one matching is a hit. */
  match: MatchSpec[];
  /** Patterns that cancel a hit they overlap (idioms and clinical senses: "you never know", "admitted to the hospital"). */
  except?: string[];
  /** When the pattern has a {VERB} slot: words that must not fill it (e.g. "be" in "you must be tired"). */
  verbNot?: string[];
  /** Confirm the sentence starts with a verb in its base form (compromise), for imperatives. */
  imperative?: boolean;
  unless?: ContextName[];
  message: string;
  /** Hover text: why this matters in MI. */
  why: string;
  source: string;
  fixes: FixSpec[];
  examples: { flag: string[]; pass: string[] };
}
