#!/usr/bin/env node
// Builds the three bundles (core library, CLI, extension) and compromise as a lazily required chunk,
// then checks the rule catalogue and regenerates docs/rules.md. Fails on any catalogue problem.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const watch = process.argv.includes('--watch');

// Every bundle finds compromise, the learned coder's weights and the precompiled catalogue next to itself at
// run time, so each loads only when first needed.
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, () => ({ path: './compromise.js', external: true }));
    build.onResolve({ filter: /^\.\/coder-weights$/ }, () => ({ path: './coder-weights.js', external: true }));
    build.onResolve({ filter: /^\.\/catalogue-compiled$/ }, () => ({ path: './catalogue-compiled.js', external: true }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyCompromise],
};

async function main() {
  fs.mkdirSync(dist, { recursive: true });
  // An older table must not stand in for the patterns this build checks (see src/rules/precompiled.ts).
  fs.rmSync(path.join(dist, 'catalogue-compiled.js'), { force: true });
  const builds = [
    { ...common, entryPoints: [path.join(root, 'src/core/index.ts')], outfile: path.join(dist, 'core.js') },
    { ...common, entryPoints: [path.join(root, 'src/cli/index.ts')], outfile: path.join(dist, 'cli.js'), banner: { js: '#!/usr/bin/env node' } },
    {
      ...common,
      plugins: [],
      sourcemap: false,
      stdin: { contents: "module.exports = require('compromise');", resolveDir: root, loader: 'js' },
      outfile: path.join(dist, 'compromise.js'),
    },
    { ...common, plugins: [], sourcemap: false, entryPoints: [path.join(root, 'src/core/coder-weights.ts')], outfile: path.join(dist, 'coder-weights.js') },
  ];
  if (fs.existsSync(path.join(root, 'src/extension/index.ts'))) {
    builds.push({ ...common, entryPoints: [path.join(root, 'src/extension/index.ts')], outfile: path.join(dist, 'extension.js'), external: ['vscode'] });
  }
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log('watching…');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);

  // The catalogue checks run against the built library, exactly what users get.
  const core = require(path.join(dist, 'core.js'));
  const problems = [...core.catalogueProblems(core.RULES), ...core.exampleProblems(core.RULES)];
  if (problems.length) {
    console.error(`Rule catalogue has ${problems.length} problem(s):\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  // The checked catalogue, compiled once here instead of at every cold start.
  fs.writeFileSync(path.join(dist, 'catalogue-compiled.js'), `module.exports.CATALOGUE=${JSON.stringify(core.precompileCatalogue())};\n`);
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs/rules.md'), core.renderRulesMarkdown(core.RULES));
  const size = (f) => (fs.statSync(path.join(dist, f)).size / 1024).toFixed(0) + ' KB';
  const built = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
  console.log(`built ${built.map((f) => `${f} (${size(f)})`).join(', ')}; ${core.RULES.length} rules checked; docs/rules.md written`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
