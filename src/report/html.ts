// The report's markup. renderReportBody() is shared by the standalone HTML file (CLI) and the editor's
// webview; each wraps it with its own head: the file carries its colours, the webview takes VS Code's.

import { changeTalkLabel } from '../core/change-talk';
import type { ReportModel } from './model';
import { renderFiguresChart, renderTalkBalance } from './chart';
import { escapeHtml } from './escape';

export interface BodyOptions {
  /** Line references become buttons (data-line, 0-based) that a webview script turns into "go to line". */
  interactive?: boolean;
}

const SPEAKER: Record<string, string> = { counselor: 'Counselor', client: 'Client', author: 'Author' };

export function renderReportBody(m: ReportModel, opts: BodyOptions = {}): string {
  const line = (l: number) =>
    opts.interactive
      ? `<button type="button" class="line" data-line="${l}" title="Go to line ${l + 1}">line ${l + 1}</button>`
      : `<span class="line">line ${l + 1}</span>`;
  const out: string[] = [];
  out.push(`<header><h1>MI session report</h1><p class="file">${escapeHtml(m.fileName)}</p></header>`);

  out.push('<section id="figures"><h2>Summary scores against MITI thresholds</h2>', renderFiguresChart(m.figures));
  out.push('<table class="figures"><thead><tr><th>Figure</th><th>Value</th><th>Rating</th><th>Thresholds</th></tr></thead><tbody>');
  for (const f of m.figures) {
    out.push(
      `<tr data-metric="${f.key}" data-value="${f.value === null ? 'null' : String(f.value)}">` +
        `<td>${escapeHtml(f.label)}</td><td class="num">${escapeHtml(f.display)}</td>` +
        `<td>${f.rating ? `<span class="rating rating-${f.rating}">${f.rating}</span>` : '<span class="muted">not enough data</span>'}</td>` +
        `<td class="muted">${escapeHtml(f.target)} <small>(${escapeHtml(f.threshold.source)})</small></td></tr>`,
    );
  }
  out.push('</tbody></table></section>');

  out.push('<section id="talk"><h2>Talk balance</h2>');
  const share = m.metrics.counselorTalkShare;
  if (share !== null) {
    out.push(renderTalkBalance(share));
    out.push(
      `<p class="muted">${share < 0.5 ? 'The client does most of the talking: a sign of partnership.' : 'The counselor talks as much as or more than the client: partnership may be slipping.'}</p>`,
    );
  } else {
    out.push(`<p class="muted">${m.transcript ? 'Counselor and client turns are both needed for a talk balance.' : 'No speaker turns: a note or drafted message has no talk balance.'}</p>`);
  }
  out.push('</section>');

  const mt = m.metrics;
  const counts: Array<[string, number, string]> = [
    ['Reflections', mt.reflections, 'reflections'],
    ['Complex reflections', mt.complexReflections, 'complexReflections'],
    ['Questions', mt.questions, 'questions'],
    ['Open questions', mt.openQuestions, 'openQuestions'],
    ['MI-adherent', mt.miAdherent, 'miAdherent'],
    ['MI-non-adherent', mt.miNonAdherent, 'miNonAdherent'],
    ['Change talk', mt.changeTalk, 'changeTalk'],
    ['Sustain talk', mt.sustainTalk, 'sustainTalk'],
  ];
  out.push('<section id="counts"><h2>Counts</h2><dl class="counts">');
  for (const [label, v, key] of counts) out.push(`<div data-metric="${key}" data-value="${v}"><dt>${label}</dt><dd>${v}</dd></div>`);
  out.push('</dl></section>');

  out.push(`<section id="non-adherent"><h2>MI-non-adherent turns (${m.nonAdherent.length})</h2>`);
  if (!m.nonAdherent.length) out.push('<p class="muted">None: no persuading without permission and no confronting was found.</p>');
  else {
    out.push('<ol class="turns">');
    for (const t of m.nonAdherent) {
      const codes = t.codes.filter((c) => c === 'persuade' || c === 'confront').join(', ');
      const why = t.findings.map((f) => `<li>${escapeHtml(f.message)} <code>${escapeHtml(f.ruleId)}</code></li>`).join('');
      out.push(
        `<li>${line(t.line)} <span class="speaker">${SPEAKER[t.speaker]}</span> <span class="code">${escapeHtml(codes)}</span>` +
          `<blockquote>${escapeHtml(t.excerpt)}</blockquote>${why ? `<ul class="why">${why}</ul>` : ''}</li>`,
      );
    }
    out.push('</ol>');
  }
  out.push('</section>');

  out.push(`<section id="change-talk"><h2>Client change talk (${m.changeTalk.length})</h2>`);
  if (!m.changeTalk.length) out.push('<p class="muted">No change talk found in client turns or quoted client speech.</p>');
  else {
    out.push('<p class="muted">In the client\u2019s own words: the language to reflect back.</p><ul class="change">');
    for (const c of m.changeTalk) {
      const kind = c.type ? changeTalkLabel(c.type) : 'Change talk';
      out.push(
        `<li>${line(c.line)} <span class="kind">${escapeHtml(kind)}</span>${c.source === 'quote' ? ' <span class="muted">quoted</span>' : ''}` +
          `<blockquote>\u201C${escapeHtml(c.text)}\u201D</blockquote></li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  out.push(
    '<footer class="muted">Coded automatically by MI Lint on this computer, from the words alone: an aid for reflection and supervision, not a MITI rating by a trained coder.</footer>',
  );
  return out.join('\n');
}

/** Layout and colours by role; a wrapper defines the --mi-* colours (its own or VS Code's). */
export const REPORT_CSS = `
body{font-family:var(--mi-font);color:var(--mi-fg);background:var(--mi-bg);margin:0 auto;padding:16px 24px;max-width:760px;line-height:1.45}
h1{font-size:1.4em;margin:0}h2{font-size:1.1em;margin:1.4em 0 .5em;border-bottom:1px solid var(--mi-border);padding-bottom:.2em}
.file{margin:.2em 0 0;color:var(--mi-muted);word-break:break-all}
.muted{color:var(--mi-muted)}
svg.chart{max-width:100%;height:auto;display:block;margin:.5em 0}
.chart-label,.chart-value,.chart-tick-label,.chart-over{fill:var(--mi-fg);font:12px var(--mi-font)}
.chart-tick-label{fill:var(--mi-muted);font-size:10px}.chart-value.muted{fill:var(--mi-muted)}
.chart-track{fill:var(--mi-track)}.chart-tick{stroke:var(--mi-fg);stroke-width:1.5;stroke-dasharray:3 2}
.bar-good{fill:var(--mi-good)}.bar-fair{fill:var(--mi-fair)}.bar-low{fill:var(--mi-low)}
.talk-counselor{fill:var(--mi-counselor)}.talk-client{fill:var(--mi-client)}
table.figures{border-collapse:collapse;width:100%;font-size:.92em}
table.figures th,table.figures td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--mi-border)}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.rating{font-weight:600}.rating-good{color:var(--mi-good)}.rating-fair{color:var(--mi-fair)}.rating-low{color:var(--mi-low)}
dl.counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:6px 16px;margin:0}
dl.counts div{display:flex;justify-content:space-between;border-bottom:1px dotted var(--mi-border)}
dl.counts dt{color:var(--mi-muted)}dl.counts dd{margin:0;font-variant-numeric:tabular-nums}
ol.turns,ul.change{padding-left:1.4em}ol.turns>li,ul.change>li{margin:.6em 0}
blockquote{margin:.3em 0 .2em;padding:.2em .7em;border-left:3px solid var(--mi-border)}
ul.change blockquote{border-left-color:var(--mi-good)}
.speaker,.kind,.code{font-size:.85em;padding:0 .4em;border-radius:3px;border:1px solid var(--mi-border)}
.code{color:var(--mi-low)}.kind{color:var(--mi-good)}
ul.why{margin:.2em 0;padding-left:1.2em;font-size:.92em}
code{font-family:var(--mi-mono);font-size:.9em;color:var(--mi-muted)}
.line{font:inherit;font-size:.85em;color:var(--mi-link);background:none;border:0;padding:0}
button.line{cursor:pointer;text-decoration:underline}
footer{margin-top:2em;font-size:.85em}
`;
