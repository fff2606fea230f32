// Finding one's way, in Chromium: set-up on a new file (the set-up sidebar, the 行田市 sample chosen) names no repairs and gives the next step; the
// progress form shows the 年度計画 and 目標値 being reported against; Enter on a list entry moves focus into the
// form; 「自課のみ」 leaves only the user's department's items.
import type { Page } from 'playwright-core';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { assignMembers } from '../../harness/sheet-cells';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, SETUP, SIDEBAR } from '../../src/domain/messages';

jest.setTimeout(120_000);

const browser = chromiumForTests();

async function runSetUp(page: Page): Promise<string> {
  await page.locator('#addon-menu-button').click();
  await page.getByRole('menuitem', { name: MENU.setup, exact: true }).click();
  await page.locator('#alert').waitFor({ state: 'visible' });
  const text = (await page.locator('#alert-prompt').textContent()) ?? '';
  await page.locator('#alert-ok').click();
  await page.locator('#alert').waitFor({ state: 'hidden' });
  return text;
}

/** A new file's set-up: the menu opens the set-up sidebar, where the 行田市 sample is chosen; answers its report. */
async function startFromSample(page: Page): Promise<string> {
  const sidebar = await openSidebarFromMenu(page, MENU.setup);
  await sidebar.getByLabel(SETUP.sample, { exact: true }).check();
  await sidebar.getByRole('button', { name: SETUP.submit }).click();
  const done = sidebar.getByRole('status').filter({ hasText: 'セットアップが完了しました' });
  await done.waitFor();
  return (await done.textContent()) ?? '';
}

it('set-up on a new file reports no repairs and says what to do next; a second run says what it mended', () =>
  withWorkbench(browser(), { user: PLAN_OFFICE }, async ({ page }) => {
    const first = await startFromSample(page);
    expect(first).toContain('行田市のプランを登録しました。');
    expect(first).toContain('作成したシート 5件');
    expect(first).not.toContain('修復');
    expect(first).toContain('次に「マスタ」シートで、行革担当と各担当課のメールアドレス');
    const second = await runSetUp(page);
    expect(second).toContain('変更はありませんでした。');
    expect(second).toContain('次に「台帳の検証」で');
  }));

it('shows the 年度計画 and 目標値 in the progress form and moves focus into it on Enter', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench }) => {
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const first = page.locator('[data-item-id]').first();
    await first.focus();
    await first.press('Enter');
    await page.getByRole('form').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'f-status');
    const plan = page.getByRole('region', { name: SIDEBAR.planHeading });
    const texts = await plan.locator('dt, dd').allTextContents();
    expect(texts[0]).toBe('令和4年度計画');
    expect(texts[1]).not.toBe('');
    // The target of the round's 年度 (the yearly ledger), named with its year.
    expect(texts[2]).toBe('令和4年度の目標値');
  }));

it('「自課のみ」 leaves only the items of the user’s departments', () =>
  withWorkbench(
    browser(),
    { fresh: true, user: 'zaisei@city.gyoda.example.jp' },
    async ({ page: workbench, wb }) => {
      assignMembers(wb.env, '財政課', ['zaisei@city.gyoda.example.jp']);
      const page = await openSidebarFromMenu(workbench, MENU.progress);
      await page.locator('[data-item-id]').first().waitFor();
      const all = await page.locator('[data-item-id] .entry-dept').allTextContents();
      expect(new Set(all).size).toBeGreaterThan(1);
      await page.getByLabel(SIDEBAR.mineOnly).check();
      const mine = await page.locator('[data-item-id] .entry-dept').allTextContents();
      expect(mine.length).toBeGreaterThan(0);
      expect(mine).toEqual(Array(mine.length).fill('財政課'));
    },
  ));
