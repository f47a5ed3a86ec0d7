// The catalogue the build compiled (dist/catalogue-compiled.js, read by the bundles) must be exactly what
// compiling the patterns here gives: same expression, same required words, for every pattern and exception.
// These unbundled tests never find the table (it sits next to the bundles), so precompileCatalogue() below
// compiles from the sources.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { precompileCatalogue } from '../../src/rules/engine';
import type { PrecompiledTable } from '../../src/rules/precompiled';

const TABLE = path.join(__dirname, '..', '..', '..', 'dist', 'catalogue-compiled.js');

describe('precompiled catalogue', () => {
  it('holds every catalogue pattern exactly as compiling it here gives, and nothing else', function () {
    if (!fs.existsSync(TABLE)) this.skip(); // `npm test` builds first; test:unit alone may run before a build
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const table = (require(TABLE) as { CATALOGUE: PrecompiledTable }).CATALOGUE;
    assert.deepStrictEqual(table, precompileCatalogue());
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
