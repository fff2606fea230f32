// A department member typing into マスタ in the workbench, as in Sheets: their own address into 行革担当 is refused
// with Google's text and the cell keeps the plan office's; the plan office's own typing there goes through.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { DEPT_A, PLAN_OFFICE } from '../../harness/register';
import { assignMembers, assignPlanOffice, planOfficeCell } from '../../harness/sheet-cells';
import { switchUser } from '../../harness/workbench-sidebar';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

it('refuses a department member typing their address into 行革担当, and lets the plan office type there', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page, wb }) => {
    assignPlanOffice(wb.env, [PLAN_OFFICE]);
    assignMembers(wb.env, DEPT_A.department, [DEPT_A.user]);
    const a1 = planOfficeCell(wb.env);
    const typeInto = async (value: string) => {
      await page.getByRole('tab', { name: SHEETS.master, exact: true }).click();
      await page.locator(`table#grid td[data-a1="${a1}"]`).dblclick();
      await page.locator('input#cell-editor').fill(value);
      await page.locator('input#cell-editor').press('Enter');
    };

    await page.reload();
    await switchUser(page, DEPT_A.user);
    await typeInto(DEPT_A.user);
    await page.getByRole('status').filter({ hasText: 'You are trying to edit a protected cell' }).waitFor();
    expect(wb.env.spreadsheet.cell(SHEETS.master, a1)?.value).toBe(PLAN_OFFICE);

    await switchUser(page, PLAN_OFFICE);
    const both = `${PLAN_OFFICE}、${DEPT_A.user}`;
    await typeInto(both);
    await page.locator(`table#grid td[data-a1="${a1}"]`).filter({ hasText: both }).waitFor();
    expect(wb.env.spreadsheet.cell(SHEETS.master, a1)?.value).toBe(both);
  }));
