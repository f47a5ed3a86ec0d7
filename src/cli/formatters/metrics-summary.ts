// One line of session metrics for the text output, e.g.
// "MI metrics: R:Q 1.40 · open questions 62% · complex reflections 45% · counselor talk 41% · adherent 3 · non-adherent 1"

import type { Metrics } from '../../core/types';

export function metricsLine(m: Metrics): string {
  const parts: string[] = [];
  if (m.reflectionToQuestion !== null) parts.push(`R:Q ${m.reflectionToQuestion.toFixed(2)}`);
  else if (m.reflections > 0) parts.push(`reflections ${m.reflections}, no questions`);
  if (m.percentOpenQuestions !== null) parts.push(`open questions ${Math.round(m.percentOpenQuestions)}%`);
  if (m.percentComplexReflections !== null) parts.push(`complex reflections ${Math.round(m.percentComplexReflections)}%`);
  if (m.counselorTalkShare !== null) parts.push(`counselor talk ${Math.round(m.counselorTalkShare * 100)}%`);
  parts.push(`adherent ${m.miAdherent}`, `non-adherent ${m.miNonAdherent}`);
  if (m.changeTalk || m.sustainTalk) parts.push(`change talk ${m.changeTalk} / sustain ${m.sustainTalk}`);
  return `MI metrics: ${parts.join(' · ')}`;
}
