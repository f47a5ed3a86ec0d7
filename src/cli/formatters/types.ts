import type { Finding, LintResult, Metrics, Utterance } from '../../core/types';

/** One linted file: the core's result plus where it came from. */
export interface FileResult extends LintResult {
  filePath: string;
}

/**
 * An output format, written as the lint goes: files in order, each as its paragraphs' findings and
 * utterances, then its metrics. A formatter keeps only what its format needs before it can be written.
 */
export interface Formatter {
  beginFile(filePath: string): void;
  paragraph(findings: readonly Finding[], utterances: readonly Utterance[]): void;
  endFile(metrics: Metrics): void;
  end(): void;
}

export type Write = (text: string) => void;
