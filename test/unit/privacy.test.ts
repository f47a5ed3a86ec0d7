// Nothing leaves the machine. Two independent proofs: the built bundles (what users run) contain no way to
// reach the network — no import of a network module, no fetch, XMLHttpRequest, WebSocket or telemetry — and
// linting a corpus, in this process through dist/core.js and in a child process through dist/cli.js (with
// worker threads), works with every such door booby-trapped (test/fuzz/no-network.js) and trips none.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { webviewCsp } from '../../src/extension/report-webview-html';
import { standaloneStyle } from '../../src/report/standalone';
import { EXAMPLES } from '../fuzz/arbitraries';
import { bigNote } from '../fuzz/bigdoc';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
const TRAP = path.join(ROOT, 'test', 'fuzz', 'no-network.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const trap = require(TRAP) as { install(): { attempts: string[]; restore(): void } };

const NETWORK_MODULES = 'http|https|http2|net|tls|dgram|dns|child_process';
const FORBIDDEN: Array<[string, RegExp]> = [
  ['a network module', new RegExp(`\\brequire\\s*\\(\\s*["'\`](?:node:)?(?:${NETWORK_MODULES})["'\`]\\s*\\)`)],
  ['an import of a network module', new RegExp(`\\b(?:from|import)\\s*\\(?\\s*["'\`](?:node:)?(?:${NETWORK_MODULES})["'\`]`)],
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource or sendBeacon', /\bEventSource\b|\bsendBeacon\b/],
  ['a raw socket binding', /\bprocess\.binding\b|\b(?:tcp|udp|tls)_wrap\b/],
  ['telemetry', /\btelemetry\b|createTelemetryLogger|TelemetryReporter|applicationinsights/i],
];

/** What in a bundle could reach the network (empty: nothing). */
export function networkUses(code: string): string[] {
  const found: string[] = [];
  for (const [what, re] of FORBIDDEN) {
    const m = re.exec(code);
    if (m) found.push(`${what}: …${code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

function bundles(): string[] {
  return fs.readdirSync(DIST).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, f));
}

/** The sample note, every catalogue example as prose and as a transcript, and (big) a generated note. */
function corpus(big: boolean): string {
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'session-note.md'), 'utf8');
  const transcript = EXAMPLES.map((e, i) => `${i % 2 ? 'Client' : 'Counselor'}: ${e}`).join('\n\n');
  return [sample, EXAMPLES.join(' '), transcript, big ? bigNote(50_000) : ''].join('\n\n');
}

describe('privacy: nothing leaves the machine', function () {
  this.timeout(120_000);

  it('the built bundles (core, CLI, extension, compromise, …) contain no network or telemetry code', () => {
    const files = bundles();
    for (const name of ['core.js', 'cli.js', 'compromise.js']) assert.ok(files.some((f) => f.endsWith(name)), `dist/${name} missing: run npm run build`);
    const found = files.flatMap((f) => networkUses(fs.readFileSync(f, 'utf8')).map((u) => `${path.basename(f)}: ${u}`));
    assert.deepStrictEqual(found, []);
  });

  it('the scan catches each kind of network use (as a new require("https") in the extension would be)', () => {
    const uses = [
      'const h=require("https");', "require('node:net')", 'require(`dgram`)', 'import x from "tls"', 'await import("http")',
      'require("child_process").exec("curl x")', 'fetch("https://x.y")', 'globalThis.fetch (u)', 'new XMLHttpRequest()',
      'new WebSocket(u)', 'navigator.sendBeacon(u)', "process.binding('tcp_wrap')", 'vscode.env.createTelemetryLogger(s)',
    ];
    for (const u of uses) assert.notDeepStrictEqual(networkUses(`var a=1;${u};var b=2;`), [], u);
    for (const ok of ['prefetch(x)', 'const netWorth = 1', 'require("path")', 'require("worker_threads")', 'https_proxy', 'a.fetched']) {
      assert.deepStrictEqual(networkUses(ok), [], ok);
    }
  });

  it('dist/core.js lints a corpus, fixes included, with every network door trapped', () => {
    const fresh = [path.join(DIST, 'core.js'), path.join(DIST, 'compromise.js')];
    for (const f of fresh) delete require.cache[require.resolve(f)];
    const t = trap.install();
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const core = require(fresh[0]) as typeof import('../../src/core/index');
      const text = corpus(true);
      const linter = core.createLinter();
      const result = linter.lint(text);
      linter.lint(text.replace('You should', 'You must'));
      assert.ok(result.findings.length > 100);
      assert.ok(JSON.stringify(result).length > 0); // builds every fix
    } finally {
      t.restore();
      for (const f of fresh) delete require.cache[require.resolve(f)];
    }
    assert.deepStrictEqual(t.attempts, []);
  });

  it('dist/cli.js (text, JSON, SARIF; worker threads) runs with every network door trapped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-privacy-'));
    const text = corpus(false);
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, `note${i}.md`), text);
    const log = path.join(dir, 'attempts.log');
    for (const format of ['text', 'json', 'sarif']) {
      const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), '--no-config', '--format', format, '*.md'], {
        cwd: dir,
        // one run on worker threads (they load their own modules, each trapped), the others in one thread
        env: { ...process.env, NODE_OPTIONS: `--require ${TRAP}`, MI_LINT_NO_NETWORK_LOG: log, MI_LINT_WORKERS: format === 'json' ? '2' : '0' },
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      assert.strictEqual(r.status, 1, `${format}: ${r.stderr}`);
      assert.strictEqual(r.stderr, '');
      assert.ok(r.stdout.length > 1000);
    }
    assert.strictEqual(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the trap itself works: it refuses and records each door', () => {
    const t = trap.install();
    const tries: Array<() => unknown> = [
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      () => require('https'),
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      () => require('node:net'),
      () => fetch('https://example.com'),
      () => new (globalThis as unknown as { WebSocket: new (u: string) => unknown }).WebSocket('wss://example.com'),
    ];
    try {
      for (const f of tries) assert.throws(f, /privacy trap/);
    } finally {
      t.restore();
    }
    assert.strictEqual(t.attempts.length, tries.length);
  });

  it('report pages (webview and standalone HTML) allow no remote source in their Content-Security-Policy', () => {
    for (const csp of [webviewCsp('abc123'), standaloneStyle().csp]) {
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v] as [string, string[]]));
      assert.deepStrictEqual(directives.get('default-src'), ["'none'"], csp);
      for (const [k, sources] of directives) {
        for (const s of sources) assert.match(s, /^'(?:none|self|nonce-[\w+/=]+|sha256-[\w+/=]+)'$/, `${k} ${s} in ${csp}`);
      }
    }
  });
});
