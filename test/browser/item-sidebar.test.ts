// The 取組の登録・編集 sidebar opened from the workbench's menu: an item created through the form lands in the register.
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

it('creates an item through the sidebar and the register shows it', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    // The register is in view while the sidebar saves, so only the page's own redraw can show the new row.
    await workbench.getByRole('tab', { name: SHEETS.register, exact: true }).click();
    await workbench.locator('#tabs [aria-selected=true]', { hasText: SHEETS.register }).waitFor();
    const page = await openSidebarFromMenu(workbench, MENU.item);
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
    const createdAt = rows.findIndex((row) => row[header.indexOf('取組項目')] === '包括連携協定の拡大');
    expect(rows[createdAt]?.[header.indexOf('担当課')]).toBe('企画政策課');
    expect(rows[createdAt]?.[header.indexOf('令和5年度計画')]).toBe('協定先の拡大');
    expect(String(rows[createdAt]?.[header.indexOf('取組ID')])).toMatch(/^2-4-\d+$/);
    // The page redraws after the sidebar's google.script.run call: the new row is in the grid.
    const a1 = `${columnLetter(header.indexOf('取組項目') + 1)}${createdAt + 1}`;
    await workbench
      .locator(`table#grid td[data-a1="${a1}"]`, { hasText: '包括連携協定の拡大' })
      .waitFor({ timeout: 10_000 });
  }));

it('opens the sidebar only in the page whose menu click opened it', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: first, wb }) => {
    const second = await browser().newPage({ viewport: { width: 1400, height: 800 } });
    try {
      await second.goto(wb.url);
      await second.locator('table#grid td[data-a1="A1"]').waitFor();
      await openSidebarFromMenu(first, MENU.item);
      // The second page redraws at the version after the menu execution (a tab click reads the view) and
      // still shows no sidebar.
      const { version } = (await (await fetch(`${wb.url}/api/view`)).json()) as { version: number };
      await second.getByRole('tab', { name: SHEETS.register, exact: true }).click();
      await second.waitForFunction((wanted) => document.body.dataset.version === String(wanted), version);
      expect(await second.locator('#sidebar-panel').isHidden()).toBe(true);
      expect(await first.locator('#sidebar-panel').isVisible()).toBe(true);
    } finally {
      await second.close();
    }
  }));
