// Before the meeting report is made, in Chromium: the round's coverage and the meeting date in 和暦 are shown, and
// a low coverage is asked about — stopping makes nothing, going on makes the report; hand edits the report will
// not use and a history edited by hand are named before 作成, with the confirmation the latter needs.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, REPORT } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);
const browser = chromiumForTests();
const T = REPORT.sidebar;

it('shows coverage and the date in 和暦, and asks before making a report with few items reported', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const page = await openSidebarFromMenu(workbench, MENU.report);
    await page.waitForSelector('#roundId option[value="R4-H2"]', { state: 'attached' });
    await page.selectOption('#roundId', 'R4-H2');
    await page.fill('#meetingDate', '2026-12-01');
    const preflight = page.getByRole('region', { name: T.preflight });
    await preflight.getByText('0／20件（0.0%）').waitFor();
    expect(await preflight.locator('dd').allTextContents()).toEqual([
      '令和4年度 下半期',
      '0／20件（0.0%）',
      '令和8年12月1日',
    ]);

    await page.getByRole('button', { name: T.generate }).click();
    const question = page.getByRole('alertdialog');
    expect(await question.locator('p').textContent()).toBe(T.lowCoverage('0／20件（0.0%）'));
    await page.getByRole('button', { name: T.cancelGenerate }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(wb.env.documents.list()).toEqual([]);

    await page.getByRole('button', { name: T.generate }).click();
    await page.getByRole('button', { name: T.confirmGenerate }).click();
    await page.locator('a[target="_blank"]').waitFor();
    expect(wb.env.documents.list()).toHaveLength(1);
  }));

it('names unadopted hand edits and a history edited by hand before 作成, and offers the confirmation at once', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const columnOf = (sheet: string, header: string) =>
      (wb.env.spreadsheet.values(sheet)[0] as unknown[]).indexOf(header) + 1;
    wb.env.spreadsheet.edit(SHEETS.register, 2, columnOf(SHEETS.register, '取組内容'), [['手で書き直した']]);
    wb.env.spreadsheet.edit(SHEETS.history, 3, columnOf(SHEETS.history, '評価'), [['A']]);
    const page = await openSidebarFromMenu(workbench, MENU.report);
    const preflight = page.getByRole('region', { name: T.preflight });
    await preflight.getByText(T.preflightHandEditRows(1)).waitFor();
    expect(await preflight.getByRole('alert').textContent()).toContain('3行目');
    // The confirmation is there before any refusal; checking it lets the report through, with its 【注記】.
    await page.getByLabel(T.acknowledgeTampering).check();
    await page.getByRole('button', { name: T.generate }).click();
    await page.getByRole('button', { name: T.confirmGenerate }).click();
    await page.locator('a[target="_blank"]').waitFor();
    expect(wb.env.documents.list()).toHaveLength(1);
  }));
