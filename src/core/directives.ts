// In-document switches, as in ESLint and markdownlint:
//   <!-- mi-lint-disable [rule-or-family …] -->      until a matching enable (or the end)
//   <!-- mi-lint-enable [rule-or-family …] -->
//   <!-- mi-lint-disable-next-line [rule-or-family …] -->
//   <!-- mi-lint-disable-line [rule-or-family …] -->
// The same words also work after "//" or "#" on a line of their own in plain-text notes.
// No list means every rule. A list item may be a rule id ("directive/you-should") or a family ("stigma").

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** null = all rules. */
  rules: string[] | null;
  /** Offsets of the whole comment in the document. */
  start: number;
  end: number;
}

const DIRECTIVE = /^\s*mi-lint-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\r\n]*)$/;

export function parseDirective(body: string, start: number, end: number): Directive | null {
  const m = DIRECTIVE.exec(body.trim());
  if (!m) return null;
  // Everything after "--" is a free-text reason, as in ESLint.
  const list = m[2].split('--')[0];
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules: rules.length ? rules : null, start, end };
}

function covers(rules: string[] | null, ruleId: string): boolean {
  if (rules === null) return true;
  return rules.some((r) => r === ruleId || r === 'all' || ruleId.startsWith(r + '/'));
}

/** Answers whether a finding at a line is switched off by the document's directives. */
export class Suppressions {
  private readonly lineRules = new Map<number, Array<string[] | null>>();
  private readonly blocks: Array<{ rules: string[] | null; from: number; to: number }> = [];
  private readonly reenabled: Array<{ rules: string[] | null; at: number }> = [];

  /**
   * @param lineOf maps an offset to its line
   * @param nextContentLine the first non-blank line after a given line (for disable-next-line)
   */
  constructor(
    directives: readonly Directive[],
    lineOf: (offset: number) => number,
    nextContentLine: (line: number) => number,
  ) {
    const open: Array<{ rules: string[] | null; from: number }> = [];
    for (const d of directives) {
      switch (d.kind) {
        case 'disable-line':
          this.addLine(lineOf(d.start), d.rules);
          break;
        case 'disable-next-line':
          this.addLine(nextContentLine(lineOf(d.end)), d.rules);
          break;
        case 'disable':
          open.push({ rules: d.rules, from: d.end });
          break;
        case 'enable':
          // "enable" with no list closes every open block; with a list, the blocks it names.
          for (let i = open.length - 1; i >= 0; i--) {
            const o = open[i];
            if (d.rules === null || (o.rules !== null && o.rules.every((r) => d.rules!.includes(r)))) {
              this.blocks.push({ rules: o.rules, from: o.from, to: d.start });
              open.splice(i, 1);
            }
          }
          // "disable" (all) then "enable directive": directive rules come back on.
          if (d.rules !== null) this.reenabled.push({ rules: d.rules, at: d.start });
          break;
      }
    }
    for (const o of open) this.blocks.push({ rules: o.rules, from: o.from, to: Infinity });
  }

  private addLine(line: number, rules: string[] | null): void {
    const list = this.lineRules.get(line) ?? [];
    list.push(rules);
    this.lineRules.set(line, list);
  }

  isSuppressed(ruleId: string, offset: number, line: number): boolean {
    if (this.lineRules.get(line)?.some((r) => covers(r, ruleId))) return true;
    for (const b of this.blocks) {
      if (offset < b.from || offset >= b.to || !covers(b.rules, ruleId)) continue;
      const back = this.reenabled.some((e) => e.at >= b.from && e.at <= offset && covers(e.rules, ruleId));
      if (!back) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.lineRules.size === 0 && this.blocks.length === 0;
  }
}
