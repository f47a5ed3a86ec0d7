// Entry point of the extension-host test suite (`extensionTestsPath`), shared by both runners:
// test/harness/run-exthost.js (code-server + chromium, works here) and test/harness/run-electron.js
// (@vscode/test-electron, needs a downloadable desktop VS Code). VS Code calls run() inside the extension host;
// a rejection marks the run failed. Every *.test.js below this folder (out/test/exthost/**) is a mocha file
// (BDD: describe/it). The last line is machine-readable, for the runners:
//   EXTHOST-RESULT {"passed":N,"failed":M,"pending":P}
// Env (inherited through the editor's server): MI_LINT_EXTHOST_GREP filters tests by title.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTestFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTestFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

export function run(): Promise<void> {
  // spec reporter: it prints through console.log, which the extension host forwards to the runner
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  if (process.env.MI_LINT_EXTHOST_GREP) mocha.grep(process.env.MI_LINT_EXTHOST_GREP);
  const files = findTestFiles(__dirname);
  files.forEach((file) => mocha.addFile(file));

  return new Promise((resolve, reject) => {
    const counts = { passed: 0, failed: 0, pending: 0 };
    const runner = mocha.run((failures) => {
      console.log(`EXTHOST-RESULT ${JSON.stringify(counts)}`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else if (counts.passed === 0) reject(new Error(`no extension-host test ran (${files.length} *.test.js files under ${__dirname})`));
      else resolve();
    });
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++); // failing hooks count too, as in mocha's own stats
    runner.on('pending', () => counts.pending++);
  });
}
