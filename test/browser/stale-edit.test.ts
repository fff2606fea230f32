// Two users, each in their own workbench page, edit the same item in their own item sidebar: the second save is refused as stale, shows what changed, and
// after reloading both changes end up in the register and the history (nothing is lost, nothing duplicated).

import { chromiumForTests, openWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { registerValue } from '../../harness/sheet-cells';
import { openSidebarFromMenu, switchUser } from '../../harness/workbench-sidebar';
import { MENU } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const OTHER_USER = 'tanaka@city.gyoda.example.jp';

const browser = chromiumForTests();

it('refuses the second of two concurrent saves, shows the change, and keeps both after a reload', async () => {
  const { page: firstPage, wb } = await openWorkbench(browser(), { fresh: true, user: PLAN_OFFICE });
  const env = wb.env;
  const secondPage = await browser().newPage({ viewport: { width: 1400, height: 800 } });
  await secondPage.goto(wb.url);
  await secondPage.locator('table#grid td[data-a1="A1"]').waitFor();
  const first = await openSidebarFromMenu(firstPage, MENU.item);
  await switchUser(secondPage, OTHER_USER);
  const second = await openSidebarFromMenu(secondPage, MENU.item);
  // Each page shows only its own sidebar.
  expect(first.isDetached()).toBe(false);
  for (const page of [first, second]) {
    await page.locator('#item-picker option[value="1-1-02"]').waitFor({ state: 'attached' });
    await page.getByLabel('取組', { exact: true }).selectOption('1-1-02');
  }
  const originalTitle = registerValue(env, '1-1-02', '取組項目');
  // The seeded item has no 取組内容: the other side of that change shows as 未入力, not "".
  expect(registerValue(env, '1-1-02', '取組内容')).toBe('');

  await first.getByLabel('取組項目', { exact: true }).fill('公共施設予約システムの全面導入');
  await first.getByRole('button', { name: '保存' }).click();
  await first.getByRole('status').filter({ hasText: '保存しました' }).waitFor();

  await second.getByLabel('取組内容', { exact: true }).fill('予約と支払をオンラインで完結させる');
  await second.getByRole('button', { name: '保存' }).click();
  const alert = second.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(PLAN_OFFICE);
  const changedRow = alert.locator('tr', { hasText: '取組項目' });
  expect(await changedRow.locator('td').last().textContent()).toBe('公共施設予約システムの全面導入');
  expect(await changedRow.locator('td').first().textContent()).toBe(String(originalTitle));
  // Values as a person reads them: text without quotes, the field's label, both sides of each changed field.
  const rows = await alert
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    );
  expect(rows).toEqual([
    ['取組項目', String(originalTitle), '公共施設予約システムの全面導入'],
    ['取組内容', '予約と支払をオンラインで完結させる', '未入力'],
  ]);
  expect(registerValue(env, '1-1-02', '取組内容')).not.toBe('予約と支払をオンラインで完結させる');

  await alert.getByRole('button', { name: '再読み込み' }).click();
  const title = second.getByLabel('取組項目', { exact: true });
  await second.waitForFunction(() => {
    const input = document.getElementById('f-title') as HTMLInputElement | null;
    return input?.value === '公共施設予約システムの全面導入';
  });
  expect(await title.inputValue()).toBe('公共施設予約システムの全面導入');
  await second.getByLabel('取組内容', { exact: true }).fill('予約と支払をオンラインで完結させる');
  await second.getByRole('button', { name: '保存' }).click();
  await second.getByRole('status').filter({ hasText: '保存しました' }).waitFor();

  expect(registerValue(env, '1-1-02', '取組項目')).toBe('公共施設予約システムの全面導入');
  expect(registerValue(env, '1-1-02', '取組内容')).toBe('予約と支払をオンラインで完結させる');
  const edits = env.spreadsheet
    .values(SHEETS.history)
    .filter((row) => row[4] === '1-1-02' && row[2] === '編集')
    .map((row) => ({ user: row[1], revision: row[5] }));
  expect(edits).toEqual([
    { user: PLAN_OFFICE, revision: 2 },
    { user: OTHER_USER, revision: 3 },
  ]);
  await wb.close();
  await secondPage.close();
  await firstPage.close();
});
