// The CLI: formats, exit codes, bad input, config discovery. In-process through main(), and once through
// the built executable to prove the contract on a real pipe.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import { runCli, scratchDir } from '../fuzz/cli-run';

const ROOT = path.join(__dirname, '..', '..', '..');

const run = runCli;
const tmpdir = scratchDir;

describe('mi-lint CLI', () => {
  const dir = tmpdir({
    'note.md': 'You should stop drinking.\n',
    'clean.md': 'Client reports no drinking this week.\n',
    'info.md': 'You might want to try a meditation app.\n',
    'empty.md': '',
    'bin.dat': Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]),
    'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]),
    'sub/deeper/t.md': 'Counselor: Why didn\'t you call?\n',
  });

  it('json: the DESIGN.md contract, exit 1 on a warning', async () => {
    const r = await run(['--format', 'json', 'note.md'], dir);
    assert.strictEqual(r.code, 1);
    const data = JSON.parse(r.out);
    assert.strictEqual(data.length, 1);
    assert.deepStrictEqual(Object.keys(data[0]), ['filePath', 'findings', 'utterances', 'metrics']);
    assert.strictEqual(data[0].filePath, path.join(dir, 'note.md'));
    const f = data[0].findings[0];
    assert.deepStrictEqual(Object.keys(f), ['ruleId', 'family', 'miCode', 'severity', 'message', 'range', 'fixes']);
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
    assert.ok(f.fixes[0].edits[0].range.start.line === 0 && typeof f.fixes[0].edits[0].newText === 'string');
    for (const k of ['reflections', 'questions', 'openQuestions', 'complexReflections', 'reflectionToQuestion', 'percentOpenQuestions', 'percentComplexReflections', 'counselorTalkShare', 'miAdherent', 'miNonAdherent']) {
      assert.ok(k in data[0].metrics, k);
    }
    assert.deepStrictEqual(Object.keys(data[0].utterances[0]), ['speaker', 'range', 'codes', 'talk']);
  });

  it('exit 0 when clean or only info findings; empty file has no findings', async () => {
    assert.strictEqual((await run(['clean.md'], dir)).code, 0);
    assert.strictEqual((await run(['info.md'], dir)).code, 0);
    const r = await run(['--format', 'json', 'empty.md'], dir);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.out)[0].findings, []);
  });

  it('text: stylish rows, a metrics line and a total', async () => {
    const r = await run(['--no-color', 'note.md', 'clean.md'], dir);
    assert.match(r.out, /1:1\s+warning\s+Directive: "you should"[^\n]*directive\/you-should/);
    assert.match(r.out, /MI metrics: /);
    assert.match(r.out, /1 finding \(0 errors, 1 warning, 0 info, 0 hints\) in 2 files/);
  });

  it('sarif: 2.1.0 with rule metadata, 1-based regions and fixes', async () => {
    const r = await run(['-f', 'sarif', 'note.md'], dir);
    const s = JSON.parse(r.out);
    assert.strictEqual(s.version, '2.1.0');
    const run0 = s.runs[0];
    const res = run0.results[0];
    assert.strictEqual(res.ruleId, 'directive/you-should');
    assert.strictEqual(run0.tool.driver.rules[res.ruleIndex].id, 'directive/you-should');
    assert.ok(run0.tool.driver.rules[res.ruleIndex].fullDescription.text.length > 20);
    assert.deepStrictEqual(res.locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 16 });
    assert.ok(res.fixes.length >= 1);
  });

  it('json and sarif, written as the lint goes, are exactly the one-piece serializations', async () => {
    const d = tmpdir({
      'a.md': 'Counselor: You should stop. Why didn\'t you call?\n\nClient: I want to cut back.\n\nClient is an addict.\n',
      'b.md': '',
      'c.md': 'Client reports no drinking this week.\n\nYou must go to meetings.\n',
    });
    const files = ['a.md', 'b.md', 'c.md'];
    const j = await run(['-f', 'json', ...files], d);
    const expected = files.map((f) => ({ filePath: path.join(d, f), ...lint(fs.readFileSync(path.join(d, f), 'utf8')) }));
    assert.strictEqual(j.out, JSON.stringify(expected) + '\n');
    for (const args of [files, ['b.md']]) {
      const s = await run(['-f', 'sarif', ...args], d);
      assert.strictEqual(s.out, JSON.stringify(JSON.parse(s.out), null, 2) + '\n');
    }
    assert.strictEqual(JSON.parse((await run(['-f', 'sarif', ...files], d)).out).runs[0].results.length, expected.reduce((n, r) => n + r.findings.length, 0));
    assert.strictEqual((await run(['-f', 'json', 'b.md'], d)).out, JSON.stringify([{ filePath: path.join(d, 'b.md'), ...lint('') }]) + '\n');
  });

  it('globs and stdin', async () => {
    const g = await run(['-f', 'json', '**/*.md'], dir);
    const files = JSON.parse(g.out).map((x: { filePath: string }) => path.relative(dir, x.filePath)).sort();
    assert.deepStrictEqual(files, ['clean.md', 'empty.md', 'info.md', 'note.md', path.join('sub', 'deeper', 't.md')]);
    const s = await run(['-f', 'json', '-'], dir, 'You must stop using.');
    assert.strictEqual(JSON.parse(s.out)[0].filePath, '<stdin>');
    assert.strictEqual(s.code, 1);
  });

  it('bad input: one line each, exit 2, other files still linted', async () => {
    const r = await run(['-f', 'json', 'missing.md', 'sub', 'bin.dat', 'latin1.txt', 'note.md'], dir);
    assert.strictEqual(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.strictEqual(lines.length, 4);
    assert.match(lines[0], /missing\.md: no such file/);
    assert.match(lines[1], /sub: is a directory/);
    assert.match(lines[2], /bin\.dat: binary content/);
    assert.match(lines[3], /latin1\.txt: not valid UTF-8/);
    assert.strictEqual(JSON.parse(r.out).length, 1);
  });

  it('usage errors exit 2', async () => {
    assert.strictEqual((await run([], dir)).code, 2);
    assert.strictEqual((await run(['--format', 'xml', 'note.md'], dir)).code, 2);
    assert.strictEqual((await run(['--bogus', 'note.md'], dir)).code, 2);
  });

  it('config: nearest .milintrc.json applies; --config overrides; errors name the key', async () => {
    const d = tmpdir({
      '.milintrc.json': JSON.stringify({ rules: { 'directive/you-should': 'off' } }),
      'a/note.md': 'You should stop drinking. Client is an addict.\n',
      'bad.json': '{ "rules": { "directive/you-shuold": "off" }, "families": { "stigma": "loud" } }',
      'broken.json': '{ rules: ',
    });
    const near = JSON.parse((await run(['-f', 'json', 'a/note.md'], d)).out)[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.deepStrictEqual(near, ['stigma/addict']);
    const bad = await run(['-f', 'json', '--config', 'bad.json', 'a/note.md'], d);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /bad\.json: rules\.directive\/you-shuold: unknown rule id .* did you mean "directive\/you-should"/);
    assert.match(bad.err, /bad\.json: families\.stigma: must be/);
    assert.strictEqual(JSON.parse(bad.out)[0].findings.length, 2, 'defaults kept for the bad keys');
    const broken = await run(['--config', 'broken.json', 'a/note.md'], d);
    assert.strictEqual(broken.code, 2);
    assert.match(broken.err, /broken\.json: \(root\): invalid JSON/);
  });

  it('--speaker-labels replaces the label lists', async () => {
    const d = tmpdir({ 't.txt': 'Nurse: You should stop drinking.\n\nBob: I should stop drinking.\n' });
    const r = await run(['-f', 'json', '--speaker-labels', 'counselor=Nurse;client=Bob', 't.txt'], d);
    const u = JSON.parse(r.out)[0].utterances.map((x: { speaker: string }) => x.speaker);
    assert.deepStrictEqual(u, ['counselor', 'client']);
  });

  it('the built executable prints complete JSON on a pipe and sets the exit code', function () {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(cli)) this.skip();
    const big = tmpdir({ 'big.md': 'You should stop drinking. Client is an addict.\n\n'.repeat(3000) });
    const r = spawnSync(process.execPath, [cli, '--format', 'json', path.join(big, 'big.md')], { encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.strictEqual(r.status, 1, r.stderr);
    const data = JSON.parse(r.stdout);
    assert.strictEqual(data[0].findings.length, 6000);
  });
});
