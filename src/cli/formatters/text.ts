// --format text: ESLint "stylish"-like, grouped by file, with a metrics line per file and a total.

import type { Severity } from '../../core/types';
import { metricsLine } from './metrics-summary';
import type { FileResult } from './types';

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

export function formatText(results: readonly FileResult[], color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[k]}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const out: string[] = [];
  for (const r of results) {
    out.push(c('underline', r.filePath));
    const rows = r.findings.map((f) => {
      counts[f.severity]++;
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message, f.ruleId] as const;
    });
    const w0 = Math.max(0, ...rows.map((x) => x[0].length));
    const w1 = Math.max(0, ...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, id] of rows) {
      out.push(`  ${c('gray', pos.padEnd(w0))}  ${c(sevColor[sev as Severity], sev.padEnd(w1))}  ${msg}  ${c('gray', id)}`);
    }
    if (!rows.length) out.push(`  ${c('gray', 'no findings')}`);
    out.push(`  ${metricsLine(r.metrics)}`, '');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const summary = `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info, ${counts.hint} hint${counts.hint === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}`;
  out.push(c('bold', (counts.error + counts.warning ? '\u2716 ' : '\u2714 ') + summary));
  return out.join('\n') + '\n';
}
