// 取り込み in Chromium, through the workbench: the plan office opens 既存台帳の取り込み, picks the pasted sheet, corrects
// the one header the suggestion could not place, sees the first rows as they would be created and the row that cannot
// be taken (取り込む stays disabled), then imports a clean sheet and sees the count; the register holds the items.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { IMPORT } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { pasteSource, SOURCE_HEADERS, sourceRow } from '../support/import-source';

jest.setTimeout(180_000);
const browser = chromiumForTests();
const T = IMPORT.sidebar;

it('picks a sheet, corrects a mapping, sees the preview and the bad row, then imports a clean sheet', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    // 事業の名称 is no header the suggestion knows: the user maps it to 取組項目 by hand.
    const headers = SOURCE_HEADERS.map((h) => (h === '取組名' ? '事業の名称' : h));
    const withBadRow = Array.from({ length: 4 }, (_, n) => sourceRow(n));
    (withBadRow[2] as string[])[5] = '存在しない課';
    pasteSource(env, withBadRow, '旧台帳', headers);
    pasteSource(env, 5, '旧台帳（修正済）');
    const itemsBefore = env.spreadsheet.values(SHEETS.register).length;

    const page = await openSidebarFromMenu(workbench, IMPORT.menu);
    await page.locator('#import-source').waitFor();
    await page.selectOption('#import-source', '旧台帳');
    // Column D (事業の名称) is not taken, so 取組項目 is missing and no row is judged yet.
    const title = page.locator('#map-D');
    await title.waitFor();
    expect(await title.inputValue()).toBe('');
    await page.getByText(IMPORT.missingRequired(['取組項目'])).waitFor();
    const run = page.getByRole('button', { name: T.run, exact: true });
    expect(await run.isDisabled()).toBe(true);

    await page.selectOption('#map-D', 'title');
    await page.getByText(T.counts(4, 3, 1)).waitFor();
    expect(await page.locator('.import-preview tbody tr').count()).toBe(3);
    expect(await page.locator('.import-preview tbody tr').first().textContent()).toContain('取込の取組 1');
    const refused = await page.locator('.refused li').allTextContents();
    expect(refused).toEqual([expect.stringMatching(/^旧台帳!F6「存在しない課」: 担当課/)]);
    expect(await run.isDisabled()).toBe(true);

    // The clean sheet: every row can be taken, 取り込む imports them all and says how many.
    await page.selectOption('#import-source', '旧台帳（修正済）');
    await page.getByText(T.counts(5, 5, 0)).waitFor();
    await run.click();
    await page.getByText(IMPORT.done(5)).waitFor();
    expect(env.spreadsheet.values(SHEETS.register).length).toBe(itemsBefore + 5);
  }));
