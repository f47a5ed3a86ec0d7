// The extension's manifest and static contributions agree with the code: every rule has a `miLint.rules`
// entry, grammars and snippets are valid, every contributed file exists and is packaged.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/rules/catalogue';
import { COMMANDS } from '../../src/extension/commands';

const root = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));

/** Every regular expression in a grammar (match/begin/end/while), recursively. */
function grammarPatterns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => grammarPatterns(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') out.push(v);
      else grammarPatterns(v, out);
    }
  }
  return out;
}

describe('extension manifest', () => {
  it('lists every rule of the catalogue under miLint.rules (run scripts/sync-rule-settings.js after adding one)', () => {
    const listed = Object.keys(pkg.contributes.configuration.properties['miLint.rules'].properties).sort();
    assert.deepStrictEqual(listed, RULES.map((r) => r.id).sort());
  });

  it('refers only to files that exist and that .vscodeignore keeps', () => {
    const c = pkg.contributes;
    const files = [pkg.main, pkg.icon, ...c.grammars.map((g: { path: string }) => g.path), ...c.snippets.map((s: { path: string }) => s.path), ...c.languages.map((l: { configuration: string }) => l.configuration)];
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const f of files) {
      const rel = f.replace(/^\.\//, '');
      if (rel !== 'dist/extension.js') assert.ok(fs.existsSync(path.join(root, rel)), `${rel} exists`);
      const dir = rel.split('/')[0];
      assert.ok(ignore.includes(`!${rel}`) || ignore.includes(`!${dir}/**`), `${rel} is packaged (.vscodeignore)`);
    }
  });

  it('has grammars whose patterns compile', () => {
    for (const g of pkg.contributes.grammars as Array<{ path: string; scopeName: string }>) {
      const grammar = read(g.path);
      assert.strictEqual(grammar.scopeName, g.scopeName);
      for (const p of grammarPatterns(grammar)) assert.doesNotThrow(() => new RegExp(p.replace(/\\G/g, '')), p);
    }
  });

  it('has snippets with prefixes, bodies and descriptions', () => {
    const seen = new Set<string>();
    for (const file of new Set((pkg.contributes.snippets as Array<{ path: string }>).map((s) => s.path))) {
      for (const [name, s] of Object.entries(read(file) as Record<string, { prefix: string | string[]; body: string[]; description: string }>)) {
        for (const p of [s.prefix].flat()) {
          assert.match(p, /^mi-[a-z-]+$/, name);
          assert.ok(!seen.has(p), `prefix ${p} is unique`);
          seen.add(p);
        }
        assert.ok(Array.isArray(s.body) && s.body.length > 0 && s.description, name);
      }
    }
    for (const p of ['mi-reflect', 'mi-epe', 'mi-soap', 'mi-dap', 'mi-birp', 'mi-permission', 'mi-autonomy', 'mi-ruler']) assert.ok(seen.has(p), p);
  });

  it('contributes the palette commands the extension registers', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    const known = Object.values(COMMANDS) as string[];
    for (const c of contributed) assert.ok(known.includes(c), c);
  });
});
