// The golden file of rewrites: every case's findings and the exact text each offered fix produces.

import * as assert from 'assert';
import { readGolden, renderCase, writeGolden } from './rewrite-fixtures';

describe('rewrites golden file (test/fixtures/rewrites.txt)', () => {
  const { header, cases } = readGolden();

  if (process.env.UPDATE_REWRITES) {
    it('rewrites the golden file from the current output', () => writeGolden(header, cases));
    return;
  }

  it('holds at least 120 flagged sentences', () => {
    assert.ok(cases.length >= 120, `only ${cases.length} cases`);
    for (const c of cases) assert.ok(c.expected.length > 0, `no findings recorded for: ${c.input}`);
  });

  for (const c of cases) {
    it(c.input.replace(/\n/g, ' / '), () => {
      assert.deepStrictEqual(renderCase(c.input), c.expected);
    });
  }
});
