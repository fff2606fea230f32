// The 検証 sidebar in the workbench, opened from the menu: problems listed by item, a jump selects the cell, re-run,
// and opening again shows the last results without validating.

import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { columnLetter } from '../../src/domain/a1';
import { MENU, VALIDATION } from '../../src/domain/messages';
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
    // Never validated on this file: the sidebar says so and validates on request.
    await page.getByText(VALIDATION.noLast(VALIDATION.run)).waitFor();
    await page.getByRole('button', { name: VALIDATION.run }).click();
    await page.getByText(/20行を検証しました。エラー 2件/).waitFor();

    const groups = page.locator('.problem-groups > li');
    await groups.first().waitFor();
    expect(await groups.locator('h2').allTextContents()).toEqual([
      '1-1-03 キャッシュレス決済の拡大',
      '1-2-02 AI等の新技術を活用した市民への新サービスの提供',
    ]);
    // User text from a cell stays text.
    expect(await page.locator('b').count()).toBe(0);

    const progressCell = `${columnLetter(columnOf(header, '進捗率(%)'))}4`;
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

it('lists the errors before the warnings, folds repeated warnings into one line with a count, and filters to errors', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const header = env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    // The seed items have no indicator (20 warnings); four errors are typed into the last rows.
    env.spreadsheet.edit(SHEETS.register, 18, columnOf(header, '進捗率(%)'), [[150], [120], [-5], [101]]);
    const page = await openSidebarFromMenu(workbench, MENU.validate);
    await page.getByRole('button', { name: VALIDATION.run }).click();
    await page.getByText(/20行を検証しました。エラー 4件、警告 20件。/).waitFor();

    // What the user reads from the top: the four errors, then one line for the twenty warnings.
    const badges = page.locator('.badge');
    expect(await badges.allTextContents()).toEqual(['エラー', 'エラー', 'エラー', 'エラー', '警告']);
    expect(await page.locator('h2.section').allTextContents()).toEqual(['エラー（4件）', '警告（20件）']);
    expect(await page.locator('.warning-groups > li .message').textContent()).toBe(
      '指標: 指標が設定されていません（20件）',
    );
    // The twenty are under the line, each with its jump.
    await page.getByText('該当する取組を表示').click();
    expect(await page.locator('.warning-groups .cells li').count()).toBe(20);

    await page.getByLabel('エラーのみ表示').check();
    expect(await badges.allTextContents()).toEqual(['エラー', 'エラー', 'エラー', 'エラー']);
    expect(await page.getByText('指標が設定されていません').count()).toBe(0);
  }));

it('a jump shows the problem cell selected and scrolled into view in the sheet', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const header = env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    const column = columnOf(header, '今後の方針');
    // Grade D without 課題 and 今後の方針 in the last row: the 今後の方針 cell is far to the right.
    env.spreadsheet.edit(SHEETS.register, 21, columnOf(header, '評価'), [['D']]);
    await workbench.setViewportSize({ width: 900, height: 500 });
    const page = await openSidebarFromMenu(workbench, MENU.validate);
    await page.getByRole('button', { name: VALIDATION.run }).click();
    const a1 = `${columnLetter(column)}21`;
    await page.getByRole('button', { name: `${a1}へ移動` }).click();
    const cell = workbench.locator(`#grid td[data-a1="${a1}"]`);
    await workbench.waitForFunction(
      (at) => document.querySelector(`#grid td[data-a1="${at}"]`)?.classList.contains('selected'),
      a1,
    );
    expect(await workbench.locator('#grid td.selected').count()).toBe(1);
    // Inside the visible part of the grid, not merely somewhere in the table.
    const inView = await cell.evaluate((td) => {
      const wrap = document.getElementById('grid-wrap') as HTMLElement;
      const c = td.getBoundingClientRect();
      const w = wrap.getBoundingClientRect();
      return c.left >= w.left && c.right <= w.right && c.top >= w.top && c.bottom <= w.bottom;
    });
    expect(inView).toBe(true);
  }));

it('opens again on the last results, with their time, without validating the register', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const header = env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    env.spreadsheet.edit(SHEETS.register, 4, columnOf(header, '進捗率(%)'), [[150]]);
    const first = await openSidebarFromMenu(workbench, MENU.validate);
    await first.getByRole('button', { name: VALIDATION.run }).click();
    await first.getByText(/20行を検証しました。エラー 1件/).waitFor();

    const runs: string[] = [];
    workbench.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/run/')) runs.push(path.slice('/api/run/'.length));
    });
    const again = await openSidebarFromMenu(workbench, MENU.validate);
    await again.getByText(/20行を検証しました。エラー 1件/).waitFor();
    await again
      .getByText(/^前回の検証（\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}時点）の結果を表示しています。/)
      .waitFor();
    expect(await again.locator('.problem-groups > li h2').allTextContents()).toEqual([
      '1-1-03 キャッシュレス決済の拡大',
    ]);
    expect(runs).toEqual(['getValidationView']);
    const validating = workbench.waitForRequest((r) => r.url().includes('/api/run/validateRegister'));
    await again.getByRole('button', { name: VALIDATION.rerun }).click();
    await validating;
  }));
