// The metrics views in a real extension host: "MI Lint: Show Session Report" shows the same figures as the
// CLI's JSON for the same file, and follows the document as it is edited.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Metrics } from '../../src/core/types';
import type { ReportModel } from '../../src/report/model';
import { closeAllEditors, extension, openNote, waitFor } from './helpers';

function cliMetrics(file: string): Metrics {
  const cli = path.join(extension().extensionUri.fsPath, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--no-config', file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `mi-lint exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout)[0].metrics;
}

describe('session report', () => {
  afterEach(closeAllEditors);
  const fixture = () => fs.readFileSync(path.join(extension().extensionUri.fsPath, 'test', 'fixtures', 'report', 'session.md'), 'utf8');

  it("shows the CLI's JSON metrics, the non-adherent turns and the client's change talk", async () => {
    const editor = await openNote('notes/report-session.md', fixture());
    const model = await vscode.commands.executeCommand<ReportModel>('miLint.showSessionReport', editor.document.uri);
    assert.ok(model, 'the command returns what the report shows');
    assert.deepStrictEqual(model.metrics, cliMetrics(editor.document.uri.fsPath));
    const lines = editor.document.getText().split('\n');
    assert.ok(model.nonAdherent.some((t) => lines[t.line].includes('You need to stop drinking')), JSON.stringify(model.nonAdherent));
    assert.ok(model.changeTalk.some((c) => c.text.endsWith('I want to be there for my kids.') && c.type === 'desire'), JSON.stringify(model.changeTalk));
  });

  it('follows the document as it is edited', async () => {
    const editor = await openNote('notes/report-live.md', 'Counselor: What brings you in?\n\nClient: My doctor sent me.\n');
    const first = await vscode.commands.executeCommand<ReportModel>('miLint.showSessionReport', editor.document.uri);
    assert.strictEqual(first.metrics.changeTalk, 0);
    await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, "\nClient: I'm going to cut down to two drinks a night.\n"));
    const after = await waitFor('the report to count the new change talk', async () => {
      const m = await vscode.commands.executeCommand<ReportModel>('miLint.showSessionReport', editor.document.uri);
      return m && m.metrics.changeTalk === 1 ? m : undefined;
    });
    assert.deepStrictEqual(after.changeTalk.map((c) => c.type), ['commitment']);
  });
});
