// `mi-lint report FILE --out report.html`: a standalone HTML session report (see src/report for the page).
// Placeholder until the report view lands: writes the metrics as a minimal self-contained page.

import * as fs from 'fs';
import * as path from 'path';
import type { FileResult } from './formatters/types';
import type { Io } from './main';
import { metricsLine } from './formatters/metrics-summary';

export async function writeHtmlReport(result: FileResult, out: string, io: Io): Promise<void> {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>MI Lint report</title></head><body><h1>${esc(path.basename(result.filePath))}</h1><p>${esc(metricsLine(result.metrics))}</p></body></html>`;
  fs.writeFileSync(path.resolve(io.cwd, out), html);
}
