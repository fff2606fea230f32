// Before the meeting report is made, in Chromium: the round's coverage and the meeting date in 和暦 are shown, and
// a low coverage is asked about — stopping makes nothing, going on makes the report.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, REPORT } from '../../src/domain/messages';

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
