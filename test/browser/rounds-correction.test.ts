// A closed round in the 進捗の入力 sidebar, in Chromium: the plan office corrects a report only with a reason (asked
// under 訂正理由 before anything is sent), which the history records; a department user finds the form read-only
// with the reason why.
import type { Environment } from '../../emulator';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { ok, PLAN_OFFICE } from '../../harness/register';
import { assignMembers, assignPlanOffice, registerValue } from '../../harness/sheet-cells';
import { openSidebarFromMenu, switchUser } from '../../harness/workbench-sidebar';
import type { SummaryView } from '../../src/domain/api';
import { MENU, ROUNDS } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);
const browser = chromiumForTests();

const FINANCE_USER = 'zaisei@city.gyoda.example.jp';
const REASON = '会議資料との相違を修正';

const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history);

it('lets the plan office correct a closed round’s report with a reason, and shows others why they cannot', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    assignPlanOffice(env, [PLAN_OFFICE]);
    assignMembers(env, '財政課', [FINANCE_USER]);
    const view = ok<SummaryView>(env.scriptRun('getSummaryView', [], { user: PLAN_OFFICE }));
    const round = view.master.rounds.find((r) => r.id === view.defaultRoundId);
    ok(env.scriptRun('closeRound', [view.defaultRoundId], { user: PLAN_OFFICE }));

    let page = await openSidebarFromMenu(workbench, MENU.progress);
    expect(await page.locator('#round-deadline').textContent()).toContain(ROUNDS.closedLabel);
    const first = page.locator('[data-item-id]').first();
    const itemId = (await first.getAttribute('data-item-id')) as string;
    await first.click();
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('進捗率', { exact: true }).fill('45');
    await page.getByLabel('評価', { exact: true }).selectOption('A');
    const rowsBefore = historyRows(env).length;
    await page.getByRole('button', { name: '保存' }).click();
    const reason = page.getByLabel('訂正理由', { exact: true });
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    const messageId = ((await reason.getAttribute('aria-describedby')) ?? '').split(' ')[0];
    expect(await page.locator(`#${messageId}`).textContent()).toBe(
      ROUNDS.correctionNeedsReason(round?.label ?? ''),
    );
    expect(historyRows(env)).toHaveLength(rowsBefore);

    await reason.fill(REASON);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '進捗を保存しました' }).waitFor();
    expect(registerValue(env, itemId, '進捗率(%)')).toBe(45);
    const rows = historyRows(env);
    const changes = (rows[0] as unknown[]).indexOf('変更内容');
    expect(String(rows.at(-1)?.[changes])).toContain(ROUNDS.correction(REASON));

    // A department user: the own item's form is read-only in the closed round, with the reason and no 保存.
    await switchUser(workbench, FINANCE_USER);
    page = await openSidebarFromMenu(workbench, MENU.progress);
    const own = page.locator('[data-item-id]').first();
    await own.click();
    await page.getByText(ROUNDS.closedRound(round?.label ?? '')).waitFor();
    expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);
    expect(await page.getByLabel('訂正理由', { exact: true }).count()).toBe(0);
    // Another department's item says the same: the round, not the department, is why.
    const other = page.locator('[data-item-id]').last();
    const otherId = (await other.getAttribute('data-item-id')) as string;
    await other.click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${otherId} `) }).waitFor();
    expect(
      await page
        .getByRole('note')
        .filter({ hasText: ROUNDS.closedRound(round?.label ?? '') })
        .count(),
    ).toBe(1);
  }));
