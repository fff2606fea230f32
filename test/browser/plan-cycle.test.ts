// A new city's whole cycle in Chromium, through the workbench (issue 17): the plan set up in the set-up sidebar, a
// round opened with its deadline in 報告回の管理, a department's report in the progress sidebar, the plan office's
// review (one 差戻し, resubmitted, then a 最終評価), the reminder text of the department still unreported, the round
// closed, a report after closing refused with the Japanese message shown, and the next round opened and reported in.
import type { Frame, Page } from 'playwright-core';
import type { Environment } from '../../emulator';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE } from '../../harness/register';
import { assignMembers } from '../../harness/sheet-cells';
import { openSidebarFromMenu, switchUser } from '../../harness/workbench-sidebar';
import type { ApiResult, ItemDetail, SummaryView } from '../../src/domain/api';
import { formatWarekiDate, isoDateInTokyo } from '../../src/domain/fiscal-year';
import { DEADLINE, MENU, REVIEW, ROUNDS, SETUP, SIDEBAR } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { OTHER_CITY, OTHER_CITY_OUTLINE } from '../support/new-plan';

jest.setTimeout(240_000);

const browser = chromiumForTests();
const T = ROUNDS.sidebar;
const SOMU = 'somu@city.tokorozawa.example.jp';
const LABEL = '令和7年度 上半期';
const NEXT_LABEL = '令和7年度 下半期';
const REASON = '実績の根拠を記入してください';

const kinds = (env: Environment) => env.spreadsheet.values(SHEETS.history).map((row) => row[2]);

/** An item saved as the item sidebar saves it (that sidebar has its own test). */
function create(env: Environment, requestId: string, title: string, department: string): string {
  const saved = ok<{ item: { id: string } }>(
    env.scriptRun('saveItem', [
      {
        requestId,
        pillarNo: 5,
        reformNo: 11,
        title,
        description: '',
        department,
        relatedDepartments: [],
        schedule: { '2025': '実施', '2026': '', '2027': '', '2028': '' },
        indicator: { name: '', unit: '', baseline: null, target: null },
        savingsPlan: { cut: null, revenue: null },
      },
    ]),
  );
  return saved.item.id;
}

async function progressItem(workbench: Page, id: string): Promise<Frame> {
  const page = await openSidebarFromMenu(workbench, MENU.progress);
  await page.locator(`[data-item-id="${id}"]`).click();
  await page.getByRole('heading', { name: new RegExp(`^${id} `) }).waitFor();
  return page;
}

async function report(page: Frame, activity: string): Promise<void> {
  await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
  await page.getByLabel('進捗率', { exact: true }).fill('40');
  await page.getByLabel('評価', { exact: true }).selectOption('A');
  await page.getByLabel('取組状況', { exact: true }).fill(activity);
  await page.getByRole('button', { name: '保存' }).click();
}

/** The department member opens the item in 進捗の入力, sees the round's deadline and days left, and reports. */
async function reportAsDepartment(
  workbench: Page,
  id: string,
  due: string,
  daysLeft: number,
  activity: string,
) {
  await switchUser(workbench, SOMU);
  const page = await progressItem(workbench, id);
  expect(await page.locator('#round-deadline').textContent()).toBe(
    `${ROUNDS.due(formatWarekiDate(due))}（${ROUNDS.daysLeft(daysLeft)}）`,
  );
  await report(page, activity);
  await page
    .getByRole('status')
    .filter({ hasText: SIDEBAR.recorded(id) })
    .waitFor();
}

async function decide(page: Frame, decision: 'return' | 'final', note: string, said: string) {
  const review = page.getByRole('region', { name: REVIEW.formHeading });
  await review.getByLabel(REVIEW.decisionLabel, { exact: true }).selectOption(decision);
  if (decision === 'final')
    await review.getByLabel(REVIEW.finalGradeLabel, { exact: true }).selectOption('B');
  const noteLabel = decision === 'final' ? REVIEW.commentLabel : REVIEW.reasonLabel;
  await review.getByLabel(noteLabel, { exact: true }).fill(note);
  await review.getByRole('button', { name: REVIEW.save }).click();
  await review.getByRole('status').filter({ hasText: said }).waitFor();
}

it('runs a new city’s rounds: set-up, open, report, return and resubmit, review, remind, close, open the next', () =>
  withWorkbench(browser(), { user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    // Set-up: a new plan; the answer points to 報告回の管理 for the round.
    const setup = await openSidebarFromMenu(workbench, MENU.setup);
    await setup.getByLabel(SETUP.planNameLabel, { exact: true }).fill(OTHER_CITY.planName);
    await setup.getByLabel(SETUP.cityLabel, { exact: true }).fill(OTHER_CITY.city);
    await setup.getByLabel(SETUP.codeLabel, { exact: true }).fill(OTHER_CITY.code);
    await setup.getByLabel(SETUP.startLabel, { exact: true }).selectOption('2025');
    await setup.getByLabel(SETUP.endLabel, { exact: true }).selectOption('2028');
    await setup.getByLabel(SETUP.outlineLabel, { exact: true }).fill(OTHER_CITY_OUTLINE);
    await setup.getByLabel(SETUP.departmentsLabel, { exact: true }).fill('総務課\n財政課');
    await setup.getByRole('button', { name: SETUP.submit }).click();
    const done = setup.getByRole('status').filter({ hasText: SETUP.madePlanOffice(PLAN_OFFICE) });
    await done.waitFor();
    expect(await done.textContent()).toContain(`「${ROUNDS.menu}」で報告回を開始し`);
    const mine = create(env, 'cycle-create-1', '公民館の統合', '総務課');
    const theirs = create(env, 'cycle-create-2', '施設使用料の見直し', '財政課');
    assignMembers(env, '総務課', [SOMU]);

    // 報告回の管理: the round opened with its deadline, shown in 和暦.
    const due = isoDateInTokyo(new Date(env.now + 5 * 24 * 60 * 60 * 1000));
    let page = await openSidebarFromMenu(workbench, ROUNDS.menu);
    await page.fill('#round-label', LABEL);
    await page.fill('#round-due', due);
    expect(await page.locator('#round-due-wareki').textContent()).toBe(formatWarekiDate(due));
    await page.getByRole('button', { name: T.open, exact: true }).click();
    await page.getByText(T.opened(LABEL)).waitFor();

    // The department reports; its deadline is on show.
    await reportAsDepartment(workbench, mine, due, 5, '地元説明会を開いた');

    // The plan office returns it; the department resubmits; the plan office records the 最終評価.
    await switchUser(workbench, PLAN_OFFICE);
    page = await progressItem(workbench, mine);
    await decide(page, 'return', REASON, REVIEW.returned(mine));
    await switchUser(workbench, SOMU);
    page = await progressItem(workbench, mine);
    expect(await page.locator('#returned-note').textContent()).toBe(
      REVIEW.returnedBanner(REASON, PLAN_OFFICE),
    );
    await report(page, '地元説明会を2回開いた（参加者名簿あり）');
    await page
      .getByRole('status')
      .filter({ hasText: SIDEBAR.recorded(mine) })
      .waitFor();
    await switchUser(workbench, PLAN_OFFICE);
    page = await progressItem(workbench, mine);
    await decide(page, 'final', '根拠を確認した', REVIEW.saved(mine));
    expect(kinds(env).filter((k) => k === '進捗報告')).toHaveLength(2);
    expect(kinds(env).filter((k) => k === '差戻し')).toHaveLength(1);

    // The reminder: 財政課 is still unreported and has no members, so its text is ready to copy.
    page = await openSidebarFromMenu(workbench, ROUNDS.menu);
    const unreported = page.locator('.unreported details[data-department="財政課"]');
    await unreported.locator('summary').click();
    expect(await unreported.locator('.item-id').allTextContents()).toEqual([theirs]);
    expect(await page.locator('.unreported details').count()).toBe(1);
    await page.getByRole('button', { name: T.preview }).click();
    const text = await page
      .locator('.copy-text')
      .filter({ hasText: T.copyText('財政課') })
      .locator('textarea')
      .inputValue();
    expect(text).toContain('財政課 ご担当者様');
    expect(text).toContain(theirs);
    expect(text).toContain(formatWarekiDate(due));

    // Closed after its meeting.
    const roundId = ok<SummaryView>(env.scriptRun('getSummaryView', [])).master.currentRoundId ?? '';
    const close = page.locator(`tr[data-round-id="${roundId}"]`).getByRole('button', { name: T.close });
    await close.click();
    await page.getByRole('alertdialog').getByRole('button', { name: T.confirmCloseYes }).click();
    await page.getByText(T.closed(LABEL)).waitFor();

    // A report after closing: the sidebar says why in Japanese, and the server refuses it with nothing written.
    await switchUser(workbench, SOMU);
    page = await progressItem(workbench, mine);
    expect(
      await page
        .getByRole('note')
        .filter({ hasText: DEADLINE.closedRound(LABEL) })
        .count(),
    ).toBe(1);
    const rows = env.spreadsheet.values(SHEETS.history).length;
    const { item } = ok<ItemDetail>(env.scriptRun('getItem', [mine, roundId], { user: SOMU }));
    const late = env.scriptRun(
      'recordProgress',
      [progressReport(mine, 'cycle-late', item.revision, { roundId })],
      { user: SOMU },
    ) as ApiResult<unknown>;
    expect(late).toMatchObject({ ok: false, error: { message: ROUNDS.closedRound(LABEL) } });
    expect(env.spreadsheet.values(SHEETS.history)).toHaveLength(rows);

    // The second round: opened by the plan office, it becomes the current one, and the department reports in it.
    await switchUser(workbench, PLAN_OFFICE);
    const nextDue = isoDateInTokyo(new Date(env.now + 30 * 24 * 60 * 60 * 1000));
    page = await openSidebarFromMenu(workbench, ROUNDS.menu);
    await page.fill('#round-label', NEXT_LABEL);
    await page.fill('#round-due', nextDue);
    await page.getByRole('button', { name: T.open, exact: true }).click();
    await page.getByText(T.opened(NEXT_LABEL)).waitFor();
    const nextRoundId = ok<SummaryView>(env.scriptRun('getSummaryView', [])).master.currentRoundId ?? '';
    expect(nextRoundId).not.toBe(roundId);
    await reportAsDepartment(workbench, mine, nextDue, 30, '統合後の運営方法を決めた');
    const reports = env.spreadsheet.values(SHEETS.history).filter((row) => row[2] === '進捗報告');
    expect(reports.map((row) => row.includes(nextRoundId))).toEqual([false, false, true]);
  }));
