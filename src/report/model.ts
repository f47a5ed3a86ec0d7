// What the session report shows, computed from one linted text: the rated figures, the talk balance, the
// MI-non-adherent turns and the client's change talk in their own words. Pure data, no markup, so the
// standalone HTML and the editor's webview show exactly the same things.

import { changeTalkSpans } from '../core/change-talk';
import { rateMetrics, type FigureRating } from '../core/metrics';
import { LineIndex } from '../core/positions';
import type { ChangeTalkType, LintResult, Metrics, MiCode, Speaker } from '../core/types';

export interface NonAdherentTurn {
  /** 0-based, as in the result's ranges. */
  line: number;
  speaker: Speaker;
  excerpt: string;
  codes: MiCode[];
  /** Messages of the persuade/confront findings inside the turn, with their rule ids. */
  findings: Array<{ message: string; ruleId: string; line: number }>;
}

export interface ChangeTalkQuote {
  line: number;
  text: string;
  type: ChangeTalkType | null;
  source: 'client-turn' | 'quote';
}

export interface ReportModel {
  fileName: string;
  metrics: Metrics;
  figures: FigureRating[];
  /** True when the text has speaker turns (a transcript); a note has no talk balance. */
  transcript: boolean;
  nonAdherent: NonAdherentTurn[];
  changeTalk: ChangeTalkQuote[];
}

const EXCERPT_MAX = 240;
const NON_ADHERENT = new Set<MiCode>(['persuade', 'confront']);

export function buildReportModel(fileName: string, text: string, result: LintResult): ReportModel {
  const index = new LineIndex(text);
  const transcript = result.utterances.some((u) => u.speaker === 'client' || u.speaker === 'counselor');
  const nonAdherent: NonAdherentTurn[] = [];
  for (const u of result.utterances) {
    // As in the metrics: in a transcript, the author's paragraphs around it are not the counselor's turns.
    if ((transcript && u.speaker === 'author') || !u.codes.some((c) => NON_ADHERENT.has(c))) continue;
    const start = index.offset(u.range.start);
    const end = index.offset(u.range.end);
    const findings = result.findings
      .filter((f) => f.miCode !== null && NON_ADHERENT.has(f.miCode))
      .filter((f) => {
        const o = index.offset(f.range.start);
        return o >= start && o < end;
      })
      .map((f) => ({ message: f.message, ruleId: f.ruleId, line: f.range.start.line }));
    nonAdherent.push({ line: u.range.start.line, speaker: u.speaker, excerpt: excerpt(text.slice(start, end)), codes: u.codes, findings });
  }
  const changeTalk = changeTalkSpans(text, result.utterances).map((s) => ({
    line: s.range.start.line,
    text: excerpt(s.text),
    type: s.type,
    source: s.source,
  }));
  return {
    fileName,
    metrics: result.metrics,
    figures: rateMetrics(result.metrics),
    transcript,
    nonAdherent,
    changeTalk,
  };
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : flat.slice(0, EXCERPT_MAX - 1).trimEnd() + '\u2026';
}
