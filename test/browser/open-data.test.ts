// The open-data download in the workbench, as a user does it: 報告書 sidebar → CSV を準備 → a click on a file's link
// starts a browser download (Playwright's download event); the file saved is UTF-8 with a BOM and reads back, through
// an independent RFC 4180 reader, as exactly the tables the server answered — Japanese, commas, quotes, line breaks.
import { readFile } from 'node:fs/promises';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ItemDetail, OpenDataExport } from '../../src/domain/api';
import { csvText } from '../../src/domain/csv';
import { MENU, OPEN_DATA } from '../../src/domain/messages';
import { parseCsv } from '../support/csv-parse';

jest.setTimeout(120_000);
const browser = chromiumForTests();

it('downloads each table as a UTF-8 CSV with a BOM that reads back as the server’s tables', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    const revision = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item.revision;
    const report = progressReport('1-1-01', 'req-browser-open-data', revision, {
      grade: 'C',
      issues: '=人員不足, "予算"\n来年度へ',
      nextSteps: '体制強化',
    });
    ok(env.scriptRun('recordProgress', [report]));
    const expected = ok<OpenDataExport>(env.scriptRun('getOpenData', []));

    const sidebar = await openSidebarFromMenu(workbench, MENU.report);
    await sidebar.getByRole('button', { name: OPEN_DATA.sidebar.prepare }).click();
    for (const table of expected.tables) {
      const link = sidebar.locator(`a[data-table="${table.id}"]`);
      await link.waitFor();
      const [download] = await Promise.all([workbench.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(table.fileName);
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const cells = (v: string | number | null) =>
        v === null ? '' : typeof v === 'number' ? String(v) : csvText(v);
      expect(parseCsv(text)).toEqual([table.header, ...table.rows.map((row) => row.map(cells))]);
    }
    const progress = expected.tables.find((t) => t.id === 'progress');
    expect(progress?.rows).toHaveLength(1);
  }));
