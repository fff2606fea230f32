// The 取組の登録・編集 sidebar in Chromium: an item created through the form lands in the register.
import type { Browser } from 'playwright-core';
import { SHEETS } from '../../src/domain/sheet-names';
import { PLAN_OFFICE, setUpEnvironment } from '../support/register';
import { launchChromium, openSidebar } from '../support/sidebar-page';

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

it('creates an item through the sidebar and the register shows it', async () => {
  const env = setUpEnvironment();
  const page = await openSidebar(browser, env, 'showItemSidebar', PLAN_OFFICE);
  await page.getByLabel('柱', { exact: true }).selectOption('2');
  await page.getByLabel('改革', { exact: true }).selectOption('4');
  await page.getByLabel('取組項目', { exact: true }).fill('包括連携協定の拡大');
  await page.getByLabel('担当課', { exact: true }).selectOption('企画政策課');
  await page.getByLabel('令和5年度', { exact: true }).fill('協定先の拡大');
  await page.getByLabel('歳出削減', { exact: true }).fill('1,200');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('status').filter({ hasText: '登録しました' }).waitFor();

  const rows = env.spreadsheet.values(SHEETS.register);
  const header = rows[0] as string[];
  const created = rows.find((row) => row[header.indexOf('取組項目')] === '包括連携協定の拡大');
  expect(created?.[header.indexOf('担当課')]).toBe('企画政策課');
  expect(created?.[header.indexOf('令和5年度計画')]).toBe('協定先の拡大');
  expect(String(created?.[header.indexOf('取組ID')])).toMatch(/^2-4-\d+$/);
  await page.close();
});
