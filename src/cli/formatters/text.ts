// --format text: ESLint "stylish"-like, grouped by file, with a metrics line per file and a total. A file's
// rows are aligned on its widest position, so they wait (a few strings each, not the findings) until it ends.

import type { Finding, Metrics, Severity } from '../../core/types';
import { metricsLine } from './metrics-summary';
import type { Formatter, Write } from './types';

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

type Row = readonly [position: string, severity: Severity, message: string, ruleId: string];

export class TextFormatter implements Formatter {
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  private files = 0;
  private rows: Row[] = [];

  constructor(
    private readonly write: Write,
    private readonly color: boolean,
  ) {}

  private c(k: keyof typeof COLORS, s: string): string {
    return this.color ? `\u001b[${COLORS[k]}m${s}\u001b[0m` : s;
  }

  beginFile(filePath: string): void {
    this.files++;
    this.write(this.c('underline', filePath) + '\n');
  }

  paragraph(findings: readonly Finding[]): void {
    for (const f of findings) {
      this.counts[f.severity]++;
      this.rows.push([`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message, f.ruleId]);
    }
  }

  endFile(metrics: Metrics): void {
    let w0 = 0;
    let w1 = 0;
    for (const [pos, sev] of this.rows) {
      w0 = Math.max(w0, pos.length);
      w1 = Math.max(w1, sev.length);
    }
    for (const [pos, sev, msg, id] of this.rows) {
      this.write(`  ${this.c('gray', pos.padEnd(w0))}  ${this.c(SEVERITY_COLOR[sev], sev.padEnd(w1))}  ${msg}  ${this.c('gray', id)}\n`);
    }
    if (!this.rows.length) this.write(`  ${this.c('gray', 'no findings')}\n`);
    this.rows = [];
    this.write(`  ${metricsLine(metrics)}\n\n`);
  }

  end(): void {
    const { error, warning, info, hint } = this.counts;
    const total = error + warning + info + hint;
    const s = (n: number) => (n === 1 ? '' : 's');
    const summary = `${total} finding${s(total)} (${error} error${s(error)}, ${warning} warning${s(warning)}, ${info} info, ${hint} hint${s(hint)}) in ${this.files} file${s(this.files)}`;
    this.write(this.c('bold', (error + warning ? '\u2716 ' : '\u2714 ') + summary) + '\n');
  }
}
