// Where a form's messages appear and what they say, in Chromium: beside 保存 (where the user is after a long form),
// the first invalid field focused and in view, and every problem at once — in the client and from the server.
import type { Frame } from 'playwright-core';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { PLAN_OFFICE } from '../../harness/register';
import { callFromPage, openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ApiResult } from '../../src/domain/api';
import { MENU, RULES } from '../../src/domain/messages';

jest.setTimeout(120_000);

const browser = chromiumForTests();

/** Whether the element is inside the sidebar's visible area (the sidebar is shorter than its forms). */
const inView = (frame: Frame, selector: string) =>
  frame.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    // One pixel of slack: layout boxes end at fractions of a pixel.
    return box.height > 0 && box.top >= -1 && box.bottom <= window.innerHeight + 1;
  });

const focusedId = (frame: Frame) => frame.evaluate(() => document.activeElement?.id ?? '');

/** The 進捗の入力 sidebar on its first item, for one test body. */
function withProgressForm(body: (opened: { page: Frame; itemId: string }) => Promise<void>) {
  return withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench }) => {
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const first = page.locator('[data-item-id]').first();
    const itemId = (await first.getAttribute('data-item-id')) as string;
    await first.click();
    await page.getByRole('form').waitFor();
    await body({ page, itemId });
  });
}

it('after a failed save, focuses the first invalid field and shows the message beside 保存', () =>
  withProgressForm(async ({ page }) => {
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('評価', { exact: true }).selectOption('A');
    await page.getByLabel('進捗率', { exact: true }).fill('120');
    await page.getByLabel('今後の方針', { exact: true }).fill('続ける');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByRole('alert').waitFor();
    expect(await focusedId(page)).toBe('f-progress');
    expect(await inView(page, '#f-progress')).toBe(true);
    // The error follows 保存 in the form, so it is read where the user pressed it.
    const order = await page
      .getByRole('form')
      .evaluate((form) =>
        [...form.querySelectorAll('button[type=submit], [role=alert]')].map((el) => el.tagName),
      );
    expect(order).toEqual(['BUTTON', 'DIV']);
  }));

it('after a save, shows 保存しました and the next-item button beside 保存, in view', () =>
  withProgressForm(async ({ page, itemId }) => {
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('進捗率', { exact: true }).fill('40');
    await page.getByLabel('評価', { exact: true }).selectOption('A');
    await page.getByLabel('今後の方針', { exact: true }).fill('続ける');
    await page.getByRole('button', { name: '保存' }).click();
    const status = page.getByRole('status').filter({ hasText: `取組「${itemId}」の進捗を保存しました` });
    await status.waitFor();

    expect(await inView(page, '[role=status]:has-text("保存しました")')).toBe(true);
    expect(await inView(page, 'button:has-text("次の未報告の取組へ")')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(
      /^次の未報告の取組へ/,
    );
  }));

it('shows every problem at once: 進捗率 out of range and a late grade without 課題 and 今後の方針', () =>
  withProgressForm(async ({ page, itemId }) => {
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('進捗率', { exact: true }).fill('120');
    await page.getByLabel('評価', { exact: true }).selectOption('C');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('alert').waitFor();

    const messageOf = async (label: string) => {
      const control = page.getByLabel(label, { exact: true });
      const id = ((await control.getAttribute('aria-describedby')) ?? '').split(' ')[0];
      return id ? page.locator(`#${id}`).textContent() : null;
    };
    expect(await messageOf('進捗率')).toMatch(/^進捗率: /);
    expect(await messageOf('課題')).toBe(RULES.lateNeedsIssues('C'));
    expect(await messageOf('今後の方針')).toBe(RULES.lateNeedsNextSteps('C'));

    // Sent past the form, the server names all three too, in one answer.
    const forced = (await callFromPage(
      page,
      'recordProgress',
      progressReport(itemId, 'forced-request-2', 1, { grade: 'C', progress: 120 }),
    )) as ApiResult<unknown>;
    const paths = !forced.ok ? (forced.error.fields ?? []).map((f) => f.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['progress', 'issues', 'nextSteps']));
  }));

it('after a failed save of the item form, focuses its first invalid field and shows the message in view', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench }) => {
    const page = await openSidebarFromMenu(workbench, MENU.item);
    await page.getByLabel('柱', { exact: true }).selectOption('2');
    await page.getByLabel('改革', { exact: true }).selectOption('4');
    await page.getByLabel('担当課', { exact: true }).selectOption('企画政策課');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('alert').waitFor();
    const title = page.getByLabel('取組項目', { exact: true });
    const titleId = (await title.getAttribute('id')) as string;
    expect(await focusedId(page)).toBe(titleId);
    expect(await inView(page, `#${titleId}`)).toBe(true);
    expect(await page.locator(`#${titleId}-error`).isVisible()).toBe(true);
  }));
