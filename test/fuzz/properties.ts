// The reliability properties, shared by the bounded run in `npm test` (test/unit/property.test.ts) and the
// long run in `npm run fuzz` (test/fuzz/fuzz.test.ts). Each is a fast-check property over hostile text.

import * as assert from 'assert';
import fc from 'fast-check';
import { createLinter, lint, type ParagraphOutput } from '../../src/core/lint';
import { mask } from '../../src/core/mask';
import type { LintOptions } from '../../src/core/options';
import type { LintResult } from '../../src/core/types';
import { applyEditSpec, documentArb, editArb, EXAMPLES, optionsArb } from './arbitraries';
import { applyResolved, checkRange, Lines, resultProblems } from './oracle';

/** A result as plain data (fixes are built lazily behind getters; JSON reads them). */
function plain(r: LintResult): unknown {
  return JSON.parse(JSON.stringify(r));
}

function assertValid(text: string, r: LintResult): void {
  const problems = resultProblems(text, r);
  if (problems.length) assert.fail(`${problems.length} problem(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
}

/** Transcript-like text made only of catalogue examples, with labels and every kind of line break. */
const denseArb = fc
  .array(fc.tuple(fc.constantFrom('', '', 'Counselor: ', 'Client: ', 'T: ', '- '), fc.constantFrom(...EXAMPLES), fc.constantFrom(' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map((p) => p.join('')).join(''));

export interface NamedProperty {
  name: string;
  /** Relative cost of one case; the bounded run in npm test gives costly properties fewer cases. */
  cost?: number;
  property: fc.IPropertyWithHooks<never> | fc.IProperty<unknown> | fc.IRawProperty<unknown>;
}

export function properties(scale: { maxLongLine: number; maxEdits: number }): NamedProperty[] {
  const doc = documentArb({ maxLongLine: scale.maxLongLine });
  return [
    {
      name: 'lint never throws, and every range is a valid position that does not split a surrogate pair',
      property: fc.property(doc, fc.option(optionsArb, { freq: 3 }), (text, options) => {
        assertValid(text, lint(text, options ?? {}));
      }),
    },
    {
      name: 'findings are sorted; each fix has edits that do not overlap and stay in the finding\u2019s paragraph, away from code and comments',
      // the same oracle, on transcripts made only of catalogue examples, so findings and fixes abound
      property: fc.property(denseArb, (text) => {
        const r = lint(text);
        assertValid(text, r);
      }),
    },
    {
      name: 'applying each fix of a finding yields a changed document that still lints to a valid result',
      cost: 2,
      property: fc.property(doc, fc.nat(), (text, pick) => {
        const r = lint(text);
        if (r.findings.length === 0) return;
        const f = r.findings[pick % r.findings.length];
        const lines = new Lines(text);
        for (const fix of f.fixes) {
          const problems: string[] = [];
          const spans = fix.edits.map((e) => checkRange(lines, e.range, f.ruleId, problems));
          assert.deepStrictEqual(problems, []);
          const fixed = applyResolved(text, fix.edits.map((e, i) => ({ start: spans[i]![0], end: spans[i]![1], newText: e.newText })));
          assert.notStrictEqual(fixed, text, `${f.ruleId}: a fix that changes nothing (${fix.title})`);
          assertValid(fixed, lint(fixed));
        }
      }),
    },
    {
      name: 'createLinter().lint gives exactly what a fresh lint gives, after any sequence of edits',
      cost: 3,
      property: fc.property(doc, fc.array(editArb, { minLength: 1, maxLength: scale.maxEdits }), fc.option(optionsArb, { freq: 2 }), (text, edits, options) => {
        const opts: LintOptions = options ?? {};
        const linter = createLinter(opts);
        let t = text;
        assert.deepStrictEqual(plain(linter.lint(t)), plain(lint(t, opts)));
        for (const e of edits) {
          t = applyEditSpec(t, e);
          assert.deepStrictEqual(plain(linter.lint(t)), plain(lint(t, opts)), `after edit ${JSON.stringify(e)}`);
        }
      }),
    },
    {
      name: 'lintParagraphs() hands over exactly lint()\u2019s result, a paragraph at a time, also from a linter that linted before',
      cost: 2,
      property: fc.property(doc, fc.option(optionsArb, { freq: 2 }), (text, options) => {
        const opts: LintOptions = options ?? {};
        const linter = createLinter(opts);
        linter.lint(text.slice(0, text.length >> 1));
        const parts: ParagraphOutput[] = [];
        const run = linter.lintParagraphs(text);
        let step = run.next();
        for (; !step.done; step = run.next()) parts.push(step.value);
        const streamed = { findings: parts.flatMap((p) => p.findings), utterances: parts.flatMap((p) => p.utterances), metrics: step.value };
        assert.deepStrictEqual(plain(streamed), plain(lint(text, opts)));
      }),
    },
    {
      name: 'masking keeps the length and every line break in place (all offsets rely on it)',
      property: fc.property(doc, (text) => {
        const m = mask(text);
        assert.strictEqual(m.text.length, text.length);
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          const breakHere = c === '\n' || c === '\r';
          if (breakHere !== (m.text[i] === '\n' || m.text[i] === '\r') || (breakHere && m.text[i] !== c)) assert.fail(`line break moved at ${i}`);
          if (m.text[i] !== c && m.text[i] !== ' ') assert.fail(`masking changed ${JSON.stringify(c)} to ${JSON.stringify(m.text[i])} at ${i}`);
        }
        for (const d of m.directives) assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `directive ${JSON.stringify(d)}`);
      }),
    },
    {
      name: 'lint is deterministic and its result is plain JSON data',
      cost: 2,
      property: fc.property(doc, (text) => {
        const a = lint(text);
        assert.deepStrictEqual(a, plain(a)); // no undefined, NaN, class instances or cycles
        assert.deepStrictEqual(plain(lint(text)), plain(a));
      }),
    },
  ];
}
