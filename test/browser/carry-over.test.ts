// A new round's report in Chromium: the previous 課題 and 今後の方針 do not slip in unseen; the fields start empty
// and 「前回の内容を引き継ぐ」 takes them over when the user asks.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { PLAN_OFFICE } from '../../harness/register';
import { callFromPage, openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ApiResult } from '../../src/domain/api';
import { MENU, SIDEBAR } from '../../src/domain/messages';

jest.setTimeout(120_000);

const browser = chromiumForTests();

it('starts a new round with empty 課題 and 今後の方針 and takes them over on request', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench }) => {
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const first = page.locator('[data-item-id]').first();
    const itemId = (await first.getAttribute('data-item-id')) as string;
    const earlier = (await callFromPage(
      page,
      'recordProgress',
      progressReport(itemId, 'earlier-round-1', 1, {
        grade: 'C',
        progress: 20,
        issues: '予算が確保できない',
        nextSteps: '来年度に再検討する',
      }),
    )) as ApiResult<unknown>;
    expect(earlier.ok).toBe(true);

    await page.getByLabel('報告回', { exact: true }).selectOption('R4-H2');
    await page.locator(`[data-item-id="${itemId}"]`).click();
    await page.getByRole('form').waitFor();
    const issues = page.getByLabel('課題', { exact: true });
    const nextSteps = page.getByLabel('今後の方針', { exact: true });
    expect(await issues.inputValue()).toBe('');
    expect(await nextSteps.inputValue()).toBe('');

    await page.getByRole('button', { name: SIDEBAR.carryOver }).click();
    expect(await issues.inputValue()).toBe('予算が確保できない');
    expect(await nextSteps.inputValue()).toBe('来年度に再検討する');
    expect(await page.getByRole('button', { name: SIDEBAR.carryOver }).count()).toBe(0);
  }));
