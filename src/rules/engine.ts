// Runs the catalogue on one sentence. The catalogue is compiled once: each rule's patterns to regular
// expressions, indexed by their anchor words (prefilter.ts) so a sentence runs only the patterns it can match.

import { couldBeImperative, isDirectiveImperative } from '../core/nlp';
import type { Speaker } from '../core/types';
import { holds, type SentenceFacts } from './contexts';
import { RULES } from './catalogue';
import { compilePattern, matchPattern, patternRequirements, type CompiledPattern, type PatternMatch } from './pattern';
import { ignorePrecompiled, type PrecompiledTable } from './precompiled';
import { PatternIndex } from './prefilter';
import type { MatchSpec, RuleDef } from './types';

export interface CompiledRule {
  def: RuleDef;
  patterns: Array<{ compiled: CompiledPattern; replace?: string | Record<string, string>; id: number }>;
  except: CompiledPattern[];
  verbNot: ReadonlySet<string>;
}

export interface Hit {
  rule: CompiledRule;
  match: PatternMatch;
  /** The replacement words for a `replace` fix, resolved from the pattern that matched. */
  replacement?: string;
}

interface Catalogue {
  rules: CompiledRule[];
  /** The non-imperative patterns by anchor word; a pattern's `id` is its index here. */
  prefilter: PatternIndex;
  /** Every pattern by its id, with its rule (ids run in catalogue order: rule by rule, pattern by pattern). */
  byId: Array<{ rule: CompiledRule; pattern: CompiledRule['patterns'][number] }>;
  /** The ids of the imperative rules' patterns (not prefiltered: couldBeImperative decides for them). */
  imperativeIds: number[];
}

let compiled: Catalogue | null = null;

function specParts(spec: MatchSpec): { pattern: string; replace?: string | Record<string, string> } {
  return typeof spec === 'string' ? { pattern: spec } : spec;
}

export function compileRule(def: RuleDef): CompiledRule {
  return {
    def,
    patterns: def.match.map((spec) => {
      const { pattern, replace } = specParts(spec);
      return { compiled: compilePattern(pattern), replace, id: -1 };
    }),
    except: (def.except ?? []).map(compilePattern),
    verbNot: new Set(def.verbNot ?? []),
  };
}

export function catalogue(): Catalogue {
  if (compiled) return compiled;
  const rules = RULES.map(compileRule);
  const sources: Array<string | null> = [];
  const byId: Catalogue['byId'] = [];
  const imperativeIds: number[] = [];
  for (const r of rules) {
    for (const p of r.patterns) {
      p.id = sources.length;
      if (r.def.imperative) imperativeIds.push(p.id);
      sources.push(r.def.imperative ? null : p.compiled.source);
      byId.push({ rule: r, pattern: p });
    }
  }
  compiled = { rules, prefilter: new PatternIndex(sources.length, sources), byId, imperativeIds };
  return compiled;
}

/**
 * Every catalogue pattern (and exception) compiled here, for the build to write to dist/catalogue-compiled.js
 * (see precompiled.ts). It compiles from the sources, never from an older table.
 */
export function precompileCatalogue(): PrecompiledTable {
  ignorePrecompiled();
  const table: PrecompiledTable = {};
  for (const def of RULES) {
    for (const source of [...def.match.map((spec) => specParts(spec).pattern), ...(def.except ?? [])]) {
      table[source] = { re: compilePattern(source).regex.source, requires: patternRequirements(source) };
    }
  }
  return table;
}

/** Which rules apply to a speaker: client turns are never linted. */
function applies(rule: RuleDef, speaker: Speaker): boolean {
  return speaker !== 'client' && rule.appliesTo.includes(speaker);
}

/** All rule hits in one sentence, before directives and settings are applied. */
export function matchSentence(facts: Omit<SentenceFacts, 'start' | 'end'>, speaker: Speaker): Hit[] {
  const cat = catalogue();
  const hits: Hit[] = [];
  let candidates = cat.prefilter.candidates(facts.norm);
  const imperativeCandidate = couldBeImperative(facts.norm);
  if (!candidates && !imperativeCandidate) return hits;
  candidates ??= new Uint8Array(cat.byId.length);
  if (imperativeCandidate) for (const id of cat.imperativeIds) candidates[id] = 1;

  // the flagged patterns in id order, which is the catalogue's order (rule by rule)
  for (let id = 0; id < candidates.length; id++) {
    if (!candidates[id]) continue;
    const { rule, pattern: p } = cat.byId[id];
    if (!applies(rule.def, speaker)) continue;
    for (const m of matchPattern(p.compiled, facts.norm)) {
      // verbNot holds epistemic readings ("you must miss her"); "must not" is never one ("you must not miss").
      if (m.verb && rule.verbNot.has(m.verb.text) && !/\bmust(?:n't| not)\b/.test(facts.norm.slice(m.start, m.verb.start))) continue;
      if (rule.except.some((e) => overlapsAny(e, facts.norm, m))) continue;
      const f: SentenceFacts = { ...facts, start: m.start, end: m.end };
      if (rule.def.unless?.some((c) => holds(c, f))) continue;
      // the imperative is checked where the pattern put it (after an opener or an if-clause)
      if (rule.def.imperative && !isDirectiveImperative(facts.norm.slice(m.hlStart))) continue;
      hits.push({ rule, match: m, replacement: resolveReplacement(p.replace, facts.norm, m) });
    }
  }
  return dropOverlaps(firstOfEachRule(hits));
}

/** Where one rule matches twice over the same words (an instruction and another after its comma), its first highlight stands. */
function firstOfEachRule(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) => !hits.some((k) => k !== h && k.rule === h.rule && k.match.hlStart < h.match.hlStart && k.match.start < h.match.end && h.match.start < k.match.end),
  );
}

function overlapsAny(p: CompiledPattern, norm: string, m: PatternMatch): boolean {
  for (const e of matchPattern(p, norm)) if (e.start < m.end && m.start < e.end) return true;
  return false;
}

function resolveReplacement(
  replace: string | Record<string, string> | undefined,
  norm: string,
  m: PatternMatch,
): string | undefined {
  if (replace === undefined) return undefined;
  let out: string | undefined;
  if (typeof replace === 'string') out = replace;
  else {
    const hl = norm.slice(m.hlStart, m.hlEnd);
    out = replace[hl];
    if (out === undefined) {
      // then by any captured group or any word of the highlight, then the fallback '*'
      for (const v of [...Object.values(m.groups), ...hl.split(' ')]) if (v !== undefined && replace[v] !== undefined) { out = replace[v]; break; }
    }
    out ??= replace['*'];
  }
  if (out === undefined) return undefined;
  return out.replace(/\$([a-z]+)/g, (_, g: string) => m.groups[g] ?? '').replace(/^ +| +$/g, '');
}

const FAMILY_RANK: Record<string, number> = { confront: 0, directive: 1, stigma: 2, autonomy: 3 };

/**
 * Where two hits overlap, keep one: confront beats persuade (MITI's tie-break), a longer highlight beats a
 * shorter one of the same family. Hits of different kinds that do not overlap all stay.
 */
function dropOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) =>
      FAMILY_RANK[a.rule.def.family] - FAMILY_RANK[b.rule.def.family] ||
      b.match.hlEnd - b.match.hlStart - (a.match.hlEnd - a.match.hlStart),
  );
  const kept: Hit[] = [];
  for (const h of sorted) {
    const clash = kept.some((k) => {
      const sameKind = (k.rule.def.family === 'stigma') === (h.rule.def.family === 'stigma');
      return sameKind && k.match.start < h.match.end && h.match.start < k.match.end;
    });
    if (!clash) kept.push(h);
  }
  return kept.sort((a, b) => a.match.hlStart - b.match.hlStart);
}
