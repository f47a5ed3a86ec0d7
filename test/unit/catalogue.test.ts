// Every rule's examples are tests: flag examples must produce the rule, pass examples must not.

import * as assert from 'assert';
import { lint } from '../../src/core/lint';
import { RULES } from '../../src/rules/catalogue';
import { catalogueProblems } from '../../src/rules/validate';
import { covered } from './helpers';

describe('rule catalogue', () => {
  it('is well-formed: ids, examples, sources, fixes, no duplicate phrases', () => {
    assert.deepStrictEqual(catalogueProblems(RULES), []);
  });

  it('catches a duplicate phrase and a rule without examples', () => {
    const r = RULES[0];
    const problems = catalogueProblems([r, { ...r, id: r.family + '/copy', examples: { flag: [], pass: [] } }]);
    assert.ok(problems.some((p) => p.includes('duplicate phrase')));
    assert.ok(problems.some((p) => p.includes('no examples that flag')));
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples.flag) {
        it(`flags: ${ex}`, () => {
          const f = lint(ex).findings.filter((x) => x.ruleId === rule.id);
          assert.ok(f.length > 0, `expected ${rule.id} in ${JSON.stringify(lint(ex).findings.map((x) => x.ruleId))}`);
          for (const x of f) {
            assert.strictEqual(x.family, rule.family);
            assert.strictEqual(x.miCode, rule.miCode);
            assert.ok(covered(ex, x).trim().length > 0, 'a finding covers some text');
            assert.ok(x.fixes.length > 0, 'a finding offers at least one fix');
          }
        });
      }
      for (const ex of rule.examples.pass) {
        it(`passes: ${ex}`, () => {
          assert.deepStrictEqual(lint(ex).findings.filter((x) => x.ruleId === rule.id).map((x) => covered(ex, x)), []);
        });
      }
    });
  }
});
