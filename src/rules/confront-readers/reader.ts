// A confront reader: one grammatical shape of confrontation, read from a frame and a lexicon rather than
// from fixed phrases. A reader compiles to the catalogue's pattern language (pattern.ts), so the rules that
// use it stay data: a rule lists the readers it reads with, and the prefilter, the ReDoS check and the
// precompiled table see the patterns as any other. Each reader also names the MI-consistent look-alikes it
// leaves alone (`except`), and examples of both that the catalogue test runs.

import type { MatchSpec } from '../types';

export interface Reader {
  /** What the reader finds: patterns in the language of pattern.ts. */
  match: MatchSpec[];
  /** Look-alikes it leaves alone: patterns that cancel a hit they overlap. */
  except: string[];
  /** Sentences it flags and sentences it passes (run by the rule that reads with it). */
  examples: { flag: string[]; pass: string[] };
}

/** A lexicon as a pattern alternation: `(a|b c|d)`. */
export const alt = (words: readonly string[]): string => `(${words.join('|')})`;

/** Readers joined for one rule: their patterns, look-alikes and examples in order. */
export function readWith(...readers: Reader[]): Reader {
  return {
    match: readers.flatMap((r) => r.match),
    except: readers.flatMap((r) => r.except),
    examples: { flag: readers.flatMap((r) => r.examples.flag), pass: readers.flatMap((r) => r.examples.pass) },
  };
}
