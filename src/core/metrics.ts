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

/**
 * The counts behind the metrics, kept apart by speaker so sums of tallies (one per paragraph, cached by
 * createLinter()) give exactly the figures of the whole document.
 */
export interface Tally {
  /** Utterances by the counselor or the client: then the document is a transcript. */
  labelled: number;
  counselor: SpeakerTally;
  /** The author's own paragraphs: the counselor's talk in a note or a draft, not in a transcript. */
  author: SpeakerTally;
  clientWords: number;
  changeTalk: number;
  sustainTalk: number;
}

interface SpeakerTally {
  words: number;
  reflections: number;
  complexReflections: number;
  questions: number;
  openQuestions: number;
  miAdherent: number;
  miNonAdherent: number;
}

const speakerTally = (): SpeakerTally => ({ words: 0, reflections: 0, complexReflections: 0, questions: 0, openQuestions: 0, miAdherent: 0, miNonAdherent: 0 });

export function emptyTally(): Tally {
  return { labelled: 0, counselor: speakerTally(), author: speakerTally(), clientWords: 0, changeTalk: 0, sustainTalk: 0 };
}

export function tally(utterances: readonly CountedUtterance[]): Tally {
  const t = emptyTally();
  for (const u of utterances) {
    if (u.speaker === 'client') {
      t.labelled++;
      t.clientWords += u.words;
      if (u.talk === 'change') t.changeTalk++;
      else if (u.talk === 'sustain') t.sustainTalk++;
      continue;
    }
    if (u.speaker === 'counselor') t.labelled++;
    const s = u.speaker === 'author' ? t.author : t.counselor;
    s.words += u.words;
    // codes are a handful at most, each listed once
    const c = u.codes;
    const simple = c.includes('simple-reflection');
    const complex = c.includes('complex-reflection');
    const open = c.includes('open-question');
    // a turn that reflects and then asks counts on both sides, as MITI counts it (coding.ts reflectsToo)
    if (simple || complex || u.alsoReflects) s.reflections++;
    if (complex || u.alsoReflects === 'complex-reflection') s.complexReflections++;
    if (open || c.includes('closed-question')) s.questions++;
    if (open) s.openQuestions++;
    for (let i = 0; i < c.length; i++) {
      if (c.indexOf(c[i]) !== i) continue;
      if (ADHERENT.has(c[i])) s.miAdherent++;
      if (NON_ADHERENT.has(c[i])) s.miNonAdherent++;
    }
  }
  return t;
}

/** Adds `b` into `a`. */
export function addTally(a: Tally, b: Tally): void {
  a.labelled += b.labelled;
  a.clientWords += b.clientWords;
  a.changeTalk += b.changeTalk;
  a.sustainTalk += b.sustainTalk;
  addSpeaker(a.counselor, b.counselor);
  addSpeaker(a.author, b.author);
}

function addSpeaker(x: SpeakerTally, y: SpeakerTally): void {
  x.words += y.words;
  x.reflections += y.reflections;
  x.complexReflections += y.complexReflections;
  x.questions += y.questions;
  x.openQuestions += y.openQuestions;
  x.miAdherent += y.miAdherent;
  x.miNonAdherent += y.miNonAdherent;
}

export function computeMetrics(utterances: readonly CountedUtterance[]): Metrics {
  return metricsOf(tally(utterances));
}

export function metricsOf(t: Tally): Metrics {
  const labelled = t.labelled > 0;
  // In a transcript, the author's own paragraphs (headings, notes around it) are not the counselor's talk.
  const c = labelled ? t.counselor : sum(t.counselor, t.author);
  const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 4) : null);
  const percent = (a: number, b: number) => (b > 0 ? round((100 * a) / b, 2) : null);
  return {
    reflections: c.reflections,
    questions: c.questions,
    openQuestions: c.openQuestions,
    complexReflections: c.complexReflections,
    reflectionToQuestion: ratio(c.reflections, c.questions),
    percentOpenQuestions: percent(c.openQuestions, c.questions),
    percentComplexReflections: percent(c.complexReflections, c.reflections),
    // Talk share needs both sides of a conversation: a note or a monologue has none.
    counselorTalkShare: labelled && t.clientWords > 0 ? ratio(c.words, c.words + t.clientWords) : null,
    miAdherent: c.miAdherent,
    miNonAdherent: c.miNonAdherent,
    percentMiAdherent: percent(c.miAdherent, c.miAdherent + c.miNonAdherent),
    changeTalk: t.changeTalk,
    sustainTalk: t.sustainTalk,
  };
}

function sum(a: SpeakerTally, b: SpeakerTally): SpeakerTally {
  const out = speakerTally();
  addSpeaker(out, a);
  addSpeaker(out, b);
  return out;
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
