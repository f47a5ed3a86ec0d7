// Command ids, in one place: package.json contributes the palette ones, the code actions call the rest.

export const COMMANDS = {
  applyFix: 'miLint.applyFix',
  fixAll: 'miLint.fixAll',
  disableRuleOnLine: 'miLint.disableRuleOnLine',
  disableRuleInWorkspace: 'miLint.disableRuleInWorkspace',
  lintWorkspace: 'miLint.lintWorkspace',
  reflectSelection: 'miLint.reflectSelection',
  insertAutonomyPhrase: 'miLint.insertAutonomyPhrase',
  toggle: 'miLint.toggle',
  showSessionReport: 'miLint.showSessionReport',
} as const;
