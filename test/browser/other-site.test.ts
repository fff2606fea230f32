// A web page on another origin, open in the developer's browser, cannot rewrite or read the register in the workbench.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumForTests, openWorkbench, screenshotOnFailure } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

it('refuses what a page on another origin sends it (simple text/plain POSTs, reads), while its own page works', async () => {
  const { page, wb } = await openWorkbench(browser(), { fresh: true, user: PLAN_OFFICE });
  // Another local server (another origin: another port) standing in for any web site the developer visits.
  const other = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>よそのページ</title>');
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  try {
    await screenshotOnFailure(page, async () => {
      const before = wb.env.spreadsheet.displayValues(SHEETS.register)[1]?.[2];
      const alerts = wb.env.services.ui.alerts.length;
      const visited = await browser().newPage();
      await visited.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const outcome = await visited.evaluate(async (url) => {
        const edit = JSON.stringify({ sheet: '台帳', a1: 'C2', value: '書き換えられた' });
        // A no-cors text/plain POST needs no preflight: the browser sends it, the page just cannot read the answer.
        await fetch(`${url}/api/edit`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body: edit,
        });
        await fetch(`${url}/api/menu`, {
          method: 'POST',
          mode: 'no-cors',
          body: '{"functionName":"menuSetup"}',
        });
        const read = await fetch(`${url}/api/state`).then(
          () => 'read',
          () => 'blocked',
        );
        return { read };
      }, wb.url);
      expect(outcome.read).toBe('blocked');
      expect(wb.env.spreadsheet.displayValues(SHEETS.register)[1]?.[2]).toBe(before);
      expect(wb.env.services.ui.alerts).toHaveLength(alerts);
      await visited.close();

      // The workbench's own page edits the same cell through the same API.
      const cell = page.locator('table#grid td[data-a1="C2"]');
      await page.getByRole('tab', { name: SHEETS.register, exact: true }).click();
      await cell.dblclick();
      await page.locator('input#cell-editor').fill('自分のページから');
      await page.locator('input#cell-editor').press('Enter');
      await cell.filter({ hasText: '自分のページから' }).waitFor();
      expect(wb.env.spreadsheet.displayValues(SHEETS.register)[1]?.[2]).toBe('自分のページから');
    });
  } finally {
    other.closeAllConnections();
    await new Promise<void>((done) => other.close(() => done()));
    await page.close();
    await wb.close();
  }
});
