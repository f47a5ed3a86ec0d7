'use strict';
// The session report a supervisor opens: its figures equal the CLI's JSON metrics for the same file, a click on a
// non-adherent turn jumps to its line, and the webview's strict Content-Security-Policy refuses nothing it needs.
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const { pollUntil } = require('../harness/lib');

const REPO = path.join(__dirname, '../..');

/** The webview frame that holds the report (webviews nest iframes; find it by its content). */
async function reportFrame(page) {
  return pollUntil(
    async () => {
      for (const f of page.frames()) if (await f.locator('#report [data-metric]').count().catch(() => 0)) return f;
      return null;
    },
    { timeoutMs: 30_000, intervalMs: 200, what: 'the report webview' },
  );
}

function cliMetrics(file) {
  let out;
  try {
    out = execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), '--format', 'json', '--no-config', file], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit 1 just means findings
  }
  return JSON.parse(out)[0].metrics;
}

module.exports = {
  'report view: numbers equal the CLI JSON, a click jumps to the line': async ({ page, workspace, screenshot, workbench }) => {
    workspace.write('report-session.md', fs.readFileSync(path.join(REPO, 'test/fixtures/report/session.md'), 'utf8'));
    const metrics = cliMetrics(workspace.file('report-session.md'));
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await workbench.openFile('report-session.md');
    await page.locator('.statusbar-item').filter({ hasText: 'R:Q' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.runCommand('MI Lint: Show Session Report');
    const frame = await reportFrame(page);
    const shown = await frame.$$eval('#report [data-metric][data-value]', (els) => els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')]));
    assert.ok(shown.length >= 8, `the report shows the session figures (${shown.length})`);
    for (const [k, v] of shown) assert.strictEqual(v, String(metrics[k]), `${k} in the report vs the CLI`);
    await screenshot('report');

    const btn = frame.locator('button.line').first();
    const line = Number(await btn.getAttribute('data-line'));
    await btn.click();
    // The jump is read from the editor's own cursor line; the status bar's "Ln" item shows only while the text
    // editor, not the webview that was just clicked, holds the focus, which is a race in the workbench.
    const cursorLine = page.locator('.monaco-editor .margin .active-line-number').filter({ hasText: new RegExp(`^${line + 1}$`) });
    await cursorLine.or(page.locator('.statusbar-item').filter({ hasText: `Ln ${line + 1},` })).first().waitFor({ timeout: 10_000 });
    await screenshot('after-click');
    const refused = errors.filter((e) => /Content Security Policy|Refused/i.test(e));
    assert.deepStrictEqual(refused, []);
  },
};
