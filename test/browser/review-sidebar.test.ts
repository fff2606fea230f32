// The review of reports (審査) in the 進捗の入力 sidebar, in Chromium: the plan office returns a department's report
// with a reason (refused in the form without one); the department sees it first in its list with the reason,
// resubmits it, and the plan office records a 最終評価 with a comment.
import type { Environment } from '../../emulator';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu, switchUser } from '../../harness/workbench-sidebar';
import type { ItemDetail } from '../../src/domain/api';
import { MENU, REVIEW, SIDEBAR } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';

jest.setTimeout(180_000);

const browser = chromiumForTests();
const DIGITAL = 'tanaka@city.gyoda.example.jp';
const ITEM = '1-1-01';
const REASON = '実績値の根拠を記入してください';

const kinds = (env: Environment) => env.spreadsheet.values(SHEETS.history).map((row) => row[2]);
const count = (env: Environment, kind: string) => kinds(env).filter((k) => k === kind).length;

it('the plan office returns a report, the department resubmits it, the plan office grades it', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DIGITAL] } });
    const { item } = ok<ItemDetail>(env.scriptRun('getItem', [ITEM, null]));
    ok(
      env.scriptRun('recordProgress', [progressReport(ITEM, 'req-review-browser-01', item.revision)], {
        user: DIGITAL,
      }),
    );

    // The plan office opens the reported item: the review form shows the self-grade.
    let page = await openSidebarFromMenu(workbench, MENU.progress);
    await page.locator(`[data-item-id="${ITEM}"]`).click();
    const review = page.getByRole('region', { name: REVIEW.formHeading });
    await review.getByText(REVIEW.selfGrade('A')).waitFor();
    await review.getByLabel(REVIEW.decisionLabel, { exact: true }).selectOption('return');
    await review.getByRole('button', { name: REVIEW.save }).click();
    // No reason: refused in the form, under the field, nothing written.
    await review.getByText(REVIEW.reasonRequired).waitFor();
    expect(count(env, '差戻し')).toBe(0);
    await review.getByLabel(REVIEW.reasonLabel, { exact: true }).fill(REASON);
    await review.getByRole('button', { name: REVIEW.save }).click();
    await review
      .getByRole('status')
      .filter({ hasText: REVIEW.returned(ITEM) })
      .waitFor();
    expect(count(env, '差戻し')).toBe(1);
    await page.locator('#returned-note').waitFor();

    // The department: the returned report first, with its reason; no review form; resubmitted.
    await switchUser(workbench, DIGITAL);
    page = await openSidebarFromMenu(workbench, MENU.progress);
    const first = page.locator('[data-item-id]').first();
    expect(await first.getAttribute('data-item-id')).toBe(ITEM);
    expect(await first.locator('.entry-reason').textContent()).toBe(REVIEW.returnedReason(REASON));
    await first.click();
    expect(await page.locator('#returned-note').textContent()).toBe(
      REVIEW.returnedBanner(REASON, PLAN_OFFICE),
    );
    expect(await page.getByRole('region', { name: REVIEW.formHeading }).count()).toBe(0);
    await page.getByLabel('実績値', { exact: true }).fill('12');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '進捗を保存しました' }).waitFor();
    expect(count(env, '進捗報告')).toBe(2);
    expect(await page.locator('#returned-note').count()).toBe(0);
    expect(await page.locator(`[data-item-id="${ITEM}"] .badge`).first().textContent()).toBe(
      SIDEBAR.reported,
    );

    // The plan office records the final grade with a comment.
    await switchUser(workbench, PLAN_OFFICE);
    page = await openSidebarFromMenu(workbench, MENU.progress);
    await page.locator(`[data-item-id="${ITEM}"]`).click();
    const again = page.getByRole('region', { name: REVIEW.formHeading });
    await again.getByLabel(REVIEW.finalGradeLabel, { exact: true }).selectOption('B');
    await again.getByLabel(REVIEW.commentLabel, { exact: true }).fill('根拠を確認した');
    await again.getByRole('button', { name: REVIEW.save }).click();
    await again
      .getByRole('status')
      .filter({ hasText: REVIEW.saved(ITEM) })
      .waitFor();
    expect(count(env, '最終評価')).toBe(1);
    expect(await page.locator('#final-note').textContent()).toBe(REVIEW.finalBanner('B', '根拠を確認した'));
  }));
