// `mi-lint report FILE --out report.html`: the session report as one standalone HTML file (src/report), for
// supervisors who do not use VS Code. It loads nothing and runs no script: it can be mailed or archived.

import * as fs from 'fs';
import * as path from 'path';
import { renderReportHtml } from '../report/standalone';
import type { FileResult } from './formatters/types';
import type { Io } from './main';

/** Writes the report; resolves to false (after saying why on stderr) when the file cannot be written. */
export async function writeHtmlReport(result: FileResult, text: string, out: string, io: Io): Promise<boolean> {
  const target = path.resolve(io.cwd, out);
  const name = result.filePath === '<stdin>' ? 'standard input' : path.basename(result.filePath);
  try {
    fs.writeFileSync(target, renderReportHtml(name, text, result));
  } catch (e) {
    io.stderr.write(`mi-lint: ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return false;
  }
  io.stderr.write(`mi-lint: report written to ${target}\n`);
  return true;
}
