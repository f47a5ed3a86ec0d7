// The webview's page around the shared report body: VS Code's theme colours instead of the standalone
// file's, a CSP that admits only this page's nonce-tagged style and script, and the one script the view
// needs: a click on a line reference asks the extension to reveal that line; an update replaces the body.
// No `vscode` import: report-view.ts supplies the nonce and the body.

import { escapeHtml } from '../report/escape';
import { REPORT_CSS } from '../report/html';

const THEME = `
:root{--mi-font:var(--vscode-font-family);--mi-mono:var(--vscode-editor-font-family);--mi-fg:var(--vscode-editor-foreground);
--mi-bg:var(--vscode-editor-background);--mi-muted:var(--vscode-descriptionForeground);--mi-border:var(--vscode-panel-border,var(--vscode-widget-border,#8884));
--mi-track:var(--vscode-editorWidget-background);--mi-link:var(--vscode-textLink-foreground);--mi-good:var(--vscode-charts-green);
--mi-fair:var(--vscode-charts-yellow);--mi-low:var(--vscode-charts-red);--mi-counselor:var(--vscode-descriptionForeground);
--mi-client:var(--vscode-charts-blue)}
body{font-size:var(--vscode-font-size)}
button.line:focus-visible{outline:1px solid var(--vscode-focusBorder)}
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const main = document.getElementById('report');
document.addEventListener('click', (e) => {
  const b = e.target instanceof Element ? e.target.closest('button[data-line]') : null;
  if (b) vscode.postMessage({ type: 'reveal', line: Number(b.getAttribute('data-line')) });
});
window.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'update' && typeof e.data.body === 'string') main.innerHTML = e.data.body;
});
`;

export function webviewCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
}

/** A whole webview page with `body` (renderReportBody(…, { interactive: true })) inside <main id="report">. */
export function webviewHtml(body: string, nonce: string, title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${webviewCsp(nonce)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${THEME}${REPORT_CSS}</style>`,
    '</head><body>',
    `<main id="report">${body}</main>`,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body></html>',
  ].join('\n');
}
