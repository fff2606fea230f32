// Another city's register from scratch, in Chromium: the menu's set-up on a new file opens the set-up sidebar; a
// wrong 団体コード is refused under its field with nothing written; the pasted 5 pillars and 12 reforms are previewed,
// the period shown in 和暦; set-up makes the user 行革担当; then one item is saved through the item sidebar.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, SETUP } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { OTHER_CITY, OTHER_CITY_OUTLINE } from '../support/new-plan';

jest.setTimeout(180_000);

const browser = chromiumForTests();

it('creates another city’s register from scratch (5 pillars, 12 reforms, 令和7〜10年度) and saves one item', () =>
  withWorkbench(browser(), { user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const setup = await openSidebarFromMenu(workbench, MENU.setup);
    await setup.getByLabel(SETUP.planNameLabel, { exact: true }).fill(OTHER_CITY.planName);
    await setup.getByLabel(SETUP.cityLabel, { exact: true }).fill(OTHER_CITY.city);
    await setup.getByLabel(SETUP.codeLabel, { exact: true }).fill('112088');
    await setup.getByLabel(SETUP.startLabel, { exact: true }).selectOption('2025');
    await setup.getByLabel(SETUP.endLabel, { exact: true }).selectOption('2028');
    expect(await setup.locator('#period-shown').textContent()).toBe('計画期間: 令和7〜10年度');
    expect(
      await setup.getByLabel(SETUP.startLabel, { exact: true }).locator('option:checked').textContent(),
    ).toBe('令和7年度（2025年度）');
    await setup.getByLabel(SETUP.outlineLabel, { exact: true }).fill(OTHER_CITY_OUTLINE);
    const preview = setup.getByRole('region', { name: SETUP.outlinePreview });
    await preview.getByText(SETUP.outlineCounts(5, 12), { exact: false }).waitFor();
    expect(await preview.locator('[data-pillar]').count()).toBe(5);
    expect(await preview.locator('[data-pillar="2"] [data-reform]').allTextContents()).toEqual([
      '改革4 指定管理者制度の見直し',
      '改革5 包括委託の導入',
    ]);
    await setup.getByLabel(SETUP.departmentsLabel, { exact: true }).fill('総務課\n財政課');

    // A wrong check digit: refused under the field, and the file is still empty.
    await setup.getByRole('button', { name: SETUP.submit }).click();
    await setup.locator('#f-code-error').waitFor();
    expect(await setup.locator('#f-code-error').textContent()).toContain('検査数字');
    expect(env.spreadsheet.sheetNames()).not.toContain(SHEETS.master);

    await setup.getByLabel(SETUP.codeLabel, { exact: true }).fill(OTHER_CITY.code);
    await setup.getByRole('button', { name: SETUP.submit }).click();
    const done = setup.getByRole('status').filter({ hasText: SETUP.madePlanOffice(PLAN_OFFICE) });
    await done.waitFor();
    expect(await done.textContent()).toContain('作成したシート 5件');
    expect(env.spreadsheet.values(SHEETS.register)).toHaveLength(1);
    expect(
      (env.spreadsheet.values(SHEETS.register)[0] as string[]).filter((h) => h.endsWith('年度計画')),
    ).toEqual(['令和7年度計画', '令和8年度計画', '令和9年度計画', '令和10年度計画']);

    const item = await openSidebarFromMenu(workbench, MENU.item);
    await item.getByLabel('柱', { exact: true }).selectOption('5');
    await item.getByLabel('改革', { exact: true }).selectOption('11');
    await item.getByLabel('取組項目', { exact: true }).fill('公民館の統合');
    await item.getByLabel('担当課', { exact: true }).selectOption('総務課');
    await item.getByLabel('令和8年度', { exact: true }).fill('地元説明');
    await item.getByRole('button', { name: '保存' }).click();
    await item.getByRole('status').filter({ hasText: '登録しました' }).waitFor();
    const rows = env.spreadsheet.values(SHEETS.register);
    const header = rows[0] as string[];
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[header.indexOf('取組ID')]).toBe('5-11-01');
    expect(rows[1]?.[header.indexOf('令和8年度計画')]).toBe('地元説明');
    expect(env.spreadsheet.values(SHEETS.history)).toHaveLength(2);
  }));
