import type { LintResult } from '../../core/types';

/** One linted file: the core's result plus where it came from. */
export interface FileResult extends LintResult {
  filePath: string;
}
