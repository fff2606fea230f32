// What a person sees in the workbench: the 集計 sheet's two charts drawn from its figures, the sidebars' date fields
// in the Japanese order (年/月/日) in a Japanese and an American browser alike, and the toolbar on one line with
// several generated documents.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  AMERICAN_SYSTEM_LOCALE,
  chromiumForTests,
  openWorkbench,
  SCREENSHOTS,
  screenshotOnFailure,
} from '../../harness/browser';
import { progressReport, reportRequest } from '../../harness/payloads';
import { ok, PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ItemDetail, SummaryView } from '../../src/domain/api';
import { formatWarekiDate } from '../../src/domain/fiscal-year';
import { MENU, REPORT, ROUNDS, SIDEBAR, SUMMARY } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { isoDateFromTyped } from '../../src/domain/typed-date';

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
      // Each pillar's label (cut short, the whole name in its tooltip) stays within its own column's room.
      const labelBoxes = await status
        .locator('text.category')
        .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()).map((b) => [b.left, b.right]));
      for (let i = 1; i < labelBoxes.length; i++)
        expect(labelBoxes[i]![0]!).toBeGreaterThanOrEqual(labelBoxes[i - 1]![1]!);
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

/** The fields of the date inputs in a frame, in the order Chromium shows them (its accessibility tree). */
async function dateFieldOrder(page: Page, frame: Frame): Promise<string[]> {
  // Each field is named by its part ("Year", or "Year Year" with its own label), in English whatever the locale.
  return (await accessibleNodes(page, frame))
    .filter((n) => n.role?.value === 'spinbutton')
    .map((n) => n.name?.value.split(' ')[0] ?? '');
}

type AXNode = { role?: { value: string }; name?: { value: string }; value?: { value: string } };

/** What Chromium renders in a frame, as its accessibility tree: each control with its name and shown value. */
async function accessibleNodes(page: Page, frame: Frame): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string }; childFrames?: { frame: { id: string; url: string } }[] };
  };
  const frameId =
    frame === page.mainFrame()
      ? frameTree.frame.id
      : frameTree.childFrames?.find((c) => c.frame.url === frame.url())?.frame.id;
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes;
}

/** The text a date field shows, read from what Chromium renders (not from the page's script). */
async function shownDate(page: Page, frame: Frame, label: string): Promise<string | undefined> {
  const nodes = await accessibleNodes(page, frame);
  return nodes.find((n) => n.role?.value === 'textbox' && n.name?.value === label)?.value?.value;
}

const americanBrowser = chromiumForTests(AMERICAN_SYSTEM_LOCALE);

describe.each([
  ['a Japanese', browser, 'ja-JP', ['Year', 'Month', 'Day']],
  ['an American', americanBrowser, 'en-US', ['Month', 'Day', 'Year']],
])('in %s browser', (_, chromium, pageLocale, browserOrder) => {
  it('shows the sidebars’ dates year first (2026/12/01), picked or typed, with the 和暦 beside', async () => {
    // The browser's own order for a plain date input: what a sidebar using one would show.
    const control = await chromium().newPage({ locale: pageLocale });
    await control.setContent('<!DOCTYPE html><html lang="ja"><input type="date" value="2026-12-01"></html>');
    expect(await dateFieldOrder(control, control.mainFrame())).toEqual(browserOrder);
    await control.close();

    const { page, wb } = await openWorkbench(chromium(), { fresh: true, user: PLAN_OFFICE }, pageLocale);
    try {
      await screenshotOnFailure(page, async () => {
        expect(await page.evaluate(() => navigator.language)).toBe(pageLocale);
        const report = await openSidebarFromMenu(page, MENU.report);
        const meetingDate = report.getByLabel(REPORT.sidebar.meetingDate, { exact: true });
        // What Chromium shows: no field in the browser's own order (month first in an American browser), and the
        // text field on today, year first, its 和暦 under it.
        expect(await dateFieldOrder(page, report)).toEqual([]);
        const today = await shownDate(page, report, REPORT.sidebar.meetingDate);
        expect(today).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        expect(await meetingDate.inputValue()).toBe(today);
        expect(await report.locator('#meetingDate-hint').textContent()).toBe(
          REPORT.sidebar.meetingDateHint(formatWarekiDate(isoDateFromTyped(today ?? '') ?? '')),
        );
        // Picked from the calendar.
        await report.getByLabel(SIDEBAR.datePicker).fill('2026-12-01');
        await report.locator('text=和暦：令和8年12月1日').waitFor();
        expect(await shownDate(page, report, REPORT.sidebar.meetingDate)).toBe('2026/12/01');
        // The calendar shows as its button alone.
        expect(await dateFieldOrder(page, report)).toEqual([]);
        expect((await report.getByLabel(SIDEBAR.datePicker).boundingBox())!.width).toBeLessThanOrEqual(24);
        // Typed as a Japanese user writes it.
        await meetingDate.fill('2027年1月5日');
        await report.locator('text=和暦：令和9年1月5日').waitFor();
        await keepScreenshot(page, `workbench-report-date-${pageLocale}`);

        // 報告回: the deadline typed year first, its 和暦 beside it; a month-first date is refused, naming 締切日.
        const rounds = await openSidebarFromMenu(page, ROUNDS.menu);
        const roundsBefore = wb.env.spreadsheet.values(SHEETS.master);
        await rounds.fill('#round-label', '令和8年度 下半期');
        const due = rounds.getByLabel(ROUNDS.sidebar.dueDate, { exact: true });
        expect(await due.getAttribute('placeholder')).toBe('年/月/日');
        await due.fill('12/06/2026');
        expect(await rounds.locator('#round-due-wareki').textContent()).toBe(ROUNDS.sidebar.warekiPending);
        await rounds.getByRole('button', { name: ROUNDS.sidebar.open, exact: true }).click();
        expect(await rounds.locator('#round-due-error').textContent()).toContain(ROUNDS.sidebar.dueDate);
        expect(wb.env.spreadsheet.values(SHEETS.master)).toEqual(roundsBefore);
        await due.fill('2026/12/6');
        expect(await rounds.locator('#round-due-wareki').textContent()).toBe('令和8年12月6日');
        expect(await shownDate(page, rounds, ROUNDS.sidebar.dueDate)).toBe('2026/12/6');
        await rounds.getByRole('button', { name: ROUNDS.sidebar.open, exact: true }).click();
        await rounds.getByText(ROUNDS.sidebar.opened('令和8年度 下半期')).waitFor();
        const started = ok<SummaryView>(
          wb.env.scriptRun('getSummaryView', [], { user: PLAN_OFFICE }),
        ).master.rounds.find((r) => r.label === '令和8年度 下半期');
        expect(started?.dueDate).toBe('2026-12-06');
        // The form is empty again for the next round.
        expect(await due.inputValue()).toBe('');
      });
    } finally {
      await page.close();
      await wb.close();
    }
  });
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
        ['R6-H1', '資料5'],
      ] as const)
        expect(wb.env.scriptRun('generateReport', [reportRequest({ roundId, documentNo })])).toMatchObject({
          ok: true,
        });
      await page.reload();
      const button = page.getByRole('button', { name: '文書（5件）' });
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
