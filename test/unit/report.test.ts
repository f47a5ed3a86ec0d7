// The session report renderer: standalone HTML that loads nothing and runs nothing, escapes every quoted
// word, and shows exactly the lint result's figures; plus `mi-lint report`.

import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { main } from '../../src/cli/main';
import { lint } from '../../src/core/lint';
import type { LintResult } from '../../src/core/types';
import { buildReportModel, renderReportBody, renderReportHtml } from '../../src/report';

const TRANSCRIPT = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'report', 'session.md'), 'utf8');

function attrs(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/data-metric="([A-Za-z]+)" data-value="([^"]*)"/g)) {
    assert.ok(!out.has(m[1]) || out.get(m[1]) === m[2], `${m[1]} shown twice with different values`);
    out.set(m[1], m[2]);
  }
  return out;
}

describe('report: standalone HTML', () => {
  const result = lint(TRANSCRIPT);
  const html = renderReportHtml('session.md', TRANSCRIPT, result);

  it('has a strict CSP that admits exactly its one stylesheet, and no script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(csp, 'CSP meta');
    assert.match(csp[1], /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    assert.strictEqual(styles.length, 1);
    const hash = createHash('sha256').update(styles[0][1], 'utf8').digest('base64');
    assert.ok(csp[1].includes(`'sha256-${hash}'`), 'the hash is the stylesheet\'s');
    assert.doesNotMatch(html, /<script|\son[a-z]+=|style="/i);
  });

  it('names no external resource', () => {
    assert.doesNotMatch(html, /https?:\/\//i);
    assert.doesNotMatch(html, /(?:src|href)=|@import|url\(/i);
  });

  it('shows exactly the lint result\'s metrics', () => {
    const shown = attrs(html);
    for (const [k, v] of Object.entries(result.metrics)) assert.strictEqual(shown.get(k) ?? String(v), String(v), k);
    for (const k of ['reflectionToQuestion', 'percentOpenQuestions', 'percentComplexReflections', 'counselorTalkShare', 'miNonAdherent', 'changeTalk']) {
      assert.ok(shown.has(k), `${k} shown`);
    }
  });

  it('lists non-adherent turns with 1-based line numbers and their findings', () => {
    const model = buildReportModel('session.md', TRANSCRIPT, result);
    const lines = TRANSCRIPT.split('\n');
    for (const t of model.nonAdherent) {
      assert.ok(lines[t.line].startsWith('Counselor:'), lines[t.line]);
      assert.ok(html.includes(`line ${t.line + 1}`));
    }
    const youNeed = lines.findIndex((l) => l.includes('You need to stop drinking'));
    assert.ok(model.nonAdherent.some((t) => t.line === youNeed && t.findings.some((f) => f.ruleId === 'directive/you-need-to')));
  });

  it('in a transcript, lists the counselor turns the metrics count, not the author\'s paragraphs around them', () => {
    const text = 'Draft: You should call your sponsor.\n\nCounselor: You need to stop drinking.\n\nClient: Maybe.';
    const r = lint(text);
    const model = buildReportModel('mixed.md', text, r);
    assert.deepStrictEqual(model.nonAdherent.map((t) => [t.line, t.speaker]), [[2, 'counselor']]);
    assert.strictEqual(r.metrics.miNonAdherent, 1);
    const note = 'You should call your sponsor.';
    assert.deepStrictEqual(buildReportModel('draft.md', note, lint(note)).nonAdherent.map((t) => t.speaker), ['author']);
  });

  it("quotes the client's change talk in their own words", () => {
    assert.ok(html.includes('\u201CI want to be there for my kids.\u201D') || html.includes('I want to be there for my kids.'));
    assert.match(html, /Commitment/);
  });

  it('escapes every word it quotes, and the file name', () => {
    const text = 'Counselor: You need to stop <script>alert(1)</script> & "think" about it.\n\nClient: I want to quit <img src=x onerror=alert(1)>.';
    const r = lint(text);
    const out = renderReportHtml('<b>x</b>.md', text, r);
    assert.doesNotMatch(out, /<script|<img|<b>/);
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;think&quot;'));
    assert.ok(out.includes('&lt;b&gt;x&lt;/b&gt;.md'));
  });

  it('says "not enough data" for undefined figures and has no talk balance for a note', () => {
    const text = 'Client reports drinking less this week.';
    const r = lint(text);
    const out = renderReportHtml('note.md', text, r);
    assert.strictEqual(attrs(out).get('reflectionToQuestion'), 'null');
    assert.match(out, /not enough data/);
    assert.match(out, /no talk balance/);
  });

  it('interactive body: line references are buttons with 0-based data-line; standalone has none', () => {
    const model = buildReportModel('session.md', TRANSCRIPT, result);
    const body = renderReportBody(model, { interactive: true });
    const lines = [...body.matchAll(/<button type="button" class="line" data-line="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(lines, [...model.nonAdherent.map((t) => t.line), ...model.changeTalk.map((c) => c.line)]);
    assert.doesNotMatch(html, /<button/);
  });

  it('a hand-made result renders its own numbers, whatever the coder decided', () => {
    const r: LintResult = {
      findings: [],
      utterances: [],
      metrics: {
        reflections: 7, questions: 5, openQuestions: 3, complexReflections: 4, reflectionToQuestion: 1.4, percentOpenQuestions: 60,
        percentComplexReflections: 57.14, counselorTalkShare: 0.4123, miAdherent: 3, miNonAdherent: 1, percentMiAdherent: 75, changeTalk: 4, sustainTalk: 2,
      },
    };
    const out = renderReportHtml('x.md', '', r);
    const shown = attrs(out);
    assert.strictEqual(shown.get('reflectionToQuestion'), '1.4');
    assert.strictEqual(shown.get('counselorTalkShare'), '0.4123');
    assert.match(out, />1\.40</);
    assert.match(out, />41%</);
    assert.match(out, /Counselor 41%/);
  });
});

describe('report: mi-lint report FILE --out', () => {
  async function run(args: string[], cwd: string) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c) => (err += c));
    const code = await main(args, { stdout, stderr, cwd, readStdin: async () => ({ filePath: '<stdin>', text: '' }) });
    return { code, err };
  }

  it('writes the standalone report of the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-report-'));
    fs.writeFileSync(path.join(dir, 'session.md'), TRANSCRIPT);
    const r = await run(['report', 'session.md', '--out', 'out.html'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const html = fs.readFileSync(path.join(dir, 'out.html'), 'utf8');
    assert.strictEqual(html, renderReportHtml('session.md', TRANSCRIPT, lint(TRANSCRIPT)));
  });

  it('exit 2 with a message when the report cannot be written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-report-'));
    fs.writeFileSync(path.join(dir, 'session.md'), TRANSCRIPT);
    const r = await run(['report', 'session.md', '--out', 'missing-dir/out.html'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /missing-dir\/out\.html: ENOENT/);
  });
});
