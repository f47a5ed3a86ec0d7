// Session metrics: the counts and ratios from utterance codes, word-based talk share, null where a figure is
// undefined, and ratings against the fair/good thresholds. Utterances are built by hand so these tests
// hold whatever the coder decides; talk share goes through lint() because it counts the document's words.

import * as assert from 'assert';
import { lint } from '../../src/core/lint';
import { computeMetrics, formatFigure, rate, rateMetrics, THRESHOLDS, type CountedUtterance } from '../../src/core/metrics';
import type { MiCode, Speaker, Talk } from '../../src/core/types';
import { metricsLine } from '../../src/cli/formatters/metrics-summary';

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const u = (speaker: Speaker, codes: MiCode[] = [], words = 10, talk: Talk | null = null): CountedUtterance => ({ speaker, range: R, codes, talk, words });

describe('metrics: computeMetrics', () => {
  it('counts reflections, questions and MI-(non-)adherent codes per turn', () => {
    const m = computeMetrics([
      u('counselor', ['complex-reflection', 'open-question']),
      u('counselor', ['simple-reflection']),
      u('counselor', ['closed-question', 'affirm']),
      u('counselor', ['open-question', 'seeking-collaboration', 'emphasizing-autonomy']),
      u('counselor', ['persuade']),
      u('counselor', ['closed-question', 'confront']),
      u('client', [], 30, 'change'),
      u('client', [], 5, 'sustain'),
      u('client', [], 5, 'neutral'),
    ]);
    assert.strictEqual(m.reflections, 2);
    assert.strictEqual(m.complexReflections, 1);
    assert.strictEqual(m.questions, 4);
    assert.strictEqual(m.openQuestions, 2);
    assert.strictEqual(m.reflectionToQuestion, 0.5);
    assert.strictEqual(m.percentOpenQuestions, 50);
    assert.strictEqual(m.percentComplexReflections, 50);
    assert.strictEqual(m.miAdherent, 3);
    assert.strictEqual(m.miNonAdherent, 2);
    assert.strictEqual(m.percentMiAdherent, 60);
    assert.strictEqual(m.changeTalk, 1);
    assert.strictEqual(m.sustainTalk, 1);
    assert.strictEqual(m.counselorTalkShare, 0.6); // 60 counselor words of 100
  });

  it('counts a turn that reflects and then asks on both sides, as MITI does (alsoReflects)', () => {
    const also = (codes: MiCode[], r: 'simple-reflection' | 'complex-reflection'): CountedUtterance => ({ ...u('counselor', codes), alsoReflects: r });
    const m = computeMetrics([
      also(['open-question'], 'complex-reflection'),
      also(['closed-question'], 'simple-reflection'),
      u('counselor', ['closed-question']),
      u('counselor', ['simple-reflection']),
    ]);
    assert.strictEqual(m.reflections, 3);
    assert.strictEqual(m.complexReflections, 1);
    assert.strictEqual(m.questions, 3);
    assert.strictEqual(m.reflectionToQuestion, 1);
    assert.strictEqual(m.percentComplexReflections, 33.33);
  });

  it('lint() marks a spoken turn that reflects, then asks, and counts it in the metrics', () => {
    const r = lint('Counselor: You have cut down a lot since the spring and you feel proud of it. What helped you most?\n\nClient: My sister.\n');
    const turn = r.utterances[0];
    assert.ok(turn.codes.includes('open-question'), turn.codes.join(' '));
    if (!turn.codes.includes('complex-reflection')) assert.strictEqual(turn.alsoReflects, 'complex-reflection');
    assert.strictEqual(r.metrics.reflections, 1);
    assert.strictEqual(r.metrics.questions, 1);
    // a declarative question alone is the question, nothing more
    const d = lint("Counselor: You're okay with that?\n\nClient: Yes.\n");
    assert.strictEqual(d.utterances[0].alsoReflects, undefined);
  });

  it('is null where a figure is undefined, never 0 or Infinity', () => {
    const m = computeMetrics([u('counselor', ['simple-reflection']), u('client')]);
    assert.strictEqual(m.reflectionToQuestion, null); // reflections but no questions
    assert.strictEqual(m.percentOpenQuestions, null);
    assert.strictEqual(m.percentComplexReflections, 0);
    assert.strictEqual(m.percentMiAdherent, null);
    const none = computeMetrics([]);
    for (const k of ['reflectionToQuestion', 'percentOpenQuestions', 'percentComplexReflections', 'counselorTalkShare', 'percentMiAdherent'] as const) {
      assert.strictEqual(none[k], null, k);
    }
  });

  it('has no talk share for a note, a monologue, or a transcript where the client says nothing', () => {
    assert.strictEqual(computeMetrics([u('author', ['giving-information'])]).counselorTalkShare, null);
    assert.strictEqual(computeMetrics([u('counselor'), u('counselor')]).counselorTalkShare, null);
    assert.strictEqual(computeMetrics([u('counselor'), u('client', [], 0)]).counselorTalkShare, null);
  });

  it('leaves the author\'s paragraphs around a transcript out of the counselor\'s talk and codes', () => {
    const m = computeMetrics([u('author', ['persuade', 'closed-question'], 50), u('counselor', [], 10), u('client', [], 10)]);
    assert.strictEqual(m.counselorTalkShare, 0.5);
    assert.strictEqual(m.miNonAdherent, 0);
    assert.strictEqual(m.questions, 0);
  });
});

describe('metrics: talk share counts whitespace-separated words, labels excluded', () => {
  it('plain, bold, timestamped and numbered labels', () => {
    const t = [
      '# Session notes heading that is not talk',
      'Counselor: one two three',
      'Client: four five six seven eight nine',
      '**T:** ten, eleven twelve.',
      '[00:12] C: thirteen',
    ].join('\n\n');
    // counselor 3 + 3 = 6 words; client 6 + 1 = 7 words
    assert.strictEqual(lint(t).metrics.counselorTalkShare, Math.round((6 / 13) * 1e4) / 1e4);
  });

  it('counts words inside code and quotes like any other (the true share is of all words)', () => {
    const t = 'Counselor: You said "I want to quit" earlier — tell me more.\n\nClient: Yes `code` https://example.org done';
    const cw = 'You said "I want to quit" earlier — tell me more.'.split(/\s+/).length;
    const kw = 'Yes `code` https://example.org done'.split(/\s+/).length;
    assert.strictEqual(lint(t).metrics.counselorTalkShare, Math.round((cw / (cw + kw)) * 1e4) / 1e4);
  });

  it('a multi-line turn counts the words of every line', () => {
    const t = 'Counselor: one two\nthree four\n\nClient: five six\nseven eight';
    assert.strictEqual(lint(t).metrics.counselorTalkShare, 0.5);
  });
});

describe('metrics: ratings against fair/good thresholds', () => {
  it('higher-is-better figures: low below fair, fair from fair, good from good', () => {
    const t = THRESHOLDS.reflectionToQuestion;
    assert.deepStrictEqual([0, 0.99, 1, 1.99, 2, 5].map((v) => rate(v, t)), ['low', 'low', 'fair', 'fair', 'good', 'good']);
    const o = THRESHOLDS.percentOpenQuestions;
    assert.deepStrictEqual([49.99, 50, 69.99, 70].map((v) => rate(v, o)), ['low', 'fair', 'fair', 'good']);
    const c = THRESHOLDS.percentComplexReflections;
    assert.deepStrictEqual([39, 40, 50].map((v) => rate(v, c)), ['low', 'fair', 'good']);
  });

  it('counselor talk share: below half is good, half or more is low', () => {
    const t = THRESHOLDS.counselorTalkShare;
    assert.deepStrictEqual([0.2, 0.4999, 0.5, 0.8].map((v) => rate(v, t)), ['good', 'good', 'low', 'low']);
  });

  it('no rating for an undefined figure', () => {
    assert.strictEqual(rate(null, THRESHOLDS.reflectionToQuestion), null);
  });

  it('rateMetrics rates every figure with its value, display and target', () => {
    const m = computeMetrics([
      u('counselor', ['complex-reflection']),
      u('counselor', ['complex-reflection']),
      u('counselor', ['simple-reflection', 'open-question']),
      u('counselor', ['closed-question']),
      u('client', [], 60),
    ]);
    const byKey = Object.fromEntries(rateMetrics(m).map((f) => [f.key, f]));
    assert.deepStrictEqual(Object.keys(byKey), ['reflectionToQuestion', 'percentOpenQuestions', 'percentComplexReflections', 'percentMiAdherent', 'counselorTalkShare']);
    assert.strictEqual(byKey.reflectionToQuestion.value, 1.5);
    assert.strictEqual(byKey.reflectionToQuestion.display, '1.50');
    assert.strictEqual(byKey.reflectionToQuestion.rating, 'fair');
    assert.strictEqual(byKey.percentOpenQuestions.rating, 'fair');
    assert.strictEqual(byKey.percentComplexReflections.value, 66.67);
    assert.strictEqual(byKey.percentComplexReflections.rating, 'good');
    assert.strictEqual(byKey.percentMiAdherent.rating, null);
    assert.strictEqual(byKey.percentMiAdherent.display, '\u2013');
    assert.strictEqual(byKey.counselorTalkShare.value, 0.4);
    assert.strictEqual(byKey.counselorTalkShare.display, '40%');
    assert.strictEqual(byKey.counselorTalkShare.rating, 'good');
    assert.strictEqual(byKey.reflectionToQuestion.target, 'fair \u2265 1.00 \u00b7 good \u2265 2.00');
    assert.strictEqual(byKey.counselorTalkShare.target, 'good < 50%');
  });

  it('formats R:Q with two decimals and shares as whole percents', () => {
    assert.strictEqual(formatFigure('reflectionToQuestion', 1.4), '1.40');
    assert.strictEqual(formatFigure('percentOpenQuestions', 62.49), '62%');
    assert.strictEqual(formatFigure('counselorTalkShare', 0.4149), '41%');
  });
});

describe('metrics: the text summary line', () => {
  it('shows each defined figure with its rating, then the counts', () => {
    const m = computeMetrics([
      u('counselor', ['complex-reflection', 'open-question'], 10),
      u('counselor', ['persuade'], 10),
      u('client', [], 30, 'change'),
    ]);
    const line = metricsLine(m);
    assert.strictEqual(
      line,
      'MI metrics: R:Q 1.00 (fair) \u00b7 open 100% (good) \u00b7 complex 100% (good) \u00b7 talk 40% (good) \u00b7 1 reflection, 1 question \u00b7 adherent 0, non-adherent 1 \u00b7 change talk 1, sustain 0',
    );
  });

  it('says so when nothing was coded, and leaves out undefined figures', () => {
    const line = metricsLine(computeMetrics([u('author', ['giving-information'])]));
    assert.strictEqual(line, 'MI metrics: no questions or reflections coded \u00b7 adherent 0, non-adherent 0');
  });
});
