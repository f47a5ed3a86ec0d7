#!/usr/bin/env node
'use strict';
// Runs a mocha suite inside code-server's (Node) extension host, headlessly: the same contract as
// @vscode/test-electron's extensionTestsPath (the module's run() is called in the extension host).
// The web workbench reads extensionDevelopmentPath/extensionTestsPath from the ?payload= URL parameter and
// reports through window.codeAutomationLog / window.codeAutomationExit, which we expose from playwright.
//
// Usage: node test/harness/run-exthost.js [--extension DIR] [--tests MODULE] [--workspace DIR]
//   --extension  extension folder (package.json)      env MI_LINT_EXTENSION_DIR  default: repo root
//   --tests      compiled suite index (exports run())  env MI_LINT_EXTHOST_TESTS  default: out/test/exthost/index.js
//   --workspace  folder opened in the editor (copied)  env MI_LINT_WORKSPACE      default: test/fixtures/workspace
// Env: MI_LINT_EXTHOST_TIMEOUT_MS (whole run, default 300000), MI_LINT_EXTHOST_GREP (mocha grep, passed through).
const fs = require('fs');
const path = require('path');
const { format } = require('util');
const lib = require('./lib');

const { extensionDir, testsModule, workspaceSource } = lib.runnerArgs();
const timeoutMs = Number(process.env.MI_LINT_EXTHOST_TIMEOUT_MS || 300_000);

const RESULT_RE = /EXTHOST-RESULT (\{.*\})/;
// The workbench's own info chatter, which reaches codeAutomationLog too: kept in exthost.log, not printed.
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Ignoring fetching additional builtin|Updating additional builtin|ChatSessionStore:)/;

function checkInputs() {
  if (!fs.existsSync(path.join(extensionDir, 'package.json'))) throw new Error(`no package.json in extension folder ${extensionDir}`);
  if (!fs.existsSync(testsModule)) throw new Error(`tests module ${testsModule} not found: compile the suite first (tsc -p tsconfig.test.json)`);
}

lib.main('exthost', async ({ run, onCleanup, stopping }) => {
  checkInputs();
  const workspace = lib.copyWorkspace(workspaceSource, run.file('workspace'));
  const server = await lib.startCodeServer(run, {
    env: lib.suiteEnv(run, workspaceSource), // the extension host inherits the server's env
  });
  onCleanup(server.stop);
  const browser = await lib.launchBrowser(run);
  onCleanup(browser.close);
  const page = await browser.newPage();

  const suiteLog = fs.createWriteStream(run.file('exthost.log'));
  onCleanup(() => new Promise((r) => suiteLog.end(r)));
  let result = null;
  let settle;
  const exited = new Promise((resolve) => { settle = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    suiteLog.write(`[${type}] ${text}\n`);
    const m = RESULT_RE.exec(text);
    if (m) result = JSON.parse(m[1]);
    if (type !== 'error' && WORKBENCH_NOISE.test(text)) return;
    for (const line of text.split('\n')) console.log(type === 'error' ? `  ! ${line}` : `  ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
  page.on('crash', () => settle({ error: 'the workbench page crashed' }));
  browser.browser.on('disconnected', () => settle({ error: 'the browser disconnected' }));

  const remote = (p) => `vscode-remote://${server.host}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(testsModule)],
  ]);
  lib.log(`extension ${extensionDir}\n  suite ${testsModule}\n  workspace ${workspace} (copy of ${workspaceSource})`);
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  lib.log('workbench loading; waiting for the suite to finish');
  const outcome = await exited;
  if (stopping()) return 1; // interrupted or timed out: cleanup closed the browser
  lib.log(`extension host finished: ${JSON.stringify(outcome)}`);
  return report(outcome, result, run);
}, { timeoutMs });

function report(outcome, result, run) {
  const failWith = (why) => {
    console.error(`exthost: FAILED: ${why}\n  logs: ${run.dir} (code-server.log, exthost.log, browser-console.log)`);
    // the server's log only helps when the suite did not get to report
    if (!result) console.error(`  last lines of code-server.log:\n${lib.tail(run.file('code-server.log'), 15)}`);
    return 1;
  };
  if (result) console.log(`exthost: ${result.passed} passed, ${result.failed} failed`);
  if (outcome.error) return failWith(outcome.error);
  if (!result) return failWith(`the suite printed no EXTHOST-RESULT line (exit code ${outcome.code}); is ${testsModule} built from test/exthost/index.ts?`);
  if (result.passed + result.failed === 0) return failWith('no test ran (no *.test.js next to the suite index, or the grep matched none)');
  if (result.failed > 0 || outcome.code !== 0) return failWith(`${result.failed} failed, extension host exit code ${outcome.code}`);
  return 0;
}
