// A reporting round run from the 報告回 sidebar in Chromium, through the workbench: a refused start says why beside
// 開始; a round started with a picked deadline (shown in 和暦) becomes the current one; its 未報告 is grouped by
// department; reminders are previewed, refused whole when the quota is short, confirmed and mailed (MailApp's record
// and 督促ログ), or copied; the round is closed after a confirmation; the progress sidebar shows the deadline and days
// left, then 締切済. A department user is told why the sidebar is not theirs.
import type { Frame, Page } from 'playwright-core';
import type { Environment } from '../../emulator';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { ok, PLAN_OFFICE } from '../../harness/register';
import { assignMembers, assignPlanOffice } from '../../harness/sheet-cells';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { SummaryView } from '../../src/domain/api';
import { formatWarekiDate, isoDateInTokyo } from '../../src/domain/fiscal-year';
import { MENU, ROUNDS } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { listed } from '../support/items';

jest.setTimeout(180_000);
const browser = chromiumForTests();
const T = ROUNDS.sidebar;

const DIGITAL = ['tanaka@city.gyoda.example.jp', 'yamada@city.gyoda.example.jp'];
const ASSETS = ['sato@city.gyoda.example.jp'];
const FINANCE_USER = 'zaisei@city.gyoda.example.jp';
const LABEL = '令和8年度 下半期';

/** The Tokyo calendar day `days` after the workbench's virtual now. */
const dayAfter = (env: Environment, days: number) =>
  isoDateInTokyo(new Date(env.now + days * 24 * 60 * 60 * 1000));

const masterRounds = (env: Environment) =>
  ok<SummaryView>(env.scriptRun('getSummaryView', [], { user: PLAN_OFFICE })).master.rounds;

function mapDepartments(env: Environment): void {
  assignPlanOffice(env, [PLAN_OFFICE]);
  assignMembers(env, 'デジタル推進課', DIGITAL);
  assignMembers(env, '資産管理課', ASSETS);
}

const roundsSidebar = async (workbench: Page): Promise<Frame> => {
  const page = await openSidebarFromMenu(workbench, ROUNDS.menu);
  await page.locator('#round-label').waitFor();
  return page;
};

const deadlineLine = async (workbench: Page): Promise<string> => {
  const page = await openSidebarFromMenu(workbench, MENU.progress);
  const line = page.locator('#round-deadline');
  await line.waitFor();
  return (await line.textContent()) ?? '';
};

it('starts a round, shows its 未報告 by department, reminds, closes it, and the progress sidebar shows the deadline', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    mapDepartments(env);
    const due = dayAfter(env, 5);
    let page = await roundsSidebar(workbench);
    const roundsBefore = masterRounds(env);

    // Refusals beside 開始, in Japanese, with nothing added: a missing name (the form's check), a name in use (the
    // server's).
    const open = page.getByRole('button', { name: T.open, exact: true });
    await open.click();
    const refusal = page.getByRole('alert');
    expect(await refusal.textContent()).toContain('報告回の名称');
    await page.fill('#round-label', roundsBefore[0]?.label ?? '');
    await page.fill('#round-due', due);
    await open.click();
    await page
      .getByText(ROUNDS.labelTaken(roundsBefore[0]?.label ?? ''))
      .first()
      .waitFor();
    expect(masterRounds(env)).toEqual(roundsBefore);

    // Started: the deadline in 和暦 beside the picker, then the round is listed as current and open.
    await page.fill('#round-label', LABEL);
    expect(await page.locator('#round-due-wareki').textContent()).toBe(formatWarekiDate(due));
    await open.click();
    await page.getByText(T.opened(LABEL)).waitFor();
    const started = masterRounds(env).find((r) => r.label === LABEL);
    expect(started).toMatchObject({ fiscalYear: 2026, dueDate: due });
    const row = page.locator(`tr[data-round-id="${started?.id}"]`);
    expect(await row.locator('th').textContent()).toBe(`${LABEL}${T.current}`);
    expect(await row.locator('td').allTextContents()).toEqual([
      formatWarekiDate(due),
      ROUNDS.openLabel,
      T.close,
    ]);
    expect(await page.locator('tr.current').count()).toBe(1);

    // 未報告: every item of the new round, by department with counts, as the item list counts them.
    const expected = new Map<string, string[]>();
    for (const item of listed(env, { roundId: started?.id ?? '' }, { user: PLAN_OFFICE }))
      expected.set(item.department, [...(expected.get(item.department) ?? []), item.id]);
    await page.getByRole('heading', { name: T.unreportedHeading(LABEL) }).waitFor();
    // In マスタ's department order.
    const view = ok<SummaryView>(env.scriptRun('getSummaryView', [], { user: PLAN_OFFICE }));
    const order = view.master.departments.map((d) => d.name).filter((name) => expected.has(name));
    expect(order).toHaveLength(expected.size);
    const groups = page.locator('.unreported details');
    expect(await groups.locator('.department').allTextContents()).toEqual(order);
    expect(await groups.locator('.count').allTextContents()).toEqual(
      order.map((name) => T.departmentCount(expected.get(name)?.length ?? 0)),
    );
    const digital = page.locator('.unreported details[data-department="デジタル推進課"]');
    await digital.locator('summary').click();
    expect(await digital.locator('.item-id').allTextContents()).toEqual(expected.get('デジタル推進課'));
    expect(await digital.locator('li').first().textContent()).toMatch(/^\d+-\d+-\d+ \S/);

    // A quota too small for every recipient: the preview says so, and 送信 is refused with nothing sent.
    const mail = env.services.mail;
    if (!mail) throw new Error('MailApp keeps no record');
    mail.dailyRecipients = 2;
    await page.getByRole('button', { name: T.preview }).click();
    await page.getByText(T.quotaLine(3, 2)).waitFor();
    await page.getByRole('button', { name: T.send }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: T.confirmSendYes }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: ROUNDS.quotaTooSmall(3, 2) })
      .waitFor();
    expect(mail.sent).toEqual([]);
    mail.dailyRecipients = 100;

    // 督促: the recipients and today's quota first, then a confirmation, then one mail per department with members.
    await page.getByRole('button', { name: T.preview }).click();
    await page.getByText(T.quotaLine(3, 100)).waitFor();
    expect(await page.locator('.recipients li[data-department="デジタル推進課"] .hint').textContent()).toBe(
      T.to(DIGITAL.join('、')),
    );
    expect(await page.locator('.recipients li[data-department="財政課"] .hint').textContent()).toBe(
      T.noMembersShort,
    );
    expect(env.services.mail?.sent ?? []).toEqual([]);
    await page.getByRole('button', { name: T.send }).click();
    const question = page.getByRole('alertdialog');
    expect(await question.locator('p').textContent()).toBe(T.confirmSend(2, 3));
    await question.getByRole('button', { name: T.confirmSendYes }).click();
    await page.getByText(T.sent(2, 97)).waitFor();
    const sent = env.services.mail?.sent ?? [];
    expect(sent.map((m) => m.to)).toEqual([DIGITAL, ASSETS]);
    for (const mail of sent) expect(mail.subject).toContain(LABEL);
    expect(sent[0]?.body).toContain(expected.get('デジタル推進課')?.[0]);
    const log = env.spreadsheet.values(SHEETS.reminderLog).slice(1);
    expect(log.map((r) => [r[3], r[4]])).toEqual([
      [started?.id, 'デジタル推進課'],
      [started?.id, '資産管理課'],
    ]);

    // Where mail is not wanted: the department without members has its text ready to copy.
    const finance = page.locator('.copy-text').filter({ hasText: T.copyText('財政課') });
    const text = await finance.locator('textarea').inputValue();
    expect(text).toContain('財政課 ご担当者様');
    expect(text).toContain(formatWarekiDate(due));
    await finance.getByRole('button', { name: T.copy }).click();
    // The copy answers once the clipboard has: wait for its word, then check it is one of the two.
    const copyStatus = finance.getByRole('status').filter({ hasText: /\S/ });
    await copyStatus.waitFor();
    expect([T.copied, T.copySelected]).toContain(await copyStatus.textContent());

    // The progress sidebar: the deadline in 和暦 and the days left.
    expect(await deadlineLine(workbench)).toBe(
      `${ROUNDS.due(formatWarekiDate(due))}（${ROUNDS.daysLeft(5)}）`,
    );

    // Closing asks first; stopping changes nothing, going on closes the round.
    page = await roundsSidebar(workbench);
    const closeButton = page
      .locator(`tr[data-round-id="${started?.id}"]`)
      .getByRole('button', { name: T.close });
    await closeButton.click();
    await page.getByRole('alertdialog').getByRole('button', { name: T.cancel }).click();
    expect(masterRounds(env).find((r) => r.id === started?.id)?.closed).toBeUndefined();
    await closeButton.click();
    await page.getByRole('alertdialog').getByRole('button', { name: T.confirmCloseYes }).click();
    await page.getByText(T.closed(LABEL)).waitFor();
    expect(masterRounds(env).find((r) => r.id === started?.id)?.closed).toBe(true);
    const closedRow = page.locator(`tr[data-round-id="${started?.id}"]`);
    expect(await closedRow.locator('td').allTextContents()).toEqual([
      formatWarekiDate(due),
      ROUNDS.closedLabel,
      '',
    ]);
    expect(await page.getByRole('button', { name: T.preview }).count()).toBe(0);

    expect(await deadlineLine(workbench)).toBe(
      `${ROUNDS.due(formatWarekiDate(due))}（${ROUNDS.closedLabel}）`,
    );
  }));

it('tells a department user that rounds are the plan office’s, and offers no form', () =>
  withWorkbench(browser(), { fresh: true, user: FINANCE_USER }, async ({ page: workbench, wb }) => {
    assignPlanOffice(wb.env, [PLAN_OFFICE]);
    assignMembers(wb.env, '財政課', [FINANCE_USER]);
    const page = await openSidebarFromMenu(workbench, ROUNDS.menu);
    await page.getByRole('note').waitFor();
    expect(await page.getByRole('note').textContent()).toBe(T.planOfficeOnly);
    expect(await page.locator('#round-label').count()).toBe(0);
  }));
