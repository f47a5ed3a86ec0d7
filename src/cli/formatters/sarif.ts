// --format sarif: SARIF 2.1.0 with full rule metadata, so GitHub code scanning and SARIF viewers show the
// message, the MI rationale and the fixes. Columns are 1-based UTF-16 code units, as SARIF's default.

import { RULES } from '../../rules/catalogue';
import type { Range, Severity } from '../../core/types';
import type { FileResult } from './types';
import { pathToFileURL } from 'url';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function formatSarif(results: readonly FileResult[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const uri = (p: string) => (p === '<stdin>' ? 'stdin' : pathToFileURL(p).href);
  const sarif = {
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
        results: results.flatMap((fr) =>
          fr.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(fr.filePath) }, region: region(f.range) } }],
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: uri(fr.filePath) },
                  replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            })),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
