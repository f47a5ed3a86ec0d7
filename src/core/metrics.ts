// MITI summary scores from the utterance codes, plus counselor talk share and change/sustain counts, and
// their rating against the competency thresholds. A ratio with nothing to divide by is null, never 0 or
// Infinity; a null figure has no rating.

import type { Metrics, Utterance } from './types';

export interface CountedUtterance extends Utterance {
  /** Words in the turn's own text (label excluded): whitespace-separated tokens. */
  words: number;
}

const ADHERENT = new Set(['affirm', 'seeking-collaboration', 'emphasizing-autonomy']);
const NON_ADHERENT = new Set(['persuade', 'confront']);

export function computeMetrics(utterances: readonly CountedUtterance[]): Metrics {
  let reflections = 0, complexReflections = 0, questions = 0, openQuestions = 0;
  let miAdherent = 0, miNonAdherent = 0, changeTalk = 0, sustainTalk = 0;
  let counselorWords = 0, clientWords = 0;
  const labelled = utterances.some((u) => u.speaker === 'counselor' || u.speaker === 'client');
  for (const u of utterances) {
    if (u.speaker === 'client') {
      clientWords += u.words;
      if (u.talk === 'change') changeTalk++;
      else if (u.talk === 'sustain') sustainTalk++;
      continue;
    }
    // In a transcript, the author's own paragraphs (headings, notes around it) are not the counselor's talk.
    if (labelled && u.speaker === 'author') continue;
    counselorWords += u.words;
    const c = new Set(u.codes);
    if (c.has('simple-reflection') || c.has('complex-reflection')) reflections++;
    if (c.has('complex-reflection')) complexReflections++;
    if (c.has('open-question') || c.has('closed-question')) questions++;
    if (c.has('open-question')) openQuestions++;
    for (const code of c) {
      if (ADHERENT.has(code)) miAdherent++;
      if (NON_ADHERENT.has(code)) miNonAdherent++;
    }
  }
  const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 4) : null);
  const percent = (a: number, b: number) => (b > 0 ? round((100 * a) / b, 2) : null);
  return {
    reflections,
    questions,
    openQuestions,
    complexReflections,
    reflectionToQuestion: ratio(reflections, questions),
    percentOpenQuestions: percent(openQuestions, questions),
    percentComplexReflections: percent(complexReflections, reflections),
    // Talk share needs both sides of a conversation: a note or a monologue has none.
    counselorTalkShare: labelled && clientWords > 0 ? ratio(counselorWords, counselorWords + clientWords) : null,
    miAdherent,
    miNonAdherent,
    percentMiAdherent: percent(miAdherent, miAdherent + miNonAdherent),
    changeTalk,
    sustainTalk,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export type RatedFigure = 'reflectionToQuestion' | 'percentOpenQuestions' | 'percentComplexReflections' | 'percentMiAdherent' | 'counselorTalkShare';

export interface Threshold {
  fair: number;
  good: number;
  /** "higher": at least `fair`/`good`; "lower": below them. */
  direction: 'higher' | 'lower';
  source: string;
}

/**
 * Competency thresholds (fair = beginning proficiency, good = competency). MITI 4.2.1 keeps R:Q and % complex
 * reflections; % open questions and % MI-adherent are MITI 3.1.1's. Talk share has one line, from the seed
 * material: a counselor who talks less than half the time is a partnership sign.
 */
export const THRESHOLDS: Readonly<Record<RatedFigure, Threshold>> = {
  reflectionToQuestion: { fair: 1, good: 2, direction: 'higher', source: 'MITI 4.2.1' },
  percentComplexReflections: { fair: 40, good: 50, direction: 'higher', source: 'MITI 4.2.1' },
  percentOpenQuestions: { fair: 50, good: 70, direction: 'higher', source: 'MITI 3.1.1' },
  percentMiAdherent: { fair: 90, good: 100, direction: 'higher', source: 'MITI 3.1.1' },
  counselorTalkShare: { fair: 0.5, good: 0.5, direction: 'lower', source: 'partnership: counselor talks less than half' },
};

export type Rating = 'good' | 'fair' | 'low';

export interface FigureRating {
  key: RatedFigure;
  label: string;
  /** Short label for narrow places (status bar). */
  short: string;
  value: number | null;
  /** The value as people read it: "1.40", "62%"; "–" when undefined. */
  display: string;
  rating: Rating | null;
  threshold: Threshold;
  /** The thresholds as people read them: "fair ≥ 1.00 · good ≥ 2.00". */
  target: string;
}

const LABELS: Record<RatedFigure, [string, string]> = {
  reflectionToQuestion: ['Reflection-to-question ratio', 'R:Q'],
  percentOpenQuestions: ['Open questions', 'open'],
  percentComplexReflections: ['Complex reflections', 'complex'],
  percentMiAdherent: ['MI-adherent share', 'adherent'],
  counselorTalkShare: ['Counselor talk share', 'talk'],
};

export function rate(value: number | null, t: Threshold): Rating | null {
  if (value === null) return null;
  if (t.direction === 'higher') return value >= t.good ? 'good' : value >= t.fair ? 'fair' : 'low';
  return value < t.good ? 'good' : value < t.fair ? 'fair' : 'low';
}

/** Formats a figure's value the way every face shows it: R:Q with two decimals, the rest as whole percents. */
export function formatFigure(key: RatedFigure, value: number | null): string {
  if (value === null) return '\u2013';
  if (key === 'reflectionToQuestion') return value.toFixed(2);
  return `${Math.round(key === 'counselorTalkShare' ? value * 100 : value)}%`;
}

function formatTarget(key: RatedFigure, t: Threshold): string {
  const cmp = t.direction === 'higher' ? '\u2265' : '<';
  if (t.fair === t.good) return `good ${cmp} ${formatFigure(key, t.good)}`;
  return `fair ${cmp} ${formatFigure(key, t.fair)} \u00b7 good ${cmp} ${formatFigure(key, t.good)}`;
}

/** Every rated figure of a session with its rating against THRESHOLDS, in reading order. */
export function rateMetrics(m: Metrics): FigureRating[] {
  return (Object.keys(LABELS) as RatedFigure[]).map((key) => {
    const value = m[key];
    const threshold = THRESHOLDS[key];
    return {
      key,
      label: LABELS[key][0],
      short: LABELS[key][1],
      value,
      display: formatFigure(key, value),
      rating: rate(value, threshold),
      threshold,
      target: formatTarget(key, threshold),
    };
  });
}
