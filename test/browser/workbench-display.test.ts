// What a person sees in the workbench: the 集計 sheet's two charts drawn from its figures, date fields in the
// Japanese order (年/月/日), and the toolbar on one line with several generated documents.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { chromiumForTests, openWorkbench, SCREENSHOTS, screenshotOnFailure } from '../../harness/browser';
import { progressReport, reportRequest } from '../../harness/payloads';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ItemDetail } from '../../src/domain/api';
import { MENU, SUMMARY } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

/** Keeps a picture of what the test saw, to look at (artifacts/ is git-ignored). */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const columnOf = (header: unknown[], name: string) => header.indexOf(name) + 1;

it('draws the 集計 sheet’s charts from the figures in the ranges they name, labels as text', async () => {
  const { page, wb } = await openWorkbench(browser(), { fresh: true, user: PLAN_OFFICE });
  try {
    await screenshotOnFailure(page, async () => {
      const header = wb.env.spreadsheet.values(SHEETS.register)[0] as unknown[];
      wb.env.spreadsheet.edit(SHEETS.register, 2, columnOf(header, '効果額見込_歳出削減(千円)'), [[1200]]);
      wb.env.spreadsheet.edit(SHEETS.register, 3, columnOf(header, '効果額見込_歳出削減(千円)'), [[300]]);
      // The plan office adopts the typed plans: until then they are hand edits, counted nowhere.
      wb.env.scriptRun('adoptHandEdits', [null]);
      // One report in the round: 1-1-01 実施中; every other item is 未報告 (a round's figures are its reports).
      const revision = (wb.env.scriptRun('getItem', ['1-1-01', null]) as { value: ItemDetail }).value.item
        .revision;
      wb.env.scriptRun('recordProgress', [progressReport('1-1-01', 'chart-report-1', revision)]);
      const sidebar = await openSidebarFromMenu(page, MENU.summary);
      // The sidebar opens on the last 集計 (none yet): the 集計 is written on 集計を更新.
      await sidebar.getByRole('button', { name: SUMMARY.refresh }).click();
      await sidebar.getByRole('status').filter({ hasText: '令和4年度 上半期の集計' }).waitFor();
      // A pillar name typed as markup must stay text in the chart too.
      const summary = wb.env.spreadsheet.values(SHEETS.summary);
      const statusRow = summary.findIndex((r) => r[0] === '柱' && r[1] === '未着手') + 2;
      wb.env.spreadsheet.edit(SHEETS.summary, statusRow, 1, [['<img src=x onerror="document.title=1">柱']]);
      await page.getByRole('button', { name: '閉じる' }).click();
      await page.getByRole('tab', { name: SHEETS.summary, exact: true }).click();

      const status = page.getByRole('figure', { name: '柱別の進捗状況' });
      const savings = page.getByRole('figure', { name: '柱別の効果額（見込・実績、千円）' });
      await status.waitFor();
      await savings.waitFor();
      await status.scrollIntoViewIfNeeded();
      await keepScreenshot(page, 'workbench-summary-charts');

      expect(await status.locator('text.chart-title').textContent()).toBe('柱別の進捗状況');
      expect(await status.locator('text.legend').allTextContents()).toEqual([
        '未着手',
        '検討中',
        '実施中',
        '完了',
        '延期',
        '中止',
        '未報告',
      ]);
      const categories = await status.locator('text.category title').allTextContents();
      expect(categories).toEqual([
        '<img src=x onerror="document.title=1">柱',
        '2 民間活力等の活用や協働の推進',
        '3 効率的・効果的な行政運営へ市役所風土を変革',
        '4 持続可能な財政運営の実現',
      ]);
      expect(await status.locator('img').count()).toBe(0);
      expect(await page.title()).not.toBe('1');

      // Bar heights follow the sheet's figures: 未報告 5, 4, 5, 5 and pillar 1's one 実施中 stacked with it;
      // the empty statuses draw nothing.
      const heights = (figure: typeof status) =>
        figure.locator('rect.bar').evaluateAll((rects) =>
          rects.map((r) => ({
            tip: r.querySelector('title')?.textContent ?? '',
            x: Number(r.getAttribute('x')),
            y: Number(r.getAttribute('y')),
            height: Number(r.getAttribute('height')),
          })),
        );
      const statusBars = (await heights(status)).filter((b) => b.tip.includes('未報告') && b.height > 0);
      expect(statusBars.map((b) => b.tip.slice(b.tip.lastIndexOf(' ') + 1))).toEqual(['5', '4', '5', '5']);
      const unit = statusBars[1]!.height / 4;
      expect(statusBars.map((b) => Math.round(b.height / unit))).toEqual([5, 4, 5, 5]);
      const started = (await heights(status)).filter((b) => b.tip.includes('実施中') && b.height > 0);
      expect(started).toHaveLength(1);
      expect(started[0]!.x).toBe(statusBars[0]!.x);
      // 実施中 comes before 未報告 in the stack: 未報告 sits on it.
      expect(statusBars[0]!.y + statusBars[0]!.height).toBeCloseTo(started[0]!.y);
      expect(Math.round(started[0]!.height / unit)).toBe(1);
      expect((await heights(status)).filter((b) => b.height > 0)).toHaveLength(5);

      // The savings chart: 見込_計 and 実績_計 side by side, pillar 1's 見込 (1,200 + 300) the tallest bar.
      expect(await savings.locator('text.legend').allTextContents()).toEqual(['見込_計', '実績_計']);
      const savingsBars = (await heights(savings)).filter((b) => b.height > 0);
      expect(savingsBars.map((b) => b.tip.slice(b.tip.lastIndexOf(' ') + 1))).toEqual(['1,500']);
      expect(await savings.locator('text.tick').allTextContents()).toContain('1,500');

      // Each chart sits on its anchor cell, over the grid as in Sheets, and the two do not overlap.
      const [statusBox, savingsBox, anchor] = await Promise.all([
        status.boundingBox(),
        savings.boundingBox(),
        page.locator('table#grid td[data-a1="M2"]').boundingBox(),
      ]);
      expect(Math.round(statusBox!.x)).toBe(Math.round(anchor!.x));
      expect(Math.round(statusBox!.y)).toBe(Math.round(anchor!.y));
      expect(savingsBox!.y).toBeGreaterThanOrEqual(statusBox!.y + statusBox!.height);
    });
  } finally {
    await page.close();
    await wb.close();
  }
});

/** The fields of a date input in the order the page shows them (Chromium's accessibility tree of the frame). */
async function dateFieldOrder(page: Page, frame: Frame): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
    frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
  };
  const frameId = frameTree.childFrames?.find((c) => c.frame.url === frame.url())?.frame.id;
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as {
    nodes: { role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  // Each field is named by its part ("Year", or "Year Year" with its own label), in English whatever the locale.
  return nodes.filter((n) => n.role?.value === 'spinbutton').map((n) => n.name?.value.split(' ')[0] ?? '');
}

it('shows the 報告書 sidebar’s meeting date in the Japanese order, year first (2026/12/01)', async () => {
  const { page, wb } = await openWorkbench(browser(), { fresh: true, user: PLAN_OFFICE });
  try {
    await screenshotOnFailure(page, async () => {
      const sidebar = await openSidebarFromMenu(page, MENU.report);
      await sidebar.fill('#meetingDate', '2026-12-01');
      await sidebar.locator('text=和暦：令和8年12月1日').waitFor();
      expect(await dateFieldOrder(page, sidebar)).toEqual(['Year', 'Month', 'Day']);
      expect(await page.evaluate(() => navigator.language)).toBe('ja-JP');
      await keepScreenshot(page, 'workbench-report-date');
    });
  } finally {
    await page.close();
    await wb.close();
  }
});

it('keeps the toolbar on one line with several documents, listed in a 文書 menu', async () => {
  const { page, wb } = await openWorkbench(browser(), { fresh: true, user: PLAN_OFFICE });
  try {
    await screenshotOnFailure(page, async () => {
      const toolbar = page.locator('#toolbar');
      const oneLine = (await toolbar.boundingBox())!.height;
      for (const [roundId, documentNo] of [
        ['R4-H1', '資料1'],
        ['R4-H2', '資料2'],
        ['R5-H1', '資料3'],
        ['R5-H2', '資料4'],
      ] as const)
        expect(wb.env.scriptRun('generateReport', [reportRequest({ roundId, documentNo })])).toMatchObject({
          ok: true,
        });
      await page.reload();
      const button = page.getByRole('button', { name: '文書（4件）' });
      await button.waitFor();
      expect((await toolbar.boundingBox())!.height).toBe(oneLine);
      // Nothing in the toolbar is squeezed onto a second line or pushed past its edge.
      const overflow = await toolbar.evaluate((bar) => ({
        scroll: bar.scrollWidth,
        client: bar.clientWidth,
        wrapped: [...bar.children]
          .filter((child) => child instanceof HTMLElement && child.offsetParent !== null)
          .filter((child) => child.getBoundingClientRect().height > 30)
          .map((child) => child.id || child.tagName),
      }));
      expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
      expect(overflow.wrapped).toEqual([]);

      await button.click();
      const links = page.locator('#documents a');
      expect(await links.allTextContents()).toEqual(wb.env.documents.list().map((d) => d.name));
      await keepScreenshot(page, 'workbench-documents-menu');
      const [doc] = wb.env.documents.list();
      expect(await links.first().getAttribute('href')).toBe(`/documents/${doc!.id}`);
      expect(await links.first().getAttribute('target')).toBe('_blank');
      await page.keyboard.press('Escape');
      await page.locator('#documents').waitFor({ state: 'hidden' });
    });
  } finally {
    await page.close();
    await wb.close();
  }
});
