// The report as one self-contained HTML file (mi-lint report): no script, no external resource. The CSP
// allows exactly the one inline stylesheet, by its hash, so nothing else on the page can load or run.
// crypto is required where the hash is made, so loading the extension does not load it.

import type { LintResult } from '../core/types';
import { escapeHtml } from './escape';
import { REPORT_CSS, renderReportBody } from './html';
import { buildReportModel } from './model';

const STANDALONE_COLOURS = `
:root{--mi-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--mi-mono:ui-monospace,Consolas,monospace;
--mi-fg:#1f2328;--mi-bg:#ffffff;--mi-muted:#59636e;--mi-border:#d1d9e0;--mi-track:#eef1f4;--mi-link:#0b5cad;
--mi-good:#1a7f37;--mi-fair:#9a6700;--mi-low:#cf222e;--mi-counselor:#8c959f;--mi-client:#2f81f7;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--mi-fg:#e6edf3;--mi-bg:#0d1117;--mi-muted:#9198a1;--mi-border:#3d444d;
--mi-track:#21262d;--mi-link:#4493f8;--mi-good:#3fb950;--mi-fair:#d29922;--mi-low:#f85149;--mi-counselor:#6e7681;--mi-client:#388bfd}}
`;

/** The stylesheet and the CSP that admits it (and only it). */
export function standaloneStyle(): { css: string; csp: string } {
  const css = STANDALONE_COLOURS + REPORT_CSS;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hash = (require('crypto') as typeof import('crypto')).createHash('sha256').update(css, 'utf8').digest('base64');
  return { css, csp: `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; form-action 'none'; base-uri 'none'` };
}

/** file name + text + lint result → a standalone HTML report. */
export function renderReportHtml(fileName: string, text: string, result: LintResult): string {
  const model = buildReportModel(fileName, text, result);
  const { css, csp } = standaloneStyle();
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>MI session report \u2013 ${escapeHtml(fileName)}</title>`,
    `<style>${css}</style>`,
    '</head><body>',
    renderReportBody(model),
    '</body></html>',
    '',
  ].join('\n');
}
