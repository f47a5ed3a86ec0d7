#!/usr/bin/env node
// Opens the CLI's standalone HTML report in headless Chromium and checks what a supervisor's browser would do
// with it: no console error (a CSP violation is one), no page error, no network request at all, and the
// figures on the page equal the CLI's JSON metrics. Saves a screenshot. Not part of `npm test`: it needs
// Debian's chromium and the harness's playwright-core (bash test/harness/setup.sh).
//
// Usage, after `npm run build`:  node scripts/report-html-check.js [TRANSCRIPT] [--screenshot FILE]
// Exit 0 when every check passes.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env.MI_LINT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function parse(argv) {
  const o = { input: path.join(ROOT, 'test/fixtures/report/session.md'), screenshot: path.join(ROOT, 'out/report-html/report.png') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshot') o.screenshot = path.resolve(argv[++i]);
    else o.input = path.resolve(argv[i]);
  }
  return o;
}

function cli(args) {
  return execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function main() {
  const opt = parse(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-report-'));
  const html = path.join(dir, 'report.html');
  cli(['report', opt.input, '--out', html]);
  let json;
  try {
    json = JSON.parse(cli(['--format', 'json', opt.input]))[0];
  } catch (e) {
    json = JSON.parse(e.stdout)[0]; // exit 1: the transcript has findings
  }

  const { chromium } = require(path.join(ROOT, 'test/harness/node_modules/playwright-core'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const fileUrl = pathToFileURL(html).href;
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => r.url() !== fileUrl && problems.push(`network request: ${r.url()}`));
    await page.goto(fileUrl, { waitUntil: 'load' });
    // The stylesheet must apply under the CSP (its hash admitted it): the body takes the report's max width.
    const styled = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
    if (styled !== '760px') problems.push(`stylesheet blocked or changed: body max-width ${styled}`);
    const shown = await page.$$eval('[data-metric][data-value]', (els) => els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')]));
    if (!shown.length) problems.push('no figures on the page');
    for (const [key, value] of shown) {
      const expected = json.metrics[key];
      if (String(expected === null ? 'null' : expected) !== value) problems.push(`${key}: page ${value}, CLI JSON ${expected}`);
    }
    const svg = await page.$$eval('svg.chart', (els) => els.length);
    if (!svg) problems.push('no chart');
    fs.mkdirSync(path.dirname(opt.screenshot), { recursive: true });
    await page.screenshot({ path: opt.screenshot, fullPage: true });
    console.log(`report-html: ${shown.length} figures checked against the CLI's JSON; screenshot ${path.relative(ROOT, opt.screenshot)}`);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const p of problems) console.error(`report-html: ${p}`);
  console.log(`report-html: ${problems.length ? 'FAILED' : 'ok'} (no console errors, no network requests${problems.length ? '' : ', figures equal'})`);
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => {
  console.error(`report-html: ${e.stack || e}`);
  process.exit(1);
});
