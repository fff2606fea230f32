// The 集計 sidebar in the workbench, opened from the menu: the figures the 集計 sheet holds for the chosen round, money in 千円 with
// separators; read-only for a department user, as is the 報告書 sidebar.

import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, REPORT, SUMMARY } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';

jest.setTimeout(120_000);

const browser = chromiumForTests();

const DEPT_USER = 'tanaka@city.gyoda.example.jp';

const columnOf = (header: unknown[], name: string) => header.indexOf(name) + 1;

it('the 集計 sidebar shows the figures of the 集計 sheet for the chosen round', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const header = env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    env.spreadsheet.edit(SHEETS.register, 2, columnOf(header, '効果額見込_歳出削減(千円)'), [[1234567]]);
    // The plan office adopts the typed plan: until then it is a hand edit, counted nowhere.
    env.scriptRun('adoptHandEdits', [null]);
    const page = await openSidebarFromMenu(workbench, MENU.summary);
    // Nothing aggregated yet: the sidebar says so and runs nothing until asked.
    await page
      .getByRole('status')
      .filter({ hasText: SUMMARY.noLast(SUMMARY.refresh) })
      .waitFor();
    await page.getByRole('button', { name: SUMMARY.refresh }).click();
    await page.getByRole('status').filter({ hasText: '令和4年度 上半期の集計' }).waitFor();
    const pillar1 = page.locator('section.figures').first();
    expect(await pillar1.locator('h2').textContent()).toBe(
      '1 スマート自治体への転換による市民サービスの向上',
    );
    const row = (label: string) =>
      pillar1.locator('tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');
    expect(await row('取組数').textContent()).toBe('6');
    // Nothing reported in the round yet: every item is 未報告, not 未着手.
    expect(await row('進捗状況').textContent()).toBe(
      '未着手 0、検討中 0、実施中 0、完了 0、延期 0、中止 0、未報告 6',
    );
    expect(await row('評価').textContent()).toBe('A 0、B 0、C 0、D 0、未報告 6');
    expect(await row('効果額見込').textContent()).toBe('1,234,567千円（歳出削減 1,234,567、歳入確保 0）');
    expect(await row('達成率').textContent()).toBe('0.0%');
    expect(await page.locator('.coverage p').first().textContent()).toBe('報告済 0 / 対象 20（報告率 0.0%）');

    // The sheet holds the same figures.
    const sheet = env.spreadsheet.values(SHEETS.summary);
    const savings = sheet.findIndex((r) => r[0] === '柱' && r[1] === '見込_歳出削減');
    expect(sheet[savings + 1]?.slice(1, 4)).toEqual([1234567, 0, 1234567]);

    await page.getByLabel('報告回').selectOption('R5-H2');
    await page.getByRole('status').filter({ hasText: '令和5年度 下半期の集計' }).waitFor();
    expect(env.spreadsheet.values(SHEETS.summary)[0]?.[0]).toContain('令和5年度 下半期');
  }));

it('a department user sees the figures read-only with the reason, and the 報告書 sidebar says who may make it', () =>
  withWorkbench(browser(), { fresh: true, user: DEPT_USER }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DEPT_USER] } });
    const sheetBefore = JSON.stringify(env.spreadsheet.values(SHEETS.summary));
    const page = await openSidebarFromMenu(workbench, MENU.summary);
    await page
      .getByRole('status')
      .filter({ hasText: SUMMARY.noLast(SUMMARY.reload) })
      .waitFor();
    expect(await page.getByRole('note').textContent()).toBe(SUMMARY.readOnly);
    expect(await page.locator('button.action').textContent()).toBe(SUMMARY.reload);
    await page.locator('button.action').click();
    await page.getByRole('status').filter({ hasText: '令和4年度 上半期の集計を表示しています' }).waitFor();
    expect(await page.locator('.coverage p').first().textContent()).toBe('報告済 0 / 対象 20（報告率 0.0%）');
    expect(JSON.stringify(env.spreadsheet.values(SHEETS.summary))).toBe(sheetBefore);

    const report = await openSidebarFromMenu(workbench, MENU.report);
    expect(await report.getByRole('note').textContent()).toBe(REPORT.sidebar.planOfficeOnly);
    expect(await report.locator('button').count()).toBe(0);
  }));

it('opens on the last 集計 with one call and a button to run it again, rewriting nothing until asked', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const first = await openSidebarFromMenu(workbench, MENU.summary);
    await first.getByRole('button', { name: SUMMARY.refresh }).click();
    await first
      .getByRole('status')
      .filter({ hasText: '令和4年度 上半期の集計を「集計」シートに書き出しました' })
      .waitFor();
    // Someone edits the register afterwards; opening the sidebar again must not redo the 集計 by itself.
    const header = env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    env.spreadsheet.edit(SHEETS.register, 2, columnOf(header, '効果額見込_歳出削減(千円)'), [[999]]);
    const sheetBefore = JSON.stringify(env.spreadsheet.values(SHEETS.summary));
    const calls: string[] = [];
    workbench.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/run/')) calls.push(path.slice('/api/run/'.length));
    });
    const page = await openSidebarFromMenu(workbench, MENU.summary);
    await page.getByRole('status').filter({ hasText: '令和4年度 上半期の前回の集計（' }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(
      /^令和4年度 上半期の前回の集計（\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}時点）を表示しています。最新にするには「集計を更新」を押してください。$/,
    );
    expect(await page.locator('.coverage p').first().textContent()).toBe('報告済 0 / 対象 20（報告率 0.0%）');
    expect(calls).toEqual(['getSummaryView']);
    expect(JSON.stringify(env.spreadsheet.values(SHEETS.summary))).toBe(sheetBefore);
    await page.getByRole('button', { name: SUMMARY.refresh }).click();
    await page.getByRole('status').filter({ hasText: '書き出しました' }).waitFor();
    expect(calls).toEqual(['getSummaryView', 'refreshSummary']);
  }));
