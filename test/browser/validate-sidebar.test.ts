// The 検証 sidebar in the workbench, opened from the menu: problems listed by item, a jump selects the cell, re-run.

import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

const columnOf = (header: unknown[], name: string) => header.indexOf(name) + 1;

it('lists the problems by item and a jump selects the problem cell', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const header = env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    // Every seed item gets an indicator, so that only the two problems typed below remain.
    const indicators = Array.from({ length: 20 }, (_, i) => [`指標${i + 1}`]);
    env.spreadsheet.edit(SHEETS.register, 2, columnOf(header, '指標'), indicators);
    // The plan office adopts them into the record, so they are no 手入力の変更 either.
    env.scriptRun('adoptHandEdits', [null]);
    env.spreadsheet.edit(SHEETS.register, 4, columnOf(header, '進捗率(%)'), [[150]]);
    env.spreadsheet.edit(SHEETS.register, 6, columnOf(header, '担当課'), [['<b>秘書課</b>']]);
    const page = await openSidebarFromMenu(workbench, MENU.validate);
    await page.getByText(/20行を検証しました。エラー 2件/).waitFor();

    const groups = page.locator('.problem-groups > li');
    await groups.first().waitFor();
    expect(await groups.locator('h2').allTextContents()).toEqual([
      '1-1-03 キャッシュレス決済の拡大',
      '1-2-02 AI等の新技術を活用した市民への新サービスの提供',
    ]);
    // User text from a cell stays text.
    expect(await page.locator('b').count()).toBe(0);

    const progressCell = `${String.fromCharCode(64 + columnOf(header, '進捗率(%)'))}4`;
    await page.getByRole('button', { name: `${progressCell}へ移動` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `セル${progressCell}を選択しました。` })
      .waitFor();
    expect(env.services.ui.selections).toEqual([{ sheet: SHEETS.register, a1: progressCell }]);

    // Fixed in the sheet, then re-run: no problem left.
    env.spreadsheet.edit(SHEETS.register, 4, columnOf(header, '進捗率(%)'), [[0]]);
    env.spreadsheet.edit(SHEETS.register, 6, columnOf(header, '担当課'), [['企画政策課']]);
    // Row 6's 担当課 is still typed by hand (the record says デジタル推進課): the sidebar offers to adopt it.
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByRole('status').filter({ hasText: '1行の手入力の変更を取り込みました。' }).waitFor();
    expect(env.spreadsheet.values(SHEETS.history).at(-1)).toContain('手入力の取り込み');
    await page.getByRole('button', { name: '再検証' }).click();
    await page.getByRole('status').filter({ hasText: '問題は見つかりませんでした。' }).waitFor();
    expect(await groups.count()).toBe(0);
  }));
