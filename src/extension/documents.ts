// Which documents MI Lint reads: Markdown, plain text and its own `mi-note` language, saved or untitled,
// on disk or in a virtual workspace — but not the editor's own panels (output, debug console, SCM input).

import type * as vscode from 'vscode';

export const LANGUAGES = ['markdown', 'plaintext', 'mi-note'] as const;

export const DOCUMENT_SELECTOR: vscode.DocumentSelector = LANGUAGES.map((language) => ({ language }));

/** URI schemes of editor panels and generated views, which hold no notes. */
const SKIPPED_SCHEMES = new Set(['output', 'debug', 'git', 'gitfs', 'vscode-scm', 'search-editor', 'comment', 'vscode-chat-code-block', 'vscode-settings']);

export function isLintable(doc: Pick<vscode.TextDocument, 'languageId' | 'uri'>): boolean {
  return (LANGUAGES as readonly string[]).includes(doc.languageId) && !SKIPPED_SCHEMES.has(doc.uri.scheme);
}
