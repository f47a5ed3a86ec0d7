/** Rows of `text`, each an array of fields (RFC 4180). */
export function parseCsv(text: string): string[][];
