// Properties every offered fix must have, checked on every flagged sentence in the rule examples, the golden
// file and the held-out set: applying it removes the finding, touches nothing outside the finding's sentence,
// and leaves no doubled words, wrong verb forms ("to stopping", "consider stop") or lost punctuation.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import { LineIndex } from '../../src/core/positions';
import type { Finding } from '../../src/core/types';
import { RULES } from '../../src/rules/catalogue';
import { applyEdits } from './helpers';
import { readGolden } from './rewrite-fixtures';

const HELD_OUT = path.join(__dirname, '../../../test/fixtures/rewrites-heldout.txt');

export function heldOut(): string[] {
  return fs
    .readFileSync(HELD_OUT, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.replace(/\\n/g, '\n'));
}

/**
 * The sentence around an offset: from after the previous sentence end to the next one. A line break ends a
 * sentence only before a blank line or a speaker label; otherwise it is a soft wrap inside the sentence.
 */
export function sentenceSpan(text: string, at: number): { start: number; end: number } {
  const ends: number[] = [0];
  const re = /[.!?\u2026]+["'\u201D\u2019)\]*_]*(?=\s)|\r?\n(?=[ \t]*\r?\n|[A-Za-z]{1,12}:\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  let start = 0;
  let end = text.length;
  for (let i = 0; i < ends.length - 1; i++) {
    if (ends[i] <= at && at < ends[i + 1]) {
      start = ends[i];
      end = ends[i + 1];
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  // a speaker label belongs to the turn, not to the sentence
  const label = /^[A-Za-z]{1,12}:\s+/.exec(text.slice(start, end));
  if (label && at >= start + label[0].length) start += label[0].length;
  return { start, end };
}

const ALLOWED_AFTER = /^(?:it|this|that|the|a|an|your|their|his|her|my|what|how|whether|where|when|who|being|not|never)$/i;

/** Problems of one rewritten sentence compared with the original sentence; [] when it is fine. */
export function textProblems(before: string, after: string): string[] {
  const out: string[] = [];
  const doubled = /\b(\w+)\s+\1\b/i.exec(after);
  if (doubled && !new RegExp(`\\b${doubled[1]}\\s+${doubled[1]}\\b`, 'i').test(before)) out.push(`doubled word "${doubled[0]}"`);
  for (const [re, what] of [
    [/\b(?:helps?|option is|idea is|able|want|need|try|trying|going) (?:not )?to (?:never )?(\w+ing)\b/i, 'infinitive with -ing'],
    [/\bconsider(?:ing)? (?:not |never |no longer )?(\w+)/i, 'consider + non-gerund'],
    [/\bfeel about (?:not |never |no longer )?(\w+)/i, 'feel about + non-gerund'],
    [/\bin the way of (\w+)/i, 'in the way of + non-gerund'],
    [/\bWould (\w+) be worth a try/i, 'worth a try + non-gerund'],
  ] as Array<[RegExp, string]>) {
    const m = re.exec(after);
    if (!m) continue;
    const word = m[1];
    const bad = what === 'infinitive with -ing' ? !/(?:thing|ring|spring)$/i.test(word) : !/ing$/i.test(word) && !ALLOWED_AFTER.test(word);
    if (bad && !before.includes(m[0])) out.push(`${what}: "${m[0]}"`);
  }
  if (/\s[,.;:!?]|,[.!?]|[.!?]{2}(?<!\.\.\.)|\s{2}|^\s|\s$/.test(after)) out.push(`stray spacing or punctuation in "${after}"`);
  const endOf = (s: string) => /[.!?\u2026]?["'\u201D\u2019)\]*_]*$/.exec(s)![0];
  const eb = endOf(before);
  const ea = endOf(after);
  if (/[.!?\u2026]/.test(eb) && !/[.!?\u2026]/.test(ea)) out.push(`lost final punctuation: "${after}"`);
  if (eb.replace(/[.!?\u2026]/g, '') !== ea.replace(/[.!?\u2026]/g, '')) out.push(`lost closing marks "${eb}" → "${ea}"`);
  const open = (s: string) => /^[(["\u201C\u2018*_]*/.exec(s)![0];
  if (open(before) !== open(after)) out.push(`lost opening marks: "${after}"`);
  const firstLetter = (s: string) => /[A-Za-z]/.exec(s)?.[0] ?? '';
  const fb = firstLetter(before);
  if (fb && (fb === fb.toUpperCase()) !== (firstLetter(after) === firstLetter(after).toUpperCase())) out.push(`sentence casing changed: "${after}"`);
  return out;
}

interface Checked {
  findings: number;
  fixes: number;
  problems: string[];
  firstFixClean: number;
}

/** Applies every fix of every finding in `text` and checks the properties; returns counts and problems. */
export function checkText(text: string): Checked {
  const result: Checked = { findings: 0, fixes: 0, problems: [], firstFixClean: 0 };
  const idx = new LineIndex(text);
  const findings = lint(text).findings;
  for (const f of findings) {
    result.findings++;
    const at = idx.offset(f.range.start);
    const span = sentenceSpan(text, at);
    const where = `${f.ruleId} in ${JSON.stringify(text)}`;
    if (!f.fixes.length) result.problems.push(`${where}: no fix offered`);
    f.fixes.forEach((fix, i) => {
      result.fixes++;
      const after = applyEdits(text, fix.edits);
      const tail = text.length - span.end;
      const newEnd = after.length - tail;
      const label = `${where}, fix ${i + 1} "${fix.title}"`;
      if (after.slice(0, span.start) !== text.slice(0, span.start) || after.slice(newEnd) !== text.slice(span.end) || newEnd < span.start) {
        result.problems.push(`${label}: changed text outside the sentence → ${JSON.stringify(after)}`);
        return;
      }
      const before = text.slice(span.start, span.end);
      const rewritten = after.slice(span.start, newEnd);
      for (const p of textProblems(before, rewritten)) result.problems.push(`${label}: ${p}`);
      // the edited words in the new text: a finding of the same rule there is the same finding, not fixed
      const editStart = Math.min(...fix.edits.map((e) => idx.offset(e.range.start)));
      const editEnd = Math.max(...fix.edits.map((e) => idx.offset(e.range.end))) + after.length - text.length;
      const again = lint(after).findings.filter((g) => overlaps(after, g, editStart, Math.max(editEnd, editStart + 1)));
      if (again.some((g) => g.ruleId === f.ruleId)) result.problems.push(`${label}: still flagged for ${f.ruleId} → ${JSON.stringify(rewritten)}`);
      if (i === 0) {
        // clean: no finding in the rewritten sentence that the original sentence did not already have
        const others = findings.filter((g) => g !== f && overlaps(text, g, editStart, editEnd - after.length + text.length)).map((g) => g.ruleId);
        const extra = again.map((g) => g.ruleId).filter((id) => {
          const k = others.indexOf(id);
          if (k < 0) return true;
          others.splice(k, 1);
          return false;
        });
        if (extra.length) result.problems.push(`${label}: first fix is not clean, now flagged ${extra.join(', ')} → ${JSON.stringify(rewritten)}`);
        else result.firstFixClean++;
      }
    });
  }
  return result;
}

function overlaps(text: string, f: Finding, start: number, end: number): boolean {
  const idx = new LineIndex(text);
  const s = idx.offset(f.range.start);
  const e = idx.offset(f.range.end);
  return s < end && start < e;
}

function run(title: string, texts: string[], minFindings: number) {
  describe(title, () => {
    it(`every finding offers a fix; every fix removes its finding, stays in its sentence and reads right`, () => {
      const total: Checked = { findings: 0, fixes: 0, problems: [], firstFixClean: 0 };
      for (const t of texts) {
        const c = checkText(t);
        total.findings += c.findings;
        total.fixes += c.fixes;
        total.firstFixClean += c.firstFixClean;
        total.problems.push(...c.problems);
      }
      assert.ok(total.findings >= minFindings, `only ${total.findings} findings`);
      assert.deepStrictEqual(total.problems, [], `${total.problems.length} problems in ${total.fixes} fixes of ${total.findings} findings`);
      assert.strictEqual(total.firstFixClean, total.findings);
    });
  });
}

describe('rewrite properties', () => {
  run('rule examples (flag)', RULES.flatMap((r) => r.examples.flag), RULES.length);
  run('golden file inputs', readGolden().cases.map((c) => c.input), 120);
  run('held-out directive and stigmatizing sentences', heldOut(), 40);

  it('the checks catch what they are meant to catch', () => {
    assert.ok(textProblems('You should stop drinking.', 'You might consider stop drinking.').some((p) => p.includes('consider')));
    assert.ok(textProblems('You should stop drinking.', 'Some people find it helps to stopping drinking.').some((p) => p.includes('-ing')));
    assert.ok(textProblems('You should stop drinking.', 'How would you feel about about stopping drinking?').some((p) => p.includes('doubled')));
    assert.ok(textProblems('You should stop drinking.', 'How would you feel about stopping drinking').some((p) => p.includes('punctuation')));
    assert.ok(textProblems('(You should stop.)', 'How would you feel about stopping?').some((p) => p.includes('marks')));
    assert.deepStrictEqual(textProblems('You should stop drinking.', 'How would you feel about stopping drinking?'), []);
    const outside = checkText('Hello there. You should stop drinking.');
    assert.deepStrictEqual(outside.problems, []);
    assert.strictEqual(sentenceSpan('Hello there. You should stop.', 15).start, 13);
  });
});
