// --format sarif: SARIF 2.1.0 with full rule metadata, so GitHub code scanning and SARIF viewers show the
// message, the MI rationale and the fixes. Columns are 1-based UTF-16 code units, as SARIF's default.
// The output is what JSON.stringify(log, null, 2) gives, written a result at a time: the log around the
// results is laid out once, and each result is laid out alone and indented to its place.

import { RULES } from '../../rules/catalogue';
import type { Finding, Range, Severity } from '../../core/types';
import type { Formatter, Write } from './types';
import { pathToFileURL } from 'url';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const RESULTS = '\u0000results';

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function log(version: string) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'MI Lint',
            version,
            semanticVersion: version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.message },
              fullDescription: { text: r.why },
              help: { text: `${r.why}\nSource: ${r.source}`, markdown: `${r.why}\n\n*Source: ${r.source}*` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { family: r.family, miCode: r.miCode, tags: [r.family, ...(r.miCode ? [r.miCode] : [])] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: RESULTS,
      },
    ],
  };
}

export class SarifFormatter implements Formatter {
  private readonly ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  private readonly tail: string;
  /** Where a result starts: a line break and the results' indentation. */
  private readonly indent: string;
  private results = 0;
  private uri = '';

  constructor(
    private readonly write: Write,
    version: string,
  ) {
    const [head, tail] = JSON.stringify(log(version), null, 2).split(JSON.stringify(RESULTS));
    this.tail = tail;
    this.indent = '\n' + head.slice(head.lastIndexOf('\n') + 1).match(/^ */)![0] + '  ';
    this.write(head + '[');
  }

  beginFile(filePath: string): void {
    this.uri = filePath === '<stdin>' ? 'stdin' : pathToFileURL(filePath).href;
  }

  paragraph(findings: readonly Finding[]): void {
    for (const f of findings) {
      const result = {
        ruleId: f.ruleId,
        ruleIndex: this.ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: this.uri }, region: region(f.range) } }],
        fixes: f.fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: { uri: this.uri },
              replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            },
          ],
        })),
      };
      // JSON text has no raw line breaks inside strings, so every "\n" is a layout break to indent
      this.write((this.results++ ? ',' : '') + this.indent + JSON.stringify(result, null, 2).replace(/\n/g, this.indent));
    }
  }

  endFile(): void {}

  end(): void {
    this.write((this.results ? this.indent.slice(0, -2) : '') + ']' + this.tail + '\n');
  }
}
