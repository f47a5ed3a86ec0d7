// Inline SVG, no script and no style attributes (a strict CSP allows neither): bars for each rated figure
// against its fair/good lines, and the counselor/client talk balance. Colours come from CSS classes.

import type { FigureRating } from '../core/metrics';
import { escapeHtml } from './escape';

const WIDTH = 640;
const LABEL_W = 200;
const TRACK_X = LABEL_W;
const TRACK_W = 340;
const ROW_H = 40;
const TOP = 8;

/** Where a figure's axis ends: R:Q is drawn to 3 (a longer bar is capped and marked), the rest to 100%. */
function axisMax(f: FigureRating): number {
  if (f.key === 'reflectionToQuestion') return 3;
  if (f.key === 'counselorTalkShare') return 1;
  return 100;
}

const x = (v: number, max: number) => TRACK_X + (Math.max(0, Math.min(v, max)) / max) * TRACK_W;
const n = (v: number) => String(Math.round(v * 10) / 10);

export function renderFiguresChart(figures: readonly FigureRating[]): string {
  const h = TOP + figures.length * ROW_H + 4;
  const rows = figures.map((f, i) => {
    const y = TOP + i * ROW_H;
    const barY = y + 14;
    const max = axisMax(f);
    const parts = [
      `<text class="chart-label" x="0" y="${barY + 11}">${escapeHtml(f.label)}</text>`,
      `<rect class="chart-track" x="${TRACK_X}" y="${barY}" width="${TRACK_W}" height="14" rx="2"/>`,
    ];
    if (f.value !== null) {
      const w = x(f.value, max) - TRACK_X;
      parts.push(`<rect class="bar bar-${f.rating}" x="${TRACK_X}" y="${barY}" width="${n(Math.max(w, 1.5))}" height="14" rx="2"/>`);
      if (f.value > max) parts.push(`<text class="chart-over" x="${TRACK_X + TRACK_W - 12}" y="${barY + 11}">\u203a</text>`);
    }
    const ticks = f.threshold.fair === f.threshold.good ? [['', f.threshold.good]] : [['fair', f.threshold.fair], ['good', f.threshold.good]];
    for (const [name, v] of ticks as Array<[string, number]>) {
      const tx = n(x(v, max));
      parts.push(`<line class="chart-tick" x1="${tx}" x2="${tx}" y1="${barY - 3}" y2="${barY + 17}"/>`);
      const caption = name || (f.key === 'counselorTalkShare' ? `${Math.round(v * 100)}%` : String(v));
      parts.push(`<text class="chart-tick-label" x="${tx}" y="${barY - 5}" text-anchor="middle">${escapeHtml(caption)}</text>`);
    }
    const valueText = f.value === null ? 'not enough data' : `${f.display} \u00b7 ${f.rating}`;
    parts.push(`<text class="chart-value${f.value === null ? ' muted' : ''}" x="${TRACK_X + TRACK_W + 10}" y="${barY + 11}">${escapeHtml(valueText)}</text>`);
    return `<g data-metric="${f.key}">${parts.join('')}</g>`;
  });
  const desc = figures.map((f) => `${f.label} ${f.display}${f.rating ? ` (${f.rating})` : ''}`).join('; ');
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${h}" width="${WIDTH}" height="${h}" role="img" aria-label="${escapeHtml(desc)}">` +
    `<title>${escapeHtml(desc)}</title>${rows.join('')}</svg>`
  );
}

/** Counselor and client shares of the words spoken, with the 50% line. */
export function renderTalkBalance(counselorShare: number): string {
  const w = WIDTH;
  const c = Math.max(0, Math.min(1, counselorShare));
  const split = c * w;
  const pc = Math.round(c * 100);
  const desc = `Counselor ${pc}% of the words, client ${100 - pc}%`;
  return (
    `<svg class="chart talk" viewBox="0 0 ${w} 46" width="${w}" height="46" role="img" aria-label="${desc}">` +
    `<title>${desc}</title>` +
    `<rect class="talk-counselor" x="0" y="4" width="${n(split)}" height="20"/>` +
    `<rect class="talk-client" x="${n(split)}" y="4" width="${n(w - split)}" height="20"/>` +
    `<line class="chart-tick" x1="${w / 2}" x2="${w / 2}" y1="0" y2="28"/>` +
    `<text class="chart-label" x="0" y="42">Counselor ${pc}%</text>` +
    `<text class="chart-label" x="${w}" y="42" text-anchor="end">Client ${100 - pc}%</text>` +
    `</svg>`
  );
}
