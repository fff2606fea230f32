// Cell editing on a 台帳 of 1,000 items: double-click and Enter open input#cell-editor, Enter commits through onEdit, Escape cancels.
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { growRegister, PLAN_OFFICE } from '../../harness/register';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

it('edits a cell of a 1,000-item 台帳 by double-click and by Enter, and Escape cancels', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page, wb }) => {
    growRegister(wb.env, 1000);
    await page.reload();
    await page.getByRole('tab', { name: SHEETS.register, exact: true }).click();
    const rows = wb.env.spreadsheet.displayValues(SHEETS.register);
    expect(rows.length).toBe(1001);
    const header = rows[0]!;
    const a1 = `${columnLetter(header.indexOf('進捗率(%)') + 1)}${rows.length}`;
    const cell = page.locator(`table#grid td[data-a1="${a1}"]`);
    const editor = page.locator('input#cell-editor');

    await cell.dblclick();
    await editor.fill('40');
    await editor.press('Enter');
    await cell.filter({ hasText: '40' }).waitFor();
    expect(wb.env.spreadsheet.cell(SHEETS.register, a1)?.value).toBe(40);

    await cell.click();
    await page.keyboard.press('Enter');
    await editor.fill('55');
    await editor.press('Escape');
    expect(await editor.count()).toBe(0);
    expect(wb.env.spreadsheet.cell(SHEETS.register, a1)?.value).toBe(40);

    await page.locator(`table#grid td[data-a1="${a1}"]`).click();
    await page.keyboard.press('Enter');
    await editor.fill('60');
    await editor.press('Enter');
    await cell.filter({ hasText: '60' }).waitFor();
    expect(wb.env.spreadsheet.cell(SHEETS.register, a1)?.value).toBe(60);
    expect(wb.env.triggerErrors).toEqual([]);
  }));
