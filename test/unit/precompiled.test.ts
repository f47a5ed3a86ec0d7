// The catalogue the build compiled (dist/catalogue-compiled.js, read by the bundles) must be exactly what
// compiling the patterns here gives: same expression, same anchors, for every pattern and exception. These
// unbundled tests never find the table (it sits next to the bundles), so `compilePattern` below compiles
// from the sources.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/rules/catalogue';
import { compilePattern, patternAnchors, patternRequirements } from '../../src/rules/pattern';
import type { PrecompiledTable } from '../../src/rules/precompiled';

const TABLE = path.join(__dirname, '..', '..', '..', 'dist', 'catalogue-compiled.js');

describe('precompiled catalogue', () => {
  it('holds every catalogue pattern exactly as compiling it here gives, and nothing else', function () {
    if (!fs.existsSync(TABLE)) this.skip(); // `npm test` builds first; test:unit alone may run before a build
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const table = (require(TABLE) as { CATALOGUE: PrecompiledTable }).CATALOGUE;
    const sources = new Set<string>();
    for (const def of RULES) {
      for (const spec of def.match) sources.add(typeof spec === 'string' ? spec : spec.pattern);
      for (const ex of def.except ?? []) sources.add(ex);
    }
    assert.deepStrictEqual(new Set(Object.keys(table)), sources, 'the table was built from this catalogue');
    for (const source of sources) {
      assert.strictEqual(table[source].re, compilePattern(source).regex.source, source);
      assert.deepStrictEqual(table[source].anchors, patternAnchors(source), source);
      assert.deepStrictEqual(table[source].requires, patternRequirements(source), source);
    }
  });

  it('is what the built library lints with, and it finds what the sources find', function () {
    if (!fs.existsSync(TABLE)) this.skip();
    const CORE = path.join(__dirname, '..', '..', '..', 'dist', 'core.js');
    delete require.cache[require.resolve(TABLE)];
    delete require.cache[require.resolve(CORE)];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(CORE) as typeof import('../../src/core');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lint } = require('../../src/core/lint') as typeof import('../../src/core/lint');
    const text = 'You need to stop drinking. Why didn\'t you call? u shouldnt drink so much. The client claims he is clean.';
    assert.deepStrictEqual(core.lint(text).findings.map((f) => f.ruleId), lint(text).findings.map((f) => f.ruleId));
    assert.ok(require.cache[require.resolve(TABLE)], 'dist/core.js read dist/catalogue-compiled.js');
  });
});
