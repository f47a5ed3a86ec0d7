#!/usr/bin/env node
// `npm run package`: builds the extension and packs mi-lint-<version>.vsix with @vscode/vsce 3.x, offline.
// vsce is a tool dependency of test/harness (kept out of the extension's own dependencies); on a fresh clone it
// is installed there from its lockfile first. The bundles carry compromise, so no node_modules are packed
// (--no-dependencies). Fails if the package reaches 1 MB or misses a file the manifest refers to.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const harness = path.join(root, 'test', 'harness');
const MAX_BYTES = 1024 * 1024;

function vsceBin() {
  for (const dir of [harness, root]) {
    const bin = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
    if (fs.existsSync(bin)) return bin;
  }
  console.log('installing the packaging tool (@vscode/vsce) into test/harness from its lockfile…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: harness, stdio: 'inherit' });
  return vsceBin();
}

/** The entries of a zip file (the .vsix), from its central directory. */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    entries.push({ name, size, read: () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    } });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const out = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
  // vscode:prepublish (npm run build) runs inside vsce package.
  execFileSync(vsceBin(), [
    'package', '--no-dependencies', '--allow-missing-repository', '--skip-license',
    // README links are relative; the package has no repository to resolve them against.
    '--baseContentUrl', 'https://localhost/mi-lint', '--baseImagesUrl', 'https://localhost/mi-lint',
    '--out', out,
  ], { cwd: root, stdio: 'inherit', env: { ...process.env, VSCE_TELEMETRY: 'off' } });

  const size = fs.statSync(out).size;
  const entries = zipEntries(out);
  const names = entries.map((e) => e.name);
  const manifest = JSON.parse(entries.find((e) => e.name === 'extension/package.json').read().toString('utf8'));
  const referenced = [
    manifest.main, manifest.icon,
    ...(manifest.contributes.grammars ?? []).map((g) => g.path),
    ...(manifest.contributes.snippets ?? []).map((s) => s.path),
    ...(manifest.contributes.languages ?? []).map((l) => l.configuration).filter(Boolean),
    './dist/compromise.js', './dist/coder-weights.js', './dist/catalogue-compiled.js', './docs/rules.md',
  ].map((p) => 'extension/' + p.replace(/^\.\//, ''));
  const missing = referenced.filter((p) => !names.includes(p));
  console.log(`\n${path.relative(root, out)}: ${(size / 1024).toFixed(0)} KB, ${entries.length} files`);
  for (const e of entries) console.log(`  ${e.name} (${(e.size / 1024).toFixed(1)} KB)`);
  if (missing.length) {
    console.error(`package is missing files the manifest refers to: ${missing.join(', ')}`);
    process.exit(1);
  }
  if (size >= MAX_BYTES) {
    console.error(`package is ${size} bytes; it must stay under 1 MB`);
    process.exit(1);
  }
}

main();
