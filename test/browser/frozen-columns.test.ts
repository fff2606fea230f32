// The register's frozen columns in the workbench: scrolled to the right, 取組ID through 取組項目 stay beside the row
// numbers (as Sheets shows a frozen block) while the columns after them scroll away.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);
const browser = chromiumForTests();

it('keeps the frozen ID and title columns in view while the register scrolls sideways', () =>
  withWorkbench(browser(), { fresh: true }, async ({ page, wb }) => {
    await page.getByRole('tab', { name: SHEETS.register }).click();
    const frozen = wb.env.spreadsheet.sheet(SHEETS.register).frozenColumns ?? 0;
    expect(frozen).toBe(4);
    const title = page.locator('td[data-a1="D5"]');
    await title.waitFor();
    const left = async (a1: string) =>
      (await page.locator(`td[data-a1="${a1}"]`).boundingBox())?.x ?? Number.NaN;
    const [titleBefore, nextBefore] = [await left('D5'), await left('E5')];
    await page.locator('#grid-wrap').evaluate((el) => {
      el.scrollLeft = 600;
    });
    // Stays put, give or take the collapsed borders of the sticky cells (a scroll moves E5 by 600 px).
    expect(Math.abs((await left('D5')) - titleBefore)).toBeLessThan(4);
    expect(await left('E5')).toBeLessThan(nextBefore - 300);
    expect(await page.locator('td.frozen-column[data-a1^="A"]').count()).toBeGreaterThan(20);
  }));
