// A department user, in the workbench: their department's items come first in the progress list, only those can be saved; other
// items open read-only and a save forced past the form is refused by the server.
import type { Environment } from '../../emulator';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { progressReport } from '../../harness/payloads';
import { assignMembers, registerValue } from '../../harness/sheet-cells';
import { callFromPage, openSidebarFromMenu } from '../../harness/workbench-sidebar';
import type { ApiResult } from '../../src/domain/api';
import { MENU, REGISTER } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const FINANCE = '財政課';
const FINANCE_USER = 'zaisei@city.gyoda.example.jp';

const browser = chromiumForTests();

const progressRows = (env: Environment) =>
  env.spreadsheet.values(SHEETS.history).filter((row) => row[2] === '進捗報告');

it('lists the own department first and saves only its items', () =>
  withWorkbench(browser(), { fresh: true, user: FINANCE_USER }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    assignMembers(env, FINANCE, [FINANCE_USER]);
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const entries = page.locator('[data-item-id]');
    await entries.first().waitFor();
    const departments = await page.locator('[data-item-id] .entry-dept').allTextContents();
    const own = departments.filter((d) => d === FINANCE).length;
    expect(own).toBeGreaterThan(0);
    expect(departments.slice(0, own)).toEqual(Array(own).fill(FINANCE));
    expect(departments.slice(own)).not.toContain(FINANCE);

    // Another department's item: read-only, no save button.
    const otherId = (await entries.nth(own).getAttribute('data-item-id')) as string;
    await entries.nth(own).click();
    await page.getByText('この取組は閲覧のみです').waitFor();
    expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);
    expect(await page.getByLabel('進捗状況', { exact: true }).isDisabled()).toBe(true);

    // The same save forced past the form is refused by the server, and nothing is written.
    const forced = (await callFromPage(
      page,
      'recordProgress',
      progressReport(otherId, 'forced-request-2', 1),
    )) as ApiResult<unknown>;
    expect(forced.ok).toBe(false);
    expect(!forced.ok && forced.error).toMatchObject({ code: 'forbidden' });
    expect(!forced.ok && forced.error.message).toBe(
      REGISTER.forbidden(String(registerValue(env, otherId, '担当課'))),
    );
    expect(progressRows(env)).toHaveLength(0);

    // An own item is saved.
    const ownId = (await entries.first().getAttribute('data-item-id')) as string;
    await entries.first().click();
    await page.getByRole('button', { name: '保存' }).waitFor();
    await page.getByLabel('進捗状況', { exact: true }).selectOption('検討中');
    await page.getByLabel('評価', { exact: true }).selectOption('B');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '進捗を保存しました' }).waitFor();
    expect(registerValue(env, ownId, '進捗状況')).toBe('検討中');
    expect(progressRows(env)).toHaveLength(1);
  }));

it('shows other departments’ items read-only in the item sidebar', () =>
  withWorkbench(browser(), { fresh: true, user: FINANCE_USER }, async ({ page: workbench, wb }) => {
    const env = wb.env;
    assignMembers(env, FINANCE, [FINANCE_USER]);
    const page = await openSidebarFromMenu(workbench, MENU.item);
    await page.locator('#item-picker option[value="1-1-01"]').waitFor({ state: 'attached' });
    const options = await page.locator('#item-picker option').allTextContents();
    const readOnly = options.filter((o) => o.endsWith('（閲覧のみ）'));
    expect(readOnly.length).toBeGreaterThan(0);
    expect(readOnly.length).toBeLessThan(options.length - 1);
    const otherId = readOnly[0]!.split(' ')[0]!;
    await page.getByLabel('取組', { exact: true }).selectOption(otherId);
    await page.getByText('この取組は閲覧のみです').waitFor();
    expect(await page.getByLabel('取組項目', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);
  }));
