// The item sidebar edits the yearly plan: per 年度 the indicator's 目標値 and the 効果額 目標 (a △ amount is negative),
// and the 効果区分, saved to the register's per-year columns; the progress sidebar records the round year's actuals;
// the 集計 sidebar shows the ledger by 年度.
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { registerValue } from '../../harness/sheet-cells';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, SUMMARY } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();

it('saves yearly targets typed in the item sidebar, a △ amount as negative', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const page = await openSidebarFromMenu(workbench, MENU.item);
    await page.getByLabel('柱', { exact: true }).selectOption('2');
    await page.getByLabel('改革', { exact: true }).selectOption('4');
    await page.getByLabel('取組項目', { exact: true }).fill('公共施設の再配置');
    await page.getByLabel('担当課', { exact: true }).selectOption('企画政策課');
    await page.getByLabel('効果区分', { exact: true }).selectOption('継続');
    const r5 = page.getByRole('group', { name: '令和5年度' });
    await r5.getByLabel('効果額 歳出削減').fill('△300');
    await r5.getByLabel('効果額 歳入確保').fill('1,500');
    await page.getByRole('group', { name: '令和6年度' }).getByLabel('目標値').fill('12');
    await page.getByRole('button', { name: '保存' }).click();
    const saved = await page.getByRole('status').filter({ hasText: '登録しました' }).textContent();
    const id = /「(.+?)」/.exec(saved ?? '')?.[1] ?? '';
    expect(registerValue(wb.env, id, '効果区分')).toBe('継続');
    expect(registerValue(wb.env, id, '令和5年度効果額目標_歳出削減(千円)')).toBe(-300);
    expect(registerValue(wb.env, id, '令和5年度効果額目標_歳入確保(千円)')).toBe(1500);
    expect(registerValue(wb.env, id, '令和6年度目標値')).toBe(12);
    expect(registerValue(wb.env, id, '令和4年度効果額目標_歳出削減(千円)')).toBe('');
  }));

it('records the round year’s actuals in the progress sidebar, a △ amount as negative, as 確定', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const first = page.locator('[data-item-id]').first();
    const itemId = (await first.getAttribute('data-item-id')) as string;
    await first.click();
    // The seed's current round is in 令和4年度: the heading names the year the actuals are for.
    await page.getByRole('heading', { name: '令和4年度の効果額実績（千円）' }).waitFor();
    await page.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
    await page.getByLabel('進捗率', { exact: true }).fill('40');
    await page.getByLabel('評価', { exact: true }).selectOption('A');
    await page.getByLabel('歳出削減', { exact: true }).fill('△250');
    await page.getByLabel('実績の区分', { exact: true }).selectOption('確定');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '進捗を保存しました' }).waitFor();
    expect(registerValue(wb.env, itemId, '効果額実績_歳出削減(千円)')).toBe(-250);
    expect(registerValue(wb.env, itemId, '実績の区分')).toBe('確定');
  }));

it('the 集計 sidebar shows the ledger by 年度, a negative target with △', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    const header = wb.env.spreadsheet.values(SHEETS.register)[0] as unknown[];
    const column = header.indexOf('令和4年度効果額目標_歳出削減(千円)') + 1;
    wb.env.spreadsheet.edit(SHEETS.register, 2, column, [[-500]]);
    // The plan office adopts the typed target: until then it is a hand edit, counted nowhere.
    wb.env.scriptRun('adoptHandEdits', [null]);
    const page = await openSidebarFromMenu(workbench, MENU.summary);
    await page.getByRole('button', { name: SUMMARY.refresh }).click();
    await page.getByRole('status').filter({ hasText: '令和4年度 上半期の集計' }).waitFor();
    const ledger = page.getByRole('region', { name: '年度別の効果額（千円）' });
    const year = ledger.locator('tr', { has: page.locator('th:text-is("令和4年度")') }).locator('td');
    expect(await year.first().textContent()).toBe('△500');
    const period = ledger.locator('tr', { has: page.locator('th:text-is("計画期間計")') }).locator('td');
    expect(await period.first().textContent()).toBe('△500');
  }));
