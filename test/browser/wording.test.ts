// Wording, in Chromium: dropdowns ask to choose (選択してください), and the note the sheet puts on a bad cell gives
// the same reason as the sidebar for the same value — one catalogue for both.
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

/** The text after "<label>: ", the part a note and a form message share. */
const reasonOf = (message: string | null) => (message ?? '').replace(/^.*?: /, '').replace(/^【検証】/, '');

it('asks to choose in dropdowns and gives the same reason in the sheet and the sidebar', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    // The sheet: 120 typed into 進捗率(%) gets a note.
    await workbench.getByRole('tab', { name: SHEETS.register, exact: true }).click();
    const header = wb.env.spreadsheet.displayValues(SHEETS.register)[0]!;
    const a1 = `${columnLetter(header.indexOf('進捗率(%)') + 1)}2`;
    const cell = workbench.locator(`table#grid td[data-a1="${a1}"]`);
    await cell.dblclick();
    await workbench.locator('input#cell-editor').fill('120');
    await workbench.locator('input#cell-editor').press('Enter');
    await workbench.locator(`table#grid td.noted[data-a1="${a1}"]`).waitFor();
    const note = await cell.getAttribute('title');

    // The sidebar: the same value, and an empty 進捗状況.
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    await page.locator('[data-item-id]').first().click();
    await page.getByRole('form').waitFor();
    const status = page.getByLabel('進捗状況', { exact: true });
    await status.selectOption('');
    expect(await status.locator('option').first().textContent()).toBe('選択してください');
    await page.getByLabel('進捗率', { exact: true }).fill('120');
    await page.getByRole('button', { name: '保存' }).click();
    expect(await page.locator('#f-status-error').textContent()).toBe('進捗状況: 選択してください');
    const sidebarMessage = await page.locator('#f-progress-error').textContent();
    expect(reasonOf(note)).toBe(reasonOf(sidebarMessage));
    expect(reasonOf(note)).toBe('0以上100以下の数値で入力してください');
  }));
