// Typing into a large note: the editor stays responsive and the edited region still gets its diagnostics.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openNote, ruleOf, waitForDiagnostics } from './helpers';

describe('large documents', function () {
  this.timeout(90_000);
  afterEach(closeAllEditors);

  it('yields diagnostics for the edited region of a 300 KB note while typing', async () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) =>
      `Session ${i}: client reported sleeping ${i % 9} hours and walking ${i % 5} times this week. We talked about work, family visits and the weekend. Client said, "I want to feel rested again."`);
    paragraphs[3] = 'You must stop drinking.';
    const editor = await openNote('notes/large.md', paragraphs.join('\n\n') + '\n');
    const doc = editor.document;
    assert.ok(doc.getText().length > 300_000);
    await waitForDiagnostics(doc.uri, 'the first lint of the large note', (ds) => ds.some((d) => ruleOf(d) === 'directive/you-must'), 60_000);

    // Type a sentence, one keystroke at a time, into a new paragraph in the middle.
    const line = 2_001; // after paragraph 1000's line (each paragraph is a line followed by a blank line)
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '\n\n'));
    const started = Date.now();
    for (const ch of 'You should call her.') {
      const at = new vscode.Position(line + 1, doc.lineAt(line + 1).text.length);
      assert.ok(await editor.edit((b) => b.insert(at, ch), { undoStopBefore: false, undoStopAfter: false }));
    }
    const typing = Date.now() - started;
    const ds = await waitForDiagnostics(doc.uri, 'a diagnostic on the typed sentence', (x) => x.some((d) => ruleOf(d) === 'directive/you-should' && d.range.start.line === line + 1), 30_000);
    const elapsed = Date.now() - started;
    console.log(`      typed 20 keystrokes in ${typing} ms; diagnostic for the edited line after ${elapsed} ms`);
    assert.ok(ds.some((d) => ruleOf(d) === 'directive/you-must'), 'the rest of the note keeps its diagnostics');
  });
});
