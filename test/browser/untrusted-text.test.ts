// Text from the sheet or a form stays text, in the workbench: markup a user types into a 取組項目 cell is shown
// literally in the grid and both sidebars and never runs, and a formula typed into the item sidebar never becomes
// a formula in the register.
import type { Frame, Page } from 'playwright-core';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { registerCell, registerValue } from '../../harness/sheet-cells';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const MARKUP = '<img src=x onerror=window.__pwned=1>';
const FORMULA = '=IMPORTXML("http://x","//a")';

const browser = chromiumForTests();

const pwned = (where: Page | Frame) =>
  where.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

it('shows markup typed into a 取組項目 cell as text in the grid and both sidebars, and nothing executes', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    await workbench.getByRole('tab', { name: SHEETS.register, exact: true }).click();
    const a1 = registerCell(wb.env, '1-1-01', '取組項目');
    const cell = workbench.locator(`table#grid td[data-a1="${a1}"]`);
    await cell.dblclick();
    const editor = workbench.locator('input#cell-editor');
    await editor.fill(MARKUP);
    await editor.press('Enter');
    await cell.filter({ hasText: MARKUP }).waitFor();
    expect(registerValue(wb.env, '1-1-01', '取組項目')).toBe(MARKUP);
    expect(await cell.textContent()).toBe(MARKUP);
    expect(await workbench.locator('table#grid img').count()).toBe(0);
    // The plan office adopts the typed title: the sidebars show the recorded row.
    wb.env.scriptRun('adoptHandEdits', [null]);

    const progress = await openSidebarFromMenu(workbench, MENU.progress);
    const entry = progress.locator('[data-item-id="1-1-01"] .entry-title');
    expect(await entry.textContent()).toBe(MARKUP);
    expect(await progress.locator('img').count()).toBe(0);
    await entry.click();
    await progress.getByRole('form').waitFor();
    expect(await progress.getByRole('heading', { level: 2 }).first().textContent()).toBe(`1-1-01 ${MARKUP}`);
    expect(await pwned(progress)).toBeUndefined();

    const item = await openSidebarFromMenu(workbench, MENU.item);
    const option = item.locator('#item-picker option[value="1-1-01"]');
    await option.waitFor({ state: 'attached' });
    expect(await option.textContent()).toBe(`1-1-01 ${MARKUP}`);
    await item.getByLabel('取組', { exact: true }).selectOption('1-1-01');
    // The form fills once the item is read from the server.
    await item.waitForFunction(
      () => (document.getElementById('f-title') as HTMLInputElement | null)?.value !== '',
    );
    expect(await item.getByLabel('取組項目', { exact: true }).inputValue()).toBe(MARKUP);
    expect(await item.locator('img').count()).toBe(0);
    expect(await pwned(item)).toBeUndefined();
    expect(await pwned(workbench)).toBeUndefined();
    expect(await workbench.locator('table#grid img').count()).toBe(0);
    expect(wb.env.triggerErrors).toEqual([]);
  }));

it('saves a formula typed into the item sidebar as text: no formula reaches the spreadsheet', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const page = await openSidebarFromMenu(workbench, MENU.item);
    await page.locator('#item-picker option[value="1-1-01"]').waitFor({ state: 'attached' });
    await page.getByLabel('取組', { exact: true }).selectOption('1-1-01');
    await page.getByLabel('取組項目', { exact: true }).fill(FORMULA);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '保存しました' }).waitFor();

    expect(wb.env.spreadsheet.formulas()).toEqual([]);
    expect(registerValue(wb.env, '1-1-01', '取組項目')).toContain(FORMULA);
    expect(await page.locator('#item-picker option[value="1-1-01"]').textContent()).toBe(`1-1-01 ${FORMULA}`);
  }));
