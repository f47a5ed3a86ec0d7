// --format json: one JSON array, exactly the contract in DESIGN.md.

import type { FileResult } from './types';

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ filePath: r.filePath, findings: r.findings, utterances: r.utterances, metrics: r.metrics }))) + '\n';
}
