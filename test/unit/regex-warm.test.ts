import * as assert from 'assert';
import { compileNow, compileOnFirstUse } from '../../src/core/regex-warm';

describe('compiling expressions ahead of their first use', () => {
  it('leaves an expression as it was: same lastIndex, same matches', () => {
    const re = /\bcut (?:back|down)\b/g;
    re.lastIndex = 5;
    compileNow(re);
    assert.strictEqual(re.lastIndex, 5);
    re.lastIndex = 0;
    assert.deepStrictEqual([...'i cut back, then cut down'.matchAll(re)].map((m) => m.index), [2, 17]);
  });

  it('compiles a list once, at the first call', () => {
    let asked = 0;
    const compile = compileOnFirstUse(() => {
      asked++;
      return [/a/, /b/g];
    });
    assert.strictEqual(asked, 0);
    compile();
    compile();
    assert.strictEqual(asked, 1);
  });
});
