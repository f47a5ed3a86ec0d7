// Config is data, never code. A .milintrc.json is parsed as JSON and validated key by key: every bad entry is
// reported by its key, the good ones still apply, nothing throws, nothing is executed, nothing pollutes a
// prototype. This is what makes linting an untrusted workspace safe. (The basic CLI cases are in cli.test.ts.)

import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, validateConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { runCli, scratchDir } from '../fuzz/cli-run';

const NOTE = 'You should stop drinking. Client is an addict.\n';

describe('config files are data: bad entries named, the rest kept', () => {
  const cases: Array<[string, string, RegExp[]]> = [
    ['empty file', '', [/\(root\): invalid JSON/]],
    ['trailing comma', '{ "rules": { "stigma/addict": "off", } }', [/\(root\): invalid JSON/]],
    ['comments', '// my config\n{ "rules": {} }', [/\(root\): invalid JSON/]],
    ['JavaScript instead of JSON', 'module.exports = { rules: {} }', [/\(root\): invalid JSON/]],
    ['an array', '["rules"]', [/\(root\): the config must be a JSON object/]],
    ['null', 'null', [/\(root\): the config must be a JSON object/]],
    ['unknown top-level key', '{ "rulez": {} }', [/rulez: unknown key "rulez"/]],
    ['rules not an object', '{ "rules": "off" }', [/rules: must be an object/]],
    ['unknown rule id', '{ "rules": { "stigma/adict": "off" } }', [/rules\.stigma\/adict: unknown rule id .*did you mean "stigma\/addict"/]],
    ['severity of the wrong type', '{ "rules": { "stigma/addict": 0 } }', [/rules\.stigma\/addict: severity must be one of .* got 0/]],
    ['unknown family', '{ "families": { "stigmas": false } }', [/families\.stigmas: unknown family/]],
    ['family value of the wrong type', '{ "families": { "stigma": "loud" } }', [/families\.stigma: must be true, false or one of/]],
    ['speaker labels not a list', '{ "speakerLabels": { "counselor": "T" } }', [/speakerLabels\.counselor: must be a list of non-empty strings/]],
    ['speaker labels of the wrong type', '{ "speakerLabels": { "client": [1, ""] } }', [/speakerLabels\.client: must be a list/]],
    ['unknown speaker', '{ "speakerLabels": { "nurse": ["N"] } }', [/speakerLabels\.nurse: only "counselor" and "client"/]],
    ['autonomy phrases empty', '{ "autonomyPhrases": [] }', [/autonomyPhrases: must be a non-empty list/]],
  ];

  for (const [name, text, messages] of cases) {
    it(`${name}: CLI exit 2, the message names the key, the note is still linted`, async () => {
      const dir = scratchDir({ '.milintrc.json': text, 'note.md': NOTE });
      const r = await runCli(['-f', 'json', 'note.md'], dir);
      assert.strictEqual(r.code, 2, r.err);
      for (const m of messages) assert.match(r.err, m);
      for (const line of r.err.trim().split('\n')) assert.match(line, /^mi-lint: .*\.milintrc\.json: \S+: /, 'one line per problem, file and key first');
      assert.deepStrictEqual(JSON.parse(r.out)[0].findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['directive/you-should', 'stigma/addict']);
    });
  }

  it('good entries still apply next to bad ones', async () => {
    const dir = scratchDir({
      '.milintrc.json': JSON.stringify({ rules: { 'directive/you-should': 'off', 'nope/nope': 'off', 'stigma/addict': 'loud' }, families: { confront: 'error' } }),
      'note.md': NOTE + 'Why didn\u2019t you call me?\n',
    });
    const r = await runCli(['-f', 'json', 'note.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.err.trim().split('\n').length, 2, r.err);
    const findings = JSON.parse(r.out)[0].findings as Array<{ ruleId: string; family: string; severity: string }>;
    assert.ok(!findings.some((f) => f.ruleId === 'directive/you-should'), 'the valid "off" applies');
    assert.strictEqual(findings.find((f) => f.ruleId === 'stigma/addict')?.severity, 'warning', 'the bad severity keeps the default');
    const confront = findings.filter((f) => f.family === 'confront');
    assert.ok(confront.length > 0 && confront.every((f) => f.severity === 'error'), 'the family severity applies');
  });

  it('a UTF-8 byte-order mark before the JSON is fine', () => {
    const { options, problems } = parseConfig('\uFEFF{ "rules": { "stigma/addict": "off" } }');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(options.rules, { 'stigma/addict': 'off' });
  });

  it('validateConfig never throws and gives every problem a key and a message, whatever JSON it gets', () => {
    const key = fc.constantFrom('rules', 'families', 'speakerLabels', 'autonomyPhrases', '$schema', '__proto__', 'constructor', 'x');
    const ruleish = fc.constantFrom('stigma/addict', 'directive/you-should', 'stigma', '__proto__', 'toString', 'hasOwnProperty', '');
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(ruleish, fc.jsonValue()), fc.array(fc.oneof(fc.string(), fc.integer())));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(key, value)), (raw) => {
        const { options, problems } = validateConfig(JSON.parse(JSON.stringify(raw)));
        for (const p of problems) assert.ok(typeof p.key === 'string' && p.message.length > 0, JSON.stringify(p));
        lint(NOTE, options); // whatever was kept is usable
      }),
      { seed: 11, numRuns: 300 },
    );
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('"__proto__" and other object keys in a config pollute nothing', () => {
    const { options } = parseConfig('{ "__proto__": { "polluted": 1 }, "rules": { "__proto__": { "polluted": 2 }, "constructor": "off" }, "families": { "__proto__": "off" } }');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.strictEqual(Object.getPrototypeOf(options.rules ?? {}), Object.prototype);
    assert.deepStrictEqual(Object.keys(options.rules ?? {}), []);
    assert.ok(lint(NOTE, options).findings.length === 2);
  });

  it('nothing in a workspace is executed: .milintrc.js, .milintrc and package.json are never read as config', async () => {
    const marker = path.join(scratchDir({}), 'executed');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { rules: { 'stigma/addict': 'off' } };`;
    const dir = scratchDir({
      '.milintrc.js': code,
      '.milintrc.cjs': code,
      '.milintrc': JSON.stringify({ rules: { 'stigma/addict': 'off' } }),
      'package.json': JSON.stringify({ name: 'x', milint: { rules: { 'stigma/addict': 'off' } }, scripts: { preinstall: code } }),
      'note.md': NOTE,
    });
    const r = await runCli(['-f', 'json', 'note.md'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.ok(JSON.parse(r.out)[0].findings.some((f: { ruleId: string }) => f.ruleId === 'stigma/addict'), 'none of them applied');
    assert.ok(!fs.existsSync(marker), 'a workspace file was executed');
  });
});
