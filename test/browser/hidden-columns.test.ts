// The register's hidden 記録値 column in the workbench: folded to a narrow blank strip, header and cells alike, as
// Sheets folds a hidden column away, while the columns beside it are drawn as before.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { columnLetter } from '../../src/domain/a1';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);
const browser = chromiumForTests();

it('draws the hidden 記録値 column narrow and blank, its neighbours as before', () =>
  withWorkbench(browser(), { fresh: true }, async ({ page, wb }) => {
    await page.getByRole('tab', { name: SHEETS.register }).click();
    const header = wb.env.spreadsheet.values(SHEETS.register)[0] as string[];
    const record = columnLetter(header.indexOf('記録値') + 1);
    const before = columnLetter(header.indexOf('記録値'));
    const cell = page.locator(`td[data-a1="${record}2"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('data-hidden')).toBe('true');
    expect((await cell.boundingBox())?.width ?? 99).toBeLessThan(10);
    expect(await cell.evaluate((td) => getComputedStyle(td).color)).toBe('rgba(0, 0, 0, 0)');
    // Only that column, every row of it drawn.
    const hidden = await page
      .locator('td[data-hidden="true"]')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.a1 ?? ''));
    expect(hidden.length).toBeGreaterThan(20);
    expect(hidden.filter((a1) => !new RegExp(`^${record}\\d+$`).test(a1))).toEqual([]);
    const neighbour = page.locator(`td[data-a1="${before}2"]`);
    expect(await neighbour.getAttribute('data-hidden')).toBeNull();
    expect((await neighbour.boundingBox())?.width ?? 0).toBeGreaterThan(50);
  }));
