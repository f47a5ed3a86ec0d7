// Measurements that need a fresh process, run by bench/run.js. Prints one JSON line.
//   node bench/child.js load  BUNDLE            cold require of a bundle ('vscode' stubbed); compromise must stay unloaded
//   node bench/child.js first CORE NOTE         cold require of the core + the first lint of NOTE (all of it, compromise included)
//   node --expose-gc bench/child.js heap CORE NOTE   heap after linting NOTE with createLinter(), linter and result kept alive
'use strict';
const t0 = performance.now();
const fs = require('fs');
const Module = require('module');
const path = require('path');

const [mode, file, notePath] = process.argv.slice(2);

/** Answers require('vscode') with an object whose every member is a harmless function/constructor. */
function stubVscode() {
  const stub = () =>
    new Proxy(function () {}, {
      get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub()),
      apply: () => stub(),
      construct: () => stub(),
    });
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  // Members are looked up through the prototype, so bundlers' interop copies (esbuild's __toESM) see them too.
  const members = new Proxy({}, { get: (_t, key) => (key === 'then' ? undefined : stub()) });
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: Object.create(members) };
}

const compromiseLoaded = () => Object.keys(require.cache).some((k) => /compromise/.test(path.basename(k)) || /[\\/]compromise[\\/]/.test(k));

let out;
if (mode === 'load') {
  stubVscode();
  const start = performance.now();
  require(path.resolve(file));
  const loadMs = performance.now() - start;
  out = { loadMs, compromiseLoaded: compromiseLoaded(), sinceProcessStartMs: performance.now() - t0 };
} else if (mode === 'first') {
  const text = fs.readFileSync(notePath, 'utf8');
  const start = performance.now();
  const core = require(path.resolve(file));
  const loaded = performance.now();
  const result = core.lint(text);
  const done = performance.now();
  out = { firstMs: done - start, requireMs: loaded - start, lintMs: done - loaded, findings: result.findings.length, compromiseLoaded: compromiseLoaded() };
} else if (mode === 'heap') {
  const text = fs.readFileSync(notePath, 'utf8');
  const core = require(path.resolve(file));
  const linter = core.createLinter();
  const result = linter.lint(text);
  global.gc();
  global.gc();
  const m = process.memoryUsage();
  out = { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, findings: result.findings.length, keep: typeof linter, compromiseLoaded: compromiseLoaded() };
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(out) + '\n');
