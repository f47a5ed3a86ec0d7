// What the status bar and the change-talk hover say, as plain data and text: no `vscode` here, so it is
// unit-tested with the core. status-bar.ts and change-talk.ts turn it into editor objects.

import { changeTalkLabel } from '../core/change-talk';
import { rateMetrics, type FigureRating, type Rating } from '../core/metrics';
import type { ChangeTalkType, LintResult } from '../core/types';

export interface StatusSummary {
  /** e.g. "MI R:Q 1.4 · open 62% · talk 41%" */
  text: string;
  /** The worst rating among the figures shown; null when none is defined. */
  level: Rating | null;
  /** Markdown for the tooltip: every figure against its thresholds, then the counts. */
  tooltip: string;
}

const SHOWN = ['reflectionToQuestion', 'percentOpenQuestions', 'counselorTalkShare'] as const;
const ORDER: Rating[] = ['low', 'fair', 'good'];

/**
 * The status bar's summary for a transcript (speaker turns) or a drafted reply (the author's own text that
 * asks or reflects); null for other documents, such as a clinical note, where session figures mean nothing.
 */
export function statusSummary(result: LintResult): StatusSummary | null {
  const m = result.metrics;
  const transcript = result.utterances.some((u) => u.speaker === 'counselor' || u.speaker === 'client');
  if (!transcript && m.questions + m.reflections === 0) return null;
  const figures = rateMetrics(m);
  const shown = figures.filter((f) => (SHOWN as readonly string[]).includes(f.key) && (f.value !== null || f.key !== 'counselorTalkShare'));
  // Compact, as in "MI R:Q 1.4 · open 62% · talk 41%": R:Q to one decimal here; the tooltip and report show two.
  const text = 'MI ' + shown.map((f) => `${f.short} ${f.key === 'reflectionToQuestion' && f.value !== null ? f.value.toFixed(1) : f.display}`).join(' \u00b7 ');
  const rated = shown.map((f) => f.rating).filter((r): r is Rating => r !== null);
  const level = rated.length ? ORDER.find((r) => rated.includes(r)) ?? null : null;
  return { text, level, tooltip: tooltipMarkdown(figures, result) };
}

// Table cells: escape what Markdown would read as markup or a cell border.
const md = (s: string) => s.replace(/[\\`*_[\]|<>]/g, '\\$&');

function tooltipMarkdown(figures: readonly FigureRating[], result: LintResult): string {
  const m = result.metrics;
  const rows = figures.map(
    (f) => `| ${md(f.label)} | ${md(f.display)} | ${f.rating ? `**${f.rating}**` : 'not enough data'} | ${md(f.target)} |`,
  );
  return [
    '**MI session metrics** (MITI thresholds)',
    '',
    '| Figure | Value | Rating | Thresholds |',
    '|---|---|---|---|',
    ...rows,
    '',
    `${m.reflections} reflections (${m.complexReflections} complex) \u00b7 ${m.questions} questions (${m.openQuestions} open) \u00b7 ` +
      `MI-adherent ${m.miAdherent} \u00b7 non-adherent ${m.miNonAdherent} \u00b7 change talk ${m.changeTalk} \u00b7 sustain talk ${m.sustainTalk}`,
    '',
    'Click to open the session report.',
  ].join('\n');
}

/** The hover on a change-talk decoration. */
export function changeTalkHover(type: ChangeTalkType | null): string {
  return `Change talk${type ? ` (${changeTalkLabel(type)})` : ''}: reflect it back`;
}
