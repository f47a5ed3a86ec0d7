// The MI session report: a pure renderer from a linted text to HTML. Used by `mi-lint report` (standalone
// file) and by the editor's report view (webview wrapper in src/extension/report-view.ts). No I/O here.

export { buildReportModel, type ReportModel, type NonAdherentTurn, type ChangeTalkQuote } from './model';
export { renderReportBody, REPORT_CSS, type BodyOptions } from './html';
export { renderReportHtml, standaloneStyle } from './standalone';
export { escapeHtml } from './escape';
