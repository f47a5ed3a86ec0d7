// MITI 4.2.1 summary scores from the utterance codes, plus counselor talk share and change/sustain counts.
// A ratio with nothing to divide by is null, never 0 or Infinity.

import type { Metrics, Utterance } from './types';

export interface CountedUtterance extends Utterance {
  /** Words in the turn's own text (label excluded). */
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
    counselorTalkShare: labelled && counselorWords + clientWords > 0 && clientWords > 0 ? ratio(counselorWords, counselorWords + clientWords) : null,
    miAdherent,
    miNonAdherent,
    changeTalk,
    sustainTalk,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** MITI 4.2.1 competency thresholds (fair, good) and the partnership signs of MI-GUIDE.md. */
export const THRESHOLDS = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 40, good: 50 },
  percentOpenQuestions: { fair: 50, good: 70 },
  counselorTalkShare: { fair: 0.5, good: 0.4, lowerIsBetter: true },
} as const;
