// The 進捗の入力 sidebar in Chromium: a report is recorded, the next item offered; a late grade without 課題 is refused.
import type { Frame } from 'playwright-core';
import type { Environment } from '../../emulator';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { PLAN_OFFICE } from '../../harness/register';
import { registerValue } from '../../harness/sheet-cells';
import { callFromPage, openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ApiResult } from '../../src/domain/api';
import { MENU, RULES } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

const progressRows = (env: Environment) =>
  env.spreadsheet.values(SHEETS.history).filter((row) => row[2] === '進捗報告');

/** A fresh workbench with the 進捗の入力 sidebar open on the first item of its list, for one test body. */
function withFirstItem(body: (opened: { env: Environment; page: Frame; itemId: string }) => Promise<void>) {
  return withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const first = page.locator('[data-item-id]').first();
    const itemId = (await first.getAttribute('data-item-id')) as string;
    await first.click();
    await body({ env: wb.env, page, itemId });
  });
}

it('records progress for an item and offers the next unreported one', () =>
  withFirstItem(async ({ env, page, itemId }) => {
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('進捗率', { exact: true }).fill('40');
    await page.getByLabel('評価', { exact: true }).selectOption('A');
    await page.getByLabel('取組状況', { exact: true }).fill('申請様式の電子化を進めた');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '進捗を保存しました' }).waitFor();

    expect(registerValue(env, itemId, '進捗状況')).toBe('実施中');
    expect(registerValue(env, itemId, '進捗率(%)')).toBe(40);
    expect(progressRows(env)).toHaveLength(1);
    const next = page.getByRole('button', { name: /次の未報告の取組へ/ });
    await next.click();
    await page.getByRole('form').waitFor();
    const opened = await page.locator('[aria-current="true"]').getAttribute('data-item-id');
    expect(opened).not.toBe(itemId);
  }));

it('refuses a late grade without 課題 with the message under 課題, in the client and on the server alike', () =>
  withFirstItem(async ({ env, page, itemId }) => {
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('評価', { exact: true }).selectOption('C');
    await page.getByLabel('今後の方針', { exact: true }).fill('来年度に再検討する');
    await page.getByRole('button', { name: '保存' }).click();

    const issues = page.getByLabel('課題', { exact: true });
    const messageId = ((await issues.getAttribute('aria-describedby')) ?? '').split(' ')[0];
    expect(await page.locator(`#${messageId}`).textContent()).toBe(RULES.lateNeedsIssues('C'));
    expect(await issues.getAttribute('aria-invalid')).toBe('true');
    expect(progressRows(env)).toHaveLength(0);

    // The same payload sent past the form: the server refuses it with the same message for the same field.
    const forced = (await callFromPage(
      page,
      'recordProgress',
      progressReport(itemId, 'forced-request-1', 1, { grade: 'C', nextSteps: '来年度に再検討する' }),
    )) as ApiResult<unknown>;
    expect(forced.ok).toBe(false);
    expect(!forced.ok && forced.error.fields).toContainEqual({
      path: 'issues',
      message: RULES.lateNeedsIssues('C'),
    });
    expect(progressRows(env)).toHaveLength(0);
  }));
