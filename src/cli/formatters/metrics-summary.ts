// The session metrics that end each file in the text output: one compact line, each figure with its rating
// against the MITI thresholds, then the counts behind them, e.g.
// "MI metrics: R:Q 1.40 (fair) · open 62% (fair) · complex 45% (fair) · talk 41% (good) · 7 reflections,
//  5 questions · adherent 3, non-adherent 1 · change talk 4, sustain 2"

import { rateMetrics } from '../../core/metrics';
import type { Metrics } from '../../core/types';

export function metricsLine(m: Metrics): string {
  const parts: string[] = [];
  for (const f of rateMetrics(m)) {
    // % MI-adherent repeats the counts shown below; the others are the figures supervisors grade.
    if (f.value === null || f.key === 'percentMiAdherent') continue;
    parts.push(`${f.short} ${f.display} (${f.rating})`);
  }
  if (m.reflections || m.questions) parts.push(`${plural(m.reflections, 'reflection')}, ${plural(m.questions, 'question')}`);
  else parts.push('no questions or reflections coded');
  parts.push(`adherent ${m.miAdherent}, non-adherent ${m.miNonAdherent}`);
  if (m.changeTalk || m.sustainTalk) parts.push(`change talk ${m.changeTalk}, sustain ${m.sustainTalk}`);
  return `MI metrics: ${parts.join(' \u00b7 ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
