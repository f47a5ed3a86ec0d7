// lint() end to end: families and codes, MI-consistent look-alikes, options, the paragraph cache.

import * as assert from 'assert';
import { createLinter, lint } from '../../src/core/lint';
import { applyEdits, covered, ruleIds } from './helpers';

describe('lint()', () => {
  it('flags directive, confronting and stigmatizing language with the right family and miCode', () => {
    const t = 'You need to stop drinking. Why didn\'t you call me? The client is an addict.';
    const f = lint(t).findings;
    assert.deepStrictEqual(
      f.map((x) => [x.family, x.miCode, covered(t, x)]),
      [
        ['directive', 'persuade', 'You need to stop'],
        ['confront', 'confront', "Why didn't you"],
        ['stigma', null, 'an addict'],
      ],
    );
  });

  it('does not flag MI-consistent look-alikes', () => {
    for (const t of [
      'You feel like you have to be perfect.',
      'Part of you thinks you should call her.',
      'What do you think you need to do?',
      "It's your call, but some people find it helps to cut back on weekdays.",
      'Would it be OK if I shared an idea? Some people find that journaling helps.',
      'Counselor: Would it be OK if I shared some information?\n\nClient: Sure.\n\nCounselor: You should know that drinking can affect your sleep.',
      'Urine drug screen positive for opiates.',
    ]) {
      assert.deepStrictEqual(ruleIds(t).filter((id) => !id.startsWith('stigma/')), [], t);
    }
  });

  it('ignores the lighter reading when unsure: advice after the client asked for it', () => {
    const t = 'Client: What should I do about my sleep?\n\nCounselor: You could try keeping a sleep diary.';
    assert.deepStrictEqual(ruleIds(t), []);
  });

  it('codes counselor turns and client talk', () => {
    const t = [
      'Counselor: What brings you in today?',
      'Client: I want to cut down on my drinking for my kids.',
      'Counselor: It sounds like your kids are a big reason you want to change.',
      'Client: I don\'t see drinking as a problem.',
      'Counselor: Do you drink every day?',
    ].join('\n\n');
    const u = lint(t).utterances;
    assert.deepStrictEqual(u.map((x) => x.speaker), ['counselor', 'client', 'counselor', 'client', 'counselor']);
    assert.ok(u[0].codes.includes('open-question'));
    assert.strictEqual(u[1].talk, 'change');
    assert.ok(u[2].codes.includes('complex-reflection'));
    assert.strictEqual(u[3].talk, 'sustain');
    assert.ok(u[4].codes.includes('closed-question'));
    const m = lint(t).metrics;
    assert.strictEqual(m.questions, 2);
    assert.strictEqual(m.reflectionToQuestion, 0.5);
    assert.strictEqual(m.percentOpenQuestions, 50);
  });

  it('severity overrides: per rule, per family, off', () => {
    const t = 'You should stop drinking. Client is an addict.';
    assert.deepStrictEqual(ruleIds(t, { rules: { 'directive/you-should': 'off' } }), ['stigma/addict']);
    assert.deepStrictEqual(ruleIds(t, { families: { stigma: false } }), ['directive/you-should']);
    const sev = lint(t, { families: { stigma: 'hint' }, rules: { 'directive/you-should': 'error' } }).findings.map((f) => f.severity);
    assert.deepStrictEqual(sev, ['error', 'hint']);
  });

  it('stigma fixes keep articles, number and sentence-initial casing', () => {
    const cases: Array<[string, string]> = [
      ['Client is an addict.', 'Client is a person with a substance use disorder.'],
      ['Addicts often miss appointments.', 'People with substance use disorders often miss appointments.'],
      ['Client claims she is sober.', 'Client reports she is sober.'],
      ['UDS was dirty.', 'UDS was positive.'],
      ['History of substance abuse.', 'History of substance use.'],
    ];
    for (const [before, after] of cases) {
      const f = lint(before).findings[0];
      assert.strictEqual(applyEdits(before, f.fixes[0].edits), after);
    }
  });
});

describe('createLinter()', () => {
  it('re-lints only the paragraph that changed and answers exactly like a fresh lint', () => {
    const paras = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: you should stop drinking. Client is an addict.`);
    const linter = createLinter();
    linter.lint(paras.join('\n\n'));
    assert.strictEqual(linter.lastMisses, 50);
    paras[25] = paras[25].replace('stop', 'quit');
    const text = paras.join('\n\n');
    const r = linter.lint(text);
    assert.strictEqual(linter.lastMisses, 1);
    assert.deepStrictEqual(r, lint(text));
  });

  it('lintParagraphs() yields lint()\u2019s findings and utterances paragraph by paragraph and returns its metrics', () => {
    const text = [
      'Counselor: Would it be OK if I shared an idea?',
      'Client: Sure, what should I do?',
      'Counselor: You should call your sponsor. It\'s up to you.',
      '<!-- mi-lint-disable-next-line -->\nYou need to take your meds.\nClient is an addict.',
      'Client: I want to cut back for my kids.',
    ].join('\n\n');
    const linter = createLinter();
    const parts = [];
    const run = linter.lintParagraphs(text);
    let step = run.next();
    for (; !step.done; step = run.next()) parts.push(step.value);
    assert.strictEqual(parts.length, 5);
    const whole = lint(text);
    assert.deepStrictEqual(parts.flatMap((p) => p.findings), whole.findings);
    assert.deepStrictEqual(parts.flatMap((p) => p.utterances), whole.utterances);
    assert.deepStrictEqual(step.value, whole.metrics);
    assert.ok(whole.findings.length >= 1 && whole.metrics.changeTalk >= 1);
  });
});
