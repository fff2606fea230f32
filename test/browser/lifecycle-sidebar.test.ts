// The 異動 section of the 取組の登録・編集 sidebar, in Chromium: the plan office merges an item into another from a
// round (refused under the field without a 統合先), the register and the lists show it as 統合済み, and a department
// member opening the sidebar sees no 異動 section.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { registerValue } from '../../harness/sheet-cells';
import { openSidebarFromMenu, switchUser } from '../../harness/workbench-sidebar';
import { LIFECYCLE, MENU, SIDEBAR } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';

jest.setTimeout(180_000);

const browser = chromiumForTests();
const DIGITAL = 'tanaka@city.gyoda.example.jp';

it('the plan office merges an item in the item sidebar; a department member sees no 異動 section', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DIGITAL] } });
    let page = await openSidebarFromMenu(workbench, MENU.item);
    await page.getByLabel(SIDEBAR.pickItem, { exact: true }).selectOption('1-1-02');
    const section = page.getByRole('region', { name: LIFECYCLE.formHeading });
    await section.getByLabel(LIFECYCLE.kindLabel, { exact: true }).selectOption('merged');
    await section.getByLabel(LIFECYCLE.roundLabel, { exact: true }).selectOption('R4-H1');
    await section.getByRole('button', { name: LIFECYCLE.save }).click();
    // No 統合先: the server's message under the field, nothing written.
    await section.getByText(LIFECYCLE.mergedIntoRequired).waitFor();
    expect(registerValue(env, '1-1-02', '異動')).toBe('');
    const rows = env.spreadsheet.values(SHEETS.history).length;
    await section.getByLabel(LIFECYCLE.mergedIntoLabel, { exact: true }).selectOption('1-1-01');
    await section.getByRole('button', { name: LIFECYCLE.save }).click();
    await page
      .getByRole('status')
      .filter({ hasText: LIFECYCLE.saved('1-1-02', '統合') })
      .waitFor();
    expect(registerValue(env, '1-1-02', '異動')).toBe('統合');
    expect(registerValue(env, '1-1-02', '統合先')).toBe('1-1-01');
    expect(env.spreadsheet.values(SHEETS.history)).toHaveLength(rows + 1);
    const picked = page.getByLabel(SIDEBAR.pickItem, { exact: true }).locator('option[value="1-1-02"]');
    expect(await picked.textContent()).toContain('（統合済み）');

    // The progress list shows its state, not 未報告.
    page = await openSidebarFromMenu(workbench, MENU.progress);
    expect(await page.locator('[data-item-id="1-1-02"] .badge').first().textContent()).toBe('統合済み');

    // A department member: the item sidebar without the 異動 section (the server refuses them too).
    await switchUser(workbench, DIGITAL);
    page = await openSidebarFromMenu(workbench, MENU.item);
    await page.getByLabel(SIDEBAR.pickItem, { exact: true }).selectOption('1-1-01');
    // Its form filled in from the server first, so the section would be there by now.
    const title = page.getByLabel('取組項目', { exact: true });
    for (let n = 0; n < 50 && (await title.inputValue()) !== '電子申請サービスの拡大'; n++)
      await page.waitForTimeout(100);
    expect(await title.inputValue()).toBe('電子申請サービスの拡大');
    expect(await page.getByRole('region', { name: LIFECYCLE.formHeading }).count()).toBe(0);
  }));
