'use strict';
// Shared pieces of the real-editor runners: paths, bounded polling, per-run folders, code-server and chromium
// lifecycles, and a main() wrapper whose cleanup always kills what the run started (errors, signals, timeouts).
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const procs = require('./procs');

const REPO = path.resolve(__dirname, '../..');
const HARNESS_DIR = path.resolve(process.env.MI_LINT_HARNESS_DIR || path.join(REPO, '.harness'));
const CS_VERSION = process.env.MI_LINT_CS_VERSION || '4.100.3';
const CHROMIUM = process.env.MI_LINT_CHROMIUM || '/usr/bin/chromium';
const START_TIMEOUT_MS = Number(process.env.MI_LINT_START_TIMEOUT_MS || 60_000);
const KEEP_RUNS = Number(process.env.MI_LINT_KEEP_RUNS || 10);
const SETUP_HINT = 'run `bash test/harness/setup.sh` first';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (...args) => console.log(`[harness ${elapsed()}]`, ...args);

/** Poll `check` until it returns a truthy value; throws after `timeoutMs`. Never sleeps longer than `intervalMs`. */
async function pollUntil(check, { timeoutMs, intervalMs = 100, what = 'condition' }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function codeServerBin() {
  const bin = path.join(HARNESS_DIR, `code-server-${CS_VERSION}`, 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) throw new Error(`code-server ${CS_VERSION} not found at ${bin}: ${SETUP_HINT}`);
  return bin;
}

function requirePlaywright() {
  try {
    return require('playwright-core');
  } catch {
    throw new Error(`playwright-core is not installed in test/harness/node_modules: ${SETUP_HINT}`);
  }
}

/**
 * A fresh folder for one run: user data, extensions, HOME and logs, so runs never share editor state; and a short
 * TMPDIR outside it (VS Code puts IPC sockets there, and a socket path longer than 107 bytes fails).
 * Also kills code-servers left by runners that died without cleaning up (SIGKILL), and prunes old run folders.
 */
function createRun(kind) {
  const runsDir = path.join(HARNESS_DIR, 'runs');
  fs.mkdirSync(runsDir, { recursive: true });
  procs.reapDeadRuns(runsDir);
  pruneRuns(runsDir);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(runsDir, `${kind}-${stamp}-${process.pid}`);
  for (const sub of ['user-data/User', 'extensions', 'home']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-harness-'));
  procs.recordRun(dir, tmp);
  return { dir, tmp, file: (name) => path.join(dir, name) };
}

/** Keep the newest KEEP_RUNS run folders (named kind-<ISO time>-<pid>), and any whose runner is still alive. */
function pruneRuns(runsDir) {
  const stampOf = (name) => name.replace(/^[a-z]+-/, '');
  const newestFirst = fs.readdirSync(runsDir).sort((a, b) => stampOf(b).localeCompare(stampOf(a)));
  for (const name of newestFirst.slice(KEEP_RUNS)) {
    if (!procs.isAlive(Number(name.split('-').pop()))) fs.rmSync(path.join(runsDir, name), { recursive: true, force: true });
  }
}

/**
 * The runners' common arguments (flag, else env, else default):
 *   --extension DIR (MI_LINT_EXTENSION_DIR, repo root), --tests MODULE (MI_LINT_EXTHOST_TESTS,
 *   out/test/exthost/index.js), --workspace DIR (MI_LINT_WORKSPACE, test/fixtures/workspace); other words: files.
 */
function runnerArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { extension: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' } },
  });
  const pick = (flag, env, fallback) => path.resolve(values[flag] || process.env[env] || path.join(REPO, fallback));
  return {
    extensionDir: pick('extension', 'MI_LINT_EXTENSION_DIR', '.'),
    testsModule: pick('tests', 'MI_LINT_EXTHOST_TESTS', 'out/test/exthost/index.js'),
    workspaceSource: pick('workspace', 'MI_LINT_WORKSPACE', 'test/fixtures/workspace'),
    files: positionals.map((f) => path.resolve(f)),
  };
}

/** Env an extension-host suite sees: the run's folder for its own logs, and where the originals are. */
const suiteEnv = (run, workspaceSource) => ({ MI_LINT_RUN_DIR: run.dir, MI_LINT_WORKSPACE_SOURCE: workspaceSource, MI_LINT_REPO: REPO });

/** Copy a fixture workspace to `target` (inside a run) so tests can edit and save without touching the repo. */
function copyWorkspace(source, target) {
  if (source && fs.existsSync(source)) fs.cpSync(source, target, { recursive: true });
  else {
    if (source) log(`warning: workspace ${source} does not exist; using an empty folder`);
    fs.mkdirSync(target, { recursive: true });
  }
  return target;
}

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false, // the copied workspaces are not repositories; spares a git process per window
};

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => { req.destroy(); resolve(false); });
  });
}

/**
 * Start code-server on a free loopback port in its own process group (detached), so stop() can kill the
 * server with every helper it forked (extension host, pty host, file watcher).
 * Returns { url, host, port, stop() } once /healthz answers.
 */
async function startCodeServer(run, { settings = {}, env = {}, extraArgs = [] } = {}) {
  fs.writeFileSync(run.file('user-data/User/settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  const args = [
    '--bind-addr', '127.0.0.1:0', // port 0: the kernel picks a free port, read back from the log (no race)
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', run.file('user-data'),
    '--extensions-dir', run.file('extensions'),
    '--config', run.file('code-server.yaml'),
    ...extraArgs,
  ];
  const logFile = run.file('code-server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(codeServerBin(), args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      HOME: run.file('home'),
      TMPDIR: run.tmp,
      XDG_CONFIG_HOME: run.file('home/.config'),
      XDG_DATA_HOME: run.file('home/.local/share'),
      EXTENSIONS_GALLERY: '{}', // no gallery: spares the workbench's failing lookups of open-vsx.org
      ...env,
    },
  });
  fs.closeSync(out);
  procs.track(child.pid, run.dir);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const stop = () => procs.stopGroup(child.pid, run.dir);

  try {
    const port = await pollUntil(() => {
      if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(fs.readFileSync(logFile, 'utf8'));
      return m && Number(m[1]);
    }, { timeoutMs: START_TIMEOUT_MS, what: `code-server to listen (log: ${logFile})` });
    const host = `127.0.0.1:${port}`;
    await pollUntil(() => {
      if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
      return httpOk(`http://${host}/healthz`);
    }, { timeoutMs: START_TIMEOUT_MS, intervalMs: 200, what: `http://${host}/healthz` });
    log(`code-server up on http://${host}/ (pid ${child.pid}, log ${logFile})`);
    return { url: `http://${host}/`, host, port, pid: child.pid, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  // without these, chromium keeps dialing Google hosts, which this machine's closed network refuses
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launch Debian's chromium through playwright-core. Signals are handled by main(), not by playwright. */
async function launchBrowser(run) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: ${SETUP_HINT}`);
  const { chromium } = requirePlaywright();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const consoleLog = run.file('browser-console.log');
  browser.on('disconnected', () => fs.appendFileSync(consoleLog, '[harness] browser disconnected\n'));
  return {
    browser,
    /** A page whose console errors and crashes go to the run's browser-console.log. */
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') fs.appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`);
      });
      page.on('pageerror', (e) => fs.appendFileSync(consoleLog, `[pageerror] ${e.stack || e}\n`));
      return page;
    },
    close: () => withTimeout(browser.close(), 10_000, 'browser.close()'),
  };
}

/** The last lines of a log, for failure messages. */
function tail(file, lines = 30) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/** An error's message; its stack too with MI_LINT_DEBUG=1. */
const describe = (e) => (e instanceof Error ? (process.env.MI_LINT_DEBUG ? e.stack : e.message) : String(e));

/**
 * Run `body({ run, onCleanup, stopping })` with a watchdog and guaranteed cleanup, then exit the process with its code.
 * Cleanup runs (newest first) on return, throw, watchdog timeout (exit 124), SIGINT (130), SIGTERM (143),
 * SIGHUP (129); a synchronous last resort on 'exit' SIGKILLs any process group or child still alive.
 * `stopping()` tells the body that cleanup has begun, so it can stop reporting failures that cleanup caused.
 */
function main(kind, body, { timeoutMs }) {
  const cleanups = [];
  let run = null;
  let watchdog = null;
  let finishing = null;
  const finish = (code, message) => {
    if (finishing) return finishing;
    if (message) console.error(`[harness ${elapsed()}] ${message}`);
    finishing = (async () => {
      clearTimeout(watchdog);
      for (const fn of cleanups.reverse()) {
        try { await withTimeout(Promise.resolve().then(fn), 20_000, 'cleanup step'); } catch (e) { console.error(`cleanup: ${e.message}`); }
      }
      procs.killDescendants();
      if (run) {
        fs.rmSync(run.tmp, { recursive: true, force: true });
        procs.releaseRun(run.dir);
      }
      process.exit(code);
    })();
    return finishing;
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => finish(code, `${kind}: interrupted by ${signal}, cleaning up`));
  }
  process.on('uncaughtException', (e) => finish(1, `${kind}: uncaught ${describe(e)}`));
  process.on('unhandledRejection', (e) => finish(1, `${kind}: unhandled rejection ${describe(e)}`));
  process.on('exit', () => { procs.killTrackedSync(); procs.killDescendants(); });
  watchdog = setTimeout(() => finish(124, `${kind}: TIMEOUT after ${timeoutMs / 1000}s (set MI_LINT_${kind.toUpperCase()}_TIMEOUT_MS to change)`), timeoutMs);

  try {
    run = createRun(kind);
  } catch (e) {
    return finish(1, `${kind}: ${e.message}`);
  }
  log(`${kind} run folder: ${run.dir}`);
  Promise.resolve()
    .then(() => body({ run, onCleanup: (fn) => cleanups.push(fn), stopping: () => finishing !== null }))
    .then((code) => finish(code), (e) => finish(1, `${kind}: ERROR ${describe(e)}`));
}

module.exports = {
  REPO, HARNESS_DIR, CS_VERSION, CHROMIUM,
  log, elapsed, pollUntil, withTimeout, tail, runnerArgs, suiteEnv,
  codeServerBin, createRun, copyWorkspace, startCodeServer, launchBrowser, main,
};
