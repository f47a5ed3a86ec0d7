#!/usr/bin/env node
// Keeps the `miLint.rules` setting's schema in package.json in step with the rule catalogue, so settings.json
// offers every rule id with its message. Run after adding or renaming a rule (a unit test checks they agree):
//   npm run build && node scripts/sync-rule-settings.js
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const { RULES } = require(path.join(root, 'dist/core.js'));

function ruleProperties(rules) {
  const out = {};
  for (const r of rules) {
    out[r.id] = {
      type: 'string',
      enum: ['off', 'hint', 'info', 'warning', 'error'],
      default: r.severity,
      markdownDescription: `${r.message} (default: \`${r.severity}\`)`,
    };
  }
  return out;
}

const file = path.join(root, 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
const setting = pkg.contributes?.configuration?.properties?.['miLint.rules'];
if (!setting) throw new Error('package.json has no contributes.configuration.properties["miLint.rules"]');
setting.properties = ruleProperties(RULES);
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`miLint.rules: ${RULES.length} rules written to package.json`);
