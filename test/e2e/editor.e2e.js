'use strict';
// What a counselor sees in a real VS Code: squiggles under directive and stigmatizing language, the hover's MI
// explanation, the rewrites in Ctrl+., a fix that changes the file on disk, a snippet, the metrics status item.
// Expected texts come from the built core (dist/core.js), so the UI is checked against the same judgment the
// CLI gives, not against strings copied into the test.
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const core = require(path.join(__dirname, '../../dist/core.js'));

/** The text after applying one fix of the core's answer for `text`. */
function applyFix(text, fix) {
  const idx = new core.LineIndex(text);
  const edits = fix.edits.map((e) => ({ start: idx.offset(e.range.start), end: idx.offset(e.range.end), newText: e.newText }));
  edits.sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

module.exports = {
  'squiggle → hover → quick fix → file changed on disk': async ({ page, workspace, screenshot, workbench }) => {
    const file = 'e2e-draft.md';
    const text = workspace.read(file);
    const result = core.lint(text);
    const first = result.findings[0];
    assert.ok(first, 'the fixture has findings');
    const rule = core.RULES_BY_ID.get(first.ruleId);

    await workbench.openFile(file);
    await workbench.waitForSquiggle('warning');
    const squiggles = await page.locator('.monaco-editor .squiggly-warning').count();
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    assert.ok(squiggles >= Math.min(2, warnings), `expected squiggles under directive and stigmatizing words, saw ${squiggles}`);
    await screenshot('1-squiggles');

    // The hover at the first problem explains why it matters in MI.
    await workbench.goToNextProblem();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover').filter({ hasText: rule.why.slice(0, 40) });
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot('2-hover');
    await page.keyboard.press('Escape');

    // Ctrl+. lists the core's rewrites; the preferred one is applied and lands on disk.
    const preferred = first.fixes[0];
    await workbench.goToNextProblem();
    const items = await workbench.openQuickFixMenu();
    await screenshot('3-quick-fix-menu');
    for (const f of first.fixes) assert.ok(items.some((t) => t.includes(f.title.slice(0, 30))), `menu lacks "${f.title}": ${JSON.stringify(items)}`);
    await page.keyboard.press('Escape');
    await workbench.applyQuickFix(preferred.title.slice(0, 30));
    await workspace.waitForContent(file, applyFix(text, preferred), { timeoutMs: 15_000 });
    await screenshot('4-fixed');
  },

  'a snippet prefix expands into its body': async ({ page, workspace, workbench }) => {
    const snippetFiles = fs.readdirSync(path.join(__dirname, '../../snippets')).filter((f) => f.endsWith('.json'));
    const all = Object.assign({}, ...snippetFiles.map((f) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../snippets', f), 'utf8'))));
    const snippet = Object.values(all).find((s) => [].concat(s.prefix).includes('mi-reflect'));
    assert.ok(snippet, 'an mi-reflect snippet is contributed');
    // The body's first line as inserted: a choice ${1|a,b|} shows its first option, a placeholder ${1:x} its text.
    const firstWords = [].concat(snippet.body)[0]
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '')
      .trim().split(/\s+/).slice(0, 3).join(' ');

    workspace.write('e2e-snippet.md', '\n');
    await workbench.openFile('e2e-snippet.md');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.type('mi-reflect');
    await page.keyboard.press('Control+Space');
    const row = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'mi-reflect' });
    await row.first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Enter');
    await workbench.waitForText(firstWords);
  },

  'the status bar shows the session metrics': async ({ page, workspace, screenshot, workbench }) => {
    const file = 'e2e-transcript.minote';
    const m = core.lint(workspace.read(file)).metrics;
    await workbench.openFile(file);
    const item = page.locator('.statusbar-item').filter({ hasText: 'R:Q' });
    await item.first().waitFor({ state: 'visible', timeout: 30_000 });
    const shown = await item.first().innerText();
    assert.ok(shown.includes(m.reflectionToQuestion.toFixed(1)), `status "${shown}" should show R:Q ${m.reflectionToQuestion}`);
    assert.ok(shown.includes(`${Math.round(m.percentOpenQuestions)}%`), `status "${shown}" should show open ${m.percentOpenQuestions}%`);
    await screenshot('status-bar');
  },
};
