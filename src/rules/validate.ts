// Checks the catalogue the way a reviewer would: every rule has examples, ids and phrases are unique,
// fixes name real rewrites, and every example behaves as declared. The build and the tests both run it.

import { lint } from '../core/lint';
import { REWRITES } from '../rewrite';
import type { RuleDef } from './types';

export function catalogueProblems(rules: readonly RuleDef[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`${r.id}: duplicate rule id`);
    ids.add(r.id);
    if (!/^[a-z]+\/[a-z0-9-]+$/.test(r.id) || !r.id.startsWith(r.family + '/')) problems.push(`${r.id}: id must be "${r.family}/kebab-name"`);
    if (!r.examples.flag.length) problems.push(`${r.id}: no examples that flag`);
    if (!r.examples.pass.length) problems.push(`${r.id}: no examples that pass`);
    if (!r.message || !r.why || !r.source) problems.push(`${r.id}: message, why and source are required`);
    if (!r.fixes.length) problems.push(`${r.id}: no fixes`);
    for (const f of r.fixes) if (f.kind === 'rewrite' && !REWRITES[f.name]) problems.push(`${r.id}: unknown rewrite "${f.name}"`);
    for (const m of r.match) {
      const p = (typeof m === 'string' ? m : m.pattern).trim().toLowerCase().replace(/\s+/g, ' ');
      const other = phrases.get(p);
      if (other) problems.push(`${r.id}: duplicate phrase "${p}" (also in ${other})`);
      phrases.set(p, r.id);
    }
  }
  return problems;
}

/** Runs every example through lint(): flag examples must produce the rule, pass examples must not. */
export function exampleProblems(rules: readonly RuleDef[]): string[] {
  const problems: string[] = [];
  for (const r of rules) {
    for (const ex of r.examples.flag) {
      if (!lint(ex).findings.some((f) => f.ruleId === r.id)) problems.push(`${r.id}: example should flag but does not: ${JSON.stringify(ex)}`);
    }
    for (const ex of r.examples.pass) {
      if (lint(ex).findings.some((f) => f.ruleId === r.id)) problems.push(`${r.id}: example should pass but is flagged: ${JSON.stringify(ex)}`);
    }
  }
  return problems;
}
