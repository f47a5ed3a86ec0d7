#!/usr/bin/env node
'use strict';
// Runs the extension-host suite (the same out/test/exthost/index.js as run-exthost.js) in a desktop VS Code via
// @vscode/test-electron (a devDependency of the root package). It downloads VS Code first, which these machines
// cannot do: the download is bounded, and its failure ends the run at once with a clear message, never a hang.
// Where a desktop VS Code is at hand, point MI_LINT_VSCODE_EXECUTABLE at it to skip the download.
// On Linux without a display, run it under xvfb-run.
//
// Usage: node test/harness/run-electron.js [--extension DIR] [--tests MODULE] [--workspace DIR]   (as run-exthost.js)
// Env: MI_LINT_VSCODE_VERSION (default 1.100.3, the VS Code inside code-server 4.100.3), MI_LINT_VSCODE_EXECUTABLE,
//   MI_LINT_DOWNLOAD_TIMEOUT_MS (default 45000), MI_LINT_ELECTRON_TIMEOUT_MS (tests, default 300000).
const fs = require('fs');
const path = require('path');
const lib = require('./lib');

const { extensionDir, testsModule, workspaceSource } = lib.runnerArgs();
const version = process.env.MI_LINT_VSCODE_VERSION || '1.100.3';
const downloadTimeoutMs = Number(process.env.MI_LINT_DOWNLOAD_TIMEOUT_MS || 45_000);
const timeoutMs = Number(process.env.MI_LINT_ELECTRON_TIMEOUT_MS || 300_000);

function loadTestElectron() {
  try {
    return require(require.resolve('@vscode/test-electron', { paths: [lib.REPO] }));
  } catch {
    throw new Error('@vscode/test-electron is not installed: run `npm ci` in the repo root');
  }
}

/** The VS Code executable: given, cached from an earlier download, or downloaded now within the bound. */
async function vscodeExecutable(testElectron) {
  if (process.env.MI_LINT_VSCODE_EXECUTABLE) return process.env.MI_LINT_VSCODE_EXECUTABLE;
  lib.log(`downloading VS Code ${version} (bounded: ${downloadTimeoutMs / 1000}s)`);
  const download = testElectron.downloadAndUnzipVSCode({
    version,
    cachePath: path.join(lib.HARNESS_DIR, 'vscode-test'),
    timeout: Math.min(downloadTimeoutMs, 15_000), // idle timeout per request
    reporter: new testElectron.SilentReporter(),
  });
  try {
    return await lib.withTimeout(download, downloadTimeoutMs, `downloading VS Code ${version}`);
  } catch (e) {
    throw new Error(`cannot get a desktop VS Code ${version}: ${e.message}\n` +
      '  This machine cannot download VS Code (no network beyond the npm registry and apt).\n' +
      '  Run the same suite in code-server instead: node test/harness/run-exthost.js\n' +
      '  or set MI_LINT_VSCODE_EXECUTABLE to a local VS Code binary.');
  }
}

lib.main('electron', async ({ run }) => {
  if (!fs.existsSync(testsModule)) throw new Error(`tests module ${testsModule} not found: compile the suite first (tsc -p tsconfig.test.json)`);
  const testElectron = loadTestElectron();
  const vscodeExecutablePath = await vscodeExecutable(testElectron);
  if (process.platform === 'linux' && !process.env.DISPLAY) lib.log('warning: no DISPLAY; VS Code needs an X server (xvfb-run)');
  const workspace = lib.copyWorkspace(workspaceSource, run.file('workspace'));
  try {
    const code = await testElectron.runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: extensionDir,
      extensionTestsPath: testsModule,
      extensionTestsEnv: lib.suiteEnv(run, workspaceSource),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', run.file('user-data'), '--extensions-dir', run.file('extensions')],
    });
    console.log(`electron: extension host exited with ${code}`);
    return code === 0 ? 0 : 1;
  } catch (e) {
    console.error(`electron: FAILED: ${e.message}`);
    return 1;
  }
}, { timeoutMs: downloadTimeoutMs + timeoutMs });
