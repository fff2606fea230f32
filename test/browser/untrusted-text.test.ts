// Text from the sheet or a form stays text: markup typed into a cell is shown literally and never runs, and a
// formula typed into the sidebar never becomes a formula in the register.
import type { Browser } from 'playwright-core';
import { SHEETS } from '../../src/domain/sheet-names';
import { PLAN_OFFICE, setUpEnvironment } from '../support/register';
import { registerCell, registerValue } from '../support/sheet-cells';
import { launchChromium, openSidebar } from '../support/sidebar-page';

jest.setTimeout(120_000);

const MARKUP = '<img src=x onerror=window.__pwned=1>';
const FORMULA = '=IMPORTXML("http://x","//a")';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

it('shows markup typed into a 取組項目 cell as text in both sidebars, and nothing executes', async () => {
  const env = setUpEnvironment();
  env.userEdit(SHEETS.register, registerCell(env, '1-1-01', '取組項目'), MARKUP, { user: PLAN_OFFICE });

  const progress = await openSidebar(browser, env, 'showProgressSidebar', PLAN_OFFICE);
  const entry = progress.locator('[data-item-id="1-1-01"] .entry-title');
  expect(await entry.textContent()).toBe(MARKUP);
  expect(await progress.locator('img').count()).toBe(0);
  await entry.click();
  await progress.getByRole('form').waitFor();
  expect(await progress.getByRole('heading', { level: 2 }).first().textContent()).toBe(`1-1-01 ${MARKUP}`);
  expect(await progress.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const item = await openSidebar(browser, env, 'showItemSidebar', PLAN_OFFICE);
  const option = item.locator('#item-picker option[value="1-1-01"]');
  expect(await option.textContent()).toBe(`1-1-01 ${MARKUP}`);
  await item.getByLabel('取組', { exact: true }).selectOption('1-1-01');
  expect(await item.getByLabel('取組項目', { exact: true }).inputValue()).toBe(MARKUP);
  expect(await item.locator('img').count()).toBe(0);
  expect(await item.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await progress.close();
  await item.close();
});

it('saves a formula typed into the item sidebar as text: no formula reaches the spreadsheet', async () => {
  const env = setUpEnvironment();
  const page = await openSidebar(browser, env, 'showItemSidebar', PLAN_OFFICE);
  await page.getByLabel('取組', { exact: true }).selectOption('1-1-01');
  await page.getByLabel('取組項目', { exact: true }).fill(FORMULA);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('status').filter({ hasText: '保存しました' }).waitFor();

  expect(env.spreadsheet.formulas()).toEqual([]);
  expect(registerValue(env, '1-1-01', '取組項目')).toContain(FORMULA);
  expect(await page.locator('#item-picker option[value="1-1-01"]').textContent()).toBe(`1-1-01 ${FORMULA}`);
  await page.close();
});
