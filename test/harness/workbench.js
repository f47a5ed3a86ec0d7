'use strict';
// Workbench moves that UI tests repeat, driven through the keyboard the way a person would.
// Every wait is bounded; retries exist only where the workbench is known to answer late (see quickFix).
const { pollUntil } = require('./lib');

/** Helpers bound to one playwright page showing the VS Code workbench. */
function workbench(page) {
  const editorLines = '.monaco-editor .view-lines';

  async function openFile(relativePath) {
    // focus the workbench first: Ctrl+P goes to the browser while nothing in the page has focus
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15_000 });
    await page.keyboard.type(relativePath);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Enter');
    const name = relativePath.split('/').pop();
    await page.waitForSelector(`.tab.active[data-resource-name="${name}"], .tab.active:has-text("${name}")`, { timeout: 15_000 });
    await page.waitForSelector(editorLines, { state: 'visible', timeout: 15_000 });
  }

  /** Wait for a squiggle of the given severity ('warning' | 'error' | 'info' | 'hint') in the active editor. */
  async function waitForSquiggle(severity = 'warning', { timeoutMs = 30_000 } = {}) {
    return page.waitForSelector(`.monaco-editor .squiggly-${severity}`, { timeout: timeoutMs });
  }

  async function waitForNoSquiggle(severity = 'warning', { timeoutMs = 15_000 } = {}) {
    await page.waitForSelector(`.monaco-editor .squiggly-${severity}`, { state: 'detached', timeout: timeoutMs });
  }

  /** Wait until the active editor shows `text`. */
  async function waitForText(text, { timeoutMs = 15_000 } = {}) {
    await page.locator(editorLines).filter({ hasText: text }).first().waitFor({ timeout: timeoutMs });
  }

  /** Move the cursor to the next problem (F8) and close the peek widget, leaving the cursor on it. */
  async function goToNextProblem() {
    await page.locator(editorLines).first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await page.waitForSelector('.marker-widget', { state: 'visible', timeout: 10_000 }).catch(() => {});
    await page.keyboard.press('Escape');
  }

  /**
   * Open the quick-fix menu (Ctrl+.) on the cursor and return its rows' texts. Ctrl+. answers "No code actions
   * available" while providers are still registering, so it is retried for up to `timeoutMs`.
   */
  async function openQuickFixMenu({ timeoutMs = 20_000 } = {}) {
    const rows = page.locator('.action-widget .monaco-list-row');
    await pollUntil(async () => {
      await page.keyboard.press('Control+.');
      const shown = await rows.first().waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
      if (!shown) await page.keyboard.press('Escape');
      return shown;
    }, { timeoutMs, intervalMs: 300, what: 'the quick-fix menu (Ctrl+.)' });
    return rows.allInnerTexts();
  }

  /**
   * Open the quick-fix menu and apply the row containing `title` (or the focused, preferred one). Rows are chosen
   * with the arrow keys: a mouse click is swallowed by the context view's pointer block.
   */
  async function applyQuickFix(title) {
    const items = await openQuickFixMenu();
    if (title) {
      if (!items.some((t) => t.includes(title))) throw new Error(`no quick fix containing "${title}" in ${JSON.stringify(items)}`);
      const focused = page.locator('.action-widget .monaco-list-row.focused');
      for (let i = 0; !(await focused.innerText().catch(() => '')).includes(title); i++) {
        if (i > items.length) throw new Error(`could not focus the quick fix "${title}" in ${JSON.stringify(items)}`);
        await page.keyboard.press('ArrowDown');
      }
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('.action-widget', { state: 'hidden', timeout: 5000 }).catch(() => {});
    return items;
  }

  /**
   * Save the active editor (Ctrl+S) and wait until its tab is clean. A quick fix's edit needs no save: VS Code
   * saves refactoring results itself (files.refactoring.autoSave). Check the disk with workspace.waitForContent.
   */
  async function save() {
    await page.keyboard.press('Control+S');
    await page.waitForSelector('.tab.active.dirty', { state: 'detached', timeout: 10_000 });
  }

  /** Run a command by its palette label, e.g. 'MI Lint: Show Report'. */
  async function runCommand(label) {
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15_000 });
    await page.keyboard.type(label);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
  }

  return { openFile, waitForSquiggle, waitForNoSquiggle, waitForText, goToNextProblem, openQuickFixMenu, applyQuickFix, save, runCommand };
}

module.exports = { workbench };
