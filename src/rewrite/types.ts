// What a rewrite builder sees and returns. Offsets are into the whole document; builders are pure.

import type { PatternMatch } from '../rules/pattern';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface ProposedFix {
  title: string;
  edits: OffsetEdit[];
}

export interface FixContext {
  /** The whole document. */
  text: string;
  /** The sentence the finding is in (document offsets, original text between them). */
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence normalized (lower case, straight quotes), same length as the original. */
  norm: string;
  /** The match, offsets relative to the sentence. */
  match: PatternMatch;
  /** The replacement resolved from the rule's pattern, for `replace` fixes. */
  replacement?: string;
  /** Autonomy-supporting phrases, the preferred first. */
  autonomyPhrases: readonly string[];
}

export type RewriteBuilder = (ctx: FixContext) => ProposedFix | null;
