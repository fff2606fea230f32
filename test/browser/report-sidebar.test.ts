// The 報告書 sidebar in the workbench, opened from the menu: the date shown in 和暦, one click makes the
// report and ends with its link in a new tab; a refusal is shown as a Japanese message.

import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { reportRequest } from '../../harness/payloads';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, REPORT } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);
const browser = chromiumForTests();

describe('報告書 sidebar', () => {
  it('makes the report for the chosen round and ends with the link', () =>
    withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
      const env = wb.env;
      const page = await openSidebarFromMenu(workbench, MENU.report);
      await page.waitForSelector('#roundId option[value="R4-H2"]', { state: 'attached' });
      await page.selectOption('#roundId', 'R4-H2');
      await page.fill('#meetingDate', '2026-12-01');
      await page.waitForSelector('text=和暦：令和8年12月1日');
      await page.fill('#documentNo', '資料2');
      await page.getByRole('button', { name: REPORT.sidebar.generate }).click();
      // Nothing is reported in the fresh register: the sidebar asks first (see report-preflight.test.ts).
      await page.getByRole('button', { name: REPORT.sidebar.confirmGenerate }).click();
      const link = page.locator('a[target="_blank"]');
      await link.waitFor();
      const [doc] = env.documents.list();
      expect(doc?.name).toBe('資料2 行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告');
      expect(await link.getAttribute('href')).toBe(`https://docs.google.com/document/d/${doc?.id}/edit`);
      expect(await link.textContent()).toBe(REPORT.sidebar.open);
      expect(
        env.spreadsheet
          .values(SHEETS.reportLog)
          .slice(1)
          .map((r) => r[1]),
      ).toEqual(['R4-H2']);
    }));

  it('reproduces a logged report from its 作成日時 pasted from 報告書ログ', () =>
    withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
      const env = wb.env;
      const original = env.scriptRun('generateReport', [reportRequest()]) as { ok: boolean };
      expect(original.ok).toBe(true);
      // What a user copies from the cell: 作成日時 as the sheet shows it (2026/12/01 10:00:00).
      const loggedAt = String(env.spreadsheet.displayValues(SHEETS.reportLog).at(-1)?.[0]);
      expect(loggedAt).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
      const page = await openSidebarFromMenu(workbench, MENU.report);
      await page.waitForSelector('#roundId option[value="R4-H1"]', { state: 'attached' });
      // The log keeps no meeting details: the form's fields are the reproduction's, as for the original.
      await page.fill('#meetingDate', reportRequest().meetingDate);
      await page.fill('#documentNo', reportRequest().documentNo);
      await page.fill('#loggedAt', loggedAt);
      await page.getByRole('button', { name: REPORT.sidebar.reproduce }).click();
      await page.getByRole('status').getByRole('link', { name: REPORT.sidebar.open }).waitFor();
      const names = env.documents.list().map((d) => d.name);
      expect(names).toHaveLength(2);
      expect(names[1]).toBe(REPORT.reproducedTitle(names[0] ?? ''));
      expect(env.spreadsheet.values(SHEETS.reportLog).slice(1)).toHaveLength(1);
    }));

  it('shows a refusal in Japanese and creates nothing', () =>
    withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
      const env = wb.env;
      const page = await openSidebarFromMenu(workbench, MENU.report);
      await page.waitForSelector('#roundId option[value="R4-H1"]', { state: 'attached' });
      await page.fill('#templateDocId', 'no-such-document');
      await page.getByRole('button', { name: REPORT.sidebar.generate }).click();
      await page.getByRole('button', { name: REPORT.sidebar.confirmGenerate }).click();
      await page.waitForSelector('[role="alert"]');
      expect(await page.textContent('[role="alert"]')).toContain(REPORT.templateMissing);
      expect(await page.locator('a[target="_blank"]').count()).toBe(0);
      expect(env.documents.list()).toEqual([]);
    }));
});
