// Renders docs/rules.md from the catalogue, so the docs can never drift from the rules.

import type { RuleDef } from './types';

const FAMILY_TITLES: Record<string, string> = {
  directive: 'Directive language (MITI Persuade)',
  confront: 'Confronting language (MITI Confront)',
  stigma: 'Stigmatizing documentation',
  autonomy: 'Autonomy support',
};

export function anchorOf(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-');
}

export function renderRulesMarkdown(rules: readonly RuleDef[]): string {
  const out: string[] = [
    '# MI Lint rules',
    '',
    '<!-- Generated from src/rules/catalogue by `npm run build`. Do not edit by hand. -->',
    '',
    `${rules.length} rules. Each can be set to \`off\`, \`hint\`, \`info\`, \`warning\` or \`error\` in \`.milintrc.json\` ("rules") or the`,
    '`miLint.rules` setting, and switched off in a document with `<!-- mi-lint-disable-next-line RULE-ID -->`.',
    '',
  ];
  for (const family of Object.keys(FAMILY_TITLES)) {
    const list = rules.filter((r) => r.family === family);
    if (!list.length) continue;
    out.push(`## ${FAMILY_TITLES[family]}`, '');
    out.push('| rule | MI code | default | what it flags |', '|---|---|---|---|');
    for (const r of list) out.push(`| [\`${r.id}\`](#${anchorOf(r.id)}) | ${r.miCode ?? '—'} | ${r.severity} | ${r.message.replace(/\|/g, '\\|')} |`);
    out.push('');
    for (const r of list) {
      out.push(`<a id="${anchorOf(r.id)}"></a>`, `### \`${r.id}\``, '', `**${r.message}**`, '', r.why, '', `*Source:* ${r.source}`, '');
      out.push(`Default severity: \`${r.severity}\`; MI code: ${r.miCode ? `\`${r.miCode}\`` : 'none (documentation language)'}; applies to: ${r.appliesTo.join(', ')}.`, '');
      out.push('Flags:', '', ...r.examples.flag.map((e) => `- ✗ ${e}`), '', 'Does not flag:', '', ...r.examples.pass.map((e) => `- ✓ ${e}`), '');
      const fixes = r.fixes.map((f) => (f.kind === 'replace' ? 'replace with the person-first / neutral wording' : f.name)).join(', ');
      out.push(`Fixes: ${fixes}.`, '');
    }
  }
  return out.join('\n');
}
