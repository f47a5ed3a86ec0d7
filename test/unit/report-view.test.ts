// The editor's pure parts of the metrics views: the status bar summary, the change-talk hover, and the
// webview page around the shared report body (theme colours, nonce CSP, the one script).

import * as assert from 'assert';
import { lint } from '../../src/core/lint';
import { computeMetrics, type CountedUtterance } from '../../src/core/metrics';
import type { LintResult, MiCode, Speaker } from '../../src/core/types';
import { changeTalkHover, statusSummary } from '../../src/extension/metrics-present';
import { webviewCsp, webviewHtml } from '../../src/extension/report-webview-html';
import { buildReportModel, renderReportBody } from '../../src/report';

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
function result(turns: Array<[Speaker, MiCode[], number]>): LintResult {
  const us: CountedUtterance[] = turns.map(([speaker, codes, words]) => ({ speaker, codes, words, range: R, talk: speaker === 'client' ? 'neutral' : null }));
  return { findings: [], utterances: us, metrics: computeMetrics(us) };
}

describe('status bar summary', () => {
  it('R:Q, % open and talk share, with the worst rating as its level', () => {
    const r = result([
      ['counselor', ['complex-reflection', 'open-question'], 20],
      ['counselor', ['simple-reflection'], 10],
      ['counselor', ['closed-question'], 11],
      ['client', [], 59],
    ]);
    const s = statusSummary(r)!;
    assert.strictEqual(s.text, 'MI R:Q 1.0 \u00b7 open 50% \u00b7 talk 41%');
    assert.strictEqual(s.level, 'fair');
    assert.ok(s.tooltip.includes('| Reflection-to-question ratio | 1.00 | **fair** | fair \u2265 1.00 \u00b7 good \u2265 2.00 |'), s.tooltip);
    assert.ok(s.tooltip.includes('| Counselor talk share | 41% | **good** | good \\< 50% |'), s.tooltip);
    assert.match(s.tooltip, /Click to open the session report/);
  });

  it('low when any shown figure is below fair; undefined figures show a dash and no rating', () => {
    const s = statusSummary(result([['counselor', ['closed-question'], 30], ['client', [], 10]]))!;
    assert.strictEqual(s.text, 'MI R:Q 0.0 \u00b7 open 0% \u00b7 talk 75%');
    assert.strictEqual(s.level, 'low');
    const d = statusSummary(result([['author', ['simple-reflection'], 10]]))!;
    assert.strictEqual(d.text, 'MI R:Q \u2013 \u00b7 open \u2013');
    assert.strictEqual(d.level, null);
  });

  it('shows for a drafted reply that asks or reflects, not for a clinical note', () => {
    assert.ok(statusSummary(lint('It sounds like this week was hard. What would help most right now?')));
    assert.strictEqual(statusSummary(lint('Client reports drinking less this week. Plan: continue weekly sessions.')), null);
  });
});

describe('change talk hover', () => {
  it('names the kind when known', () => {
    assert.strictEqual(changeTalkHover('desire'), 'Change talk (Desire): reflect it back');
    assert.strictEqual(changeTalkHover('taking-steps'), 'Change talk (Taking steps): reflect it back');
    assert.strictEqual(changeTalkHover(null), 'Change talk: reflect it back');
  });
});

describe('report webview page', () => {
  const text = 'Counselor: You need to stop drinking.\n\nClient: I want to be there for my kids.';
  const body = renderReportBody(buildReportModel('t.md', text, lint(text)), { interactive: true });
  const html = webviewHtml(body, 'abc123', 'MI report: <t>.md');

  it('CSP: nothing by default, style and script only with the nonce', () => {
    assert.strictEqual(webviewCsp('abc123').split('; ')[0], "default-src 'none'");
    assert.ok(html.includes(`content="${webviewCsp('abc123')}"`));
    assert.match(webviewCsp('abc123'), /style-src 'nonce-abc123'; script-src 'nonce-abc123'/);
    const tags = [...html.matchAll(/<(script|style)([^>]*)>/g)];
    assert.deepStrictEqual(tags.map((t) => [t[1], t[2]]), [['style', ' nonce="abc123"'], ['script', ' nonce="abc123"']]);
  });

  it("takes VS Code's theme colours and loads nothing", () => {
    assert.match(html, /--mi-fg:var\(--vscode-editor-foreground\)/);
    assert.match(html, /--mi-bg:var\(--vscode-editor-background\)/);
    assert.doesNotMatch(html, /https?:\/\/|\ssrc=|href=|url\(|@import/);
  });

  it('escapes the title; the body carries line buttons for the script', () => {
    assert.match(html, /<title>MI report: &lt;t&gt;\.md<\/title>/);
    assert.match(html, /<main id="report">[\s\S]*data-line="0"[\s\S]*<\/main>/);
    assert.match(html, /postMessage\(\{ type: 'reveal', line: Number/);
  });
});
