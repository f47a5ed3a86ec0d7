#!/usr/bin/env node
'use strict';
// UI tests: drives the VS Code workbench (code-server) in headless Debian chromium with playwright-core.
// The extension is loaded from its folder in development mode (extensionDevelopmentPath in the ?payload= URL
// parameter, like run-exthost.js): no packaging step, always the freshly built dist/. With MI_LINT_E2E_VSIX set,
// that .vsix is installed into the run's fresh extensions dir instead (what a user gets from the marketplace).
//
// A test file (test/e2e/*.e2e.js, or compiled TS in out/test/e2e/**/*.e2e.js) exports its tests:
//   module.exports = { 'shows a squiggle': async ({ page, workspace, screenshot, workbench }) => { ... } };
// Each test gets a fresh browser context and its own copy of the fixture workspace, already open.
//   workspace: { dir, file(rel), read(rel), write(rel, text), waitForContent(rel, expected) }   screenshot(name) -> test/e2e/artifacts/<file>--<test>--<name>.png
//   workbench: helpers from test/harness/workbench.js (openFile, waitForSquiggle, applyQuickFix, save, ...)
// A failing test also leaves <file>--<test>--failed.png.
//
// Usage: node test/harness/run-e2e.js [FILE ...] [--extension DIR] [--workspace DIR]
// Env: MI_LINT_EXTENSION_DIR, MI_LINT_WORKSPACE (as run-exthost.js), MI_LINT_E2E_VSIX, MI_LINT_E2E_GREP (regexp on
//   "file > test"), MI_LINT_E2E_TEST_TIMEOUT_MS (per test, default 120000), MI_LINT_E2E_TIMEOUT_MS (whole run, 900000).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const lib = require('./lib');
const { workbench } = require('./workbench');

const { extensionDir, workspaceSource, files } = lib.runnerArgs();
const vsix = process.env.MI_LINT_E2E_VSIX && path.resolve(process.env.MI_LINT_E2E_VSIX);
const grep = process.env.MI_LINT_E2E_GREP ? new RegExp(process.env.MI_LINT_E2E_GREP) : null;
const testTimeoutMs = Number(process.env.MI_LINT_E2E_TEST_TIMEOUT_MS || 120_000);
const timeoutMs = Number(process.env.MI_LINT_E2E_TIMEOUT_MS || 900_000);
const ARTIFACTS = path.join(lib.REPO, 'test/e2e/artifacts');

// playwright's messages carry ANSI colours and a long call log: keep the first lines, plain
const brief = (e) => String((e && e.stack) || e).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 14).join('\n    ');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

function findTestFiles() {
  if (files.length) return files;
  const walk = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.e2e.js') ? [path.join(dir, e.name)] : []);
  return [...walk(path.join(lib.REPO, 'test/e2e')).filter((f) => !f.startsWith(ARTIFACTS)), ...walk(path.join(lib.REPO, 'out/test/e2e'))].sort();
}

/** [{ file, name, fn }] from every file; a module may export the tests object directly or as `default`. */
function loadTests(files) {
  return files.flatMap((file) => {
    const mod = require(file);
    const tests = mod && typeof mod.default === 'object' ? mod.default : mod;
    return Object.entries(tests).filter(([, fn]) => typeof fn === 'function')
      .map(([name, fn]) => ({ file, name, fn, label: `${path.basename(file, '.js')} > ${name}` }))
      .filter((t) => !grep || grep.test(t.label));
  });
}

function workspaceApi(dir) {
  const file = (rel) => path.join(dir, rel);
  const read = (rel) => fs.readFileSync(file(rel), 'utf8');
  return {
    dir, file, read,
    /** Poll the file on disk until it equals `expected` (the editor saves asynchronously); returns its text. */
    waitForContent: async (rel, expected, { timeoutMs = 10_000 } = {}) => {
      await lib.pollUntil(() => read(rel) === expected, { timeoutMs, what: `${rel} to read ${JSON.stringify(expected)}` })
        .catch((e) => { throw new Error(`${e.message}; it reads ${JSON.stringify(read(rel))}`); });
      return expected;
    },
    write: (rel, text) => { fs.mkdirSync(path.dirname(file(rel)), { recursive: true }); fs.writeFileSync(file(rel), text); },
  };
}

function installVsix(run) {
  lib.log(`installing ${vsix} into the run's extensions dir`);
  execFileSync(lib.codeServerBin(), ['--install-extension', vsix, '--force',
    '--extensions-dir', run.file('extensions'), '--user-data-dir', run.file('user-data')],
  { stdio: 'inherit', timeout: 60_000, env: { ...process.env, HOME: run.file('home'), TMPDIR: run.tmp } });
}

lib.main('e2e', async ({ run, onCleanup, stopping }) => {
  const tests = loadTests(findTestFiles());
  if (!tests.length) throw new Error(`no e2e tests found (test/e2e/**/*.e2e.js, out/test/e2e/**/*.e2e.js${grep ? `, grep ${grep}` : ''})`);
  if (!vsix && !fs.existsSync(path.join(extensionDir, 'package.json'))) throw new Error(`no package.json in ${extensionDir}`);
  fs.rmSync(ARTIFACTS, { recursive: true, force: true }); // screenshots of earlier runs would mislead
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (vsix) installVsix(run);

  const server = await lib.startCodeServer(run);
  onCleanup(server.stop);
  const browser = await lib.launchBrowser(run);
  onCleanup(browser.close);
  const payload = vsix ? null : JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${server.host}${extensionDir}`]]);

  const results = [];
  for (const [i, test] of tests.entries()) {
    const started = Date.now();
    const prefix = `${slug(path.basename(test.file, '.js'))}--${slug(test.name)}`;
    const workspace = workspaceApi(lib.copyWorkspace(workspaceSource, run.file(`workspaces/${i}-${slug(test.name)}`)));
    const page = await browser.newPage();
    const screenshot = async (name) => {
      const file = path.join(ARTIFACTS, `${prefix}--${slug(name)}.png`);
      await page.screenshot({ path: file });
      return file;
    };
    try {
      await lib.withTimeout((async () => {
        const query = `folder=${encodeURIComponent(workspace.dir)}${payload ? `&payload=${encodeURIComponent(payload)}` : ''}`;
        await page.goto(`${server.url}?${query}`);
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await page.waitForSelector('.explorer-folders-view .monaco-list-row, .explorer-folders-view .empty-view', { timeout: 60_000 }).catch(() => {});
        await test.fn({ page, workspace, screenshot, workbench: workbench(page) });
      })(), testTimeoutMs, `test "${test.label}"`);
      results.push({ ...test, ok: true, ms: Date.now() - started });
      console.log(`  ✔ ${test.label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    } catch (e) {
      if (stopping()) return 1; // interrupted or timed out: the browser was closed under the test
      results.push({ ...test, ok: false, ms: Date.now() - started, error: e });
      console.log(`  ✘ ${test.label} (${((Date.now() - started) / 1000).toFixed(1)}s)\n    ${brief(e)}`);
      await lib.withTimeout(screenshot('FAILED'), 10_000, 'failure screenshot').then((f) => console.log(`    screenshot: ${f}`), () => {});
    } finally {
      await lib.withTimeout(page.context().close(), 10_000, 'closing the page').catch(() => {});
    }
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`E2E-RESULT ${JSON.stringify({ passed, failed })}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  console.log(`  screenshots: ${ARTIFACTS}\n  logs: ${run.dir} (code-server.log, browser-console.log)`);
  return failed ? 1 : 0;
}, { timeoutMs });
