// Someone マスタ does not name, in the workbench: the sidebars say why everything is read-only and whom to ask,
// including when a department member was typed before any 行革担当 (then nobody is named, so the owner is asked).
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { assignMembers, assignPlanOffice } from '../../harness/sheet-cells';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { MENU, SIDEBAR } from '../../src/domain/messages';

jest.setTimeout(120_000);

const browser = chromiumForTests();
const STRANGER = 'shinnin@city.gyoda.example.jp';

it('names the 行革担当 to ask when the user is not in マスタ', () =>
  withWorkbench(browser(), { fresh: true, user: STRANGER }, async ({ page: workbench, wb }) => {
    assignPlanOffice(wb.env, [PLAN_OFFICE]);
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const note = page.getByRole('note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      `マスタに登録されていません。行革担当（${PLAN_OFFICE}）にご連絡ください。登録されるまで、すべて閲覧のみです。`,
    );
    const item = await openSidebarFromMenu(workbench, MENU.item);
    expect(await item.getByRole('note').textContent()).toBe(SIDEBAR.notInMaster([PLAN_OFFICE]));
    expect(await item.getByRole('button', { name: '保存' }).count()).toBe(0);
  }));

it('asks for a 行革担当 to be registered when a department member was typed before any', () =>
  withWorkbench(browser(), { fresh: true, user: STRANGER }, async ({ page: workbench, wb }) => {
    assignMembers(wb.env, '財政課', ['zaisei@city.gyoda.example.jp']);
    const page = await openSidebarFromMenu(workbench, MENU.progress);
    const note = page.getByRole('note');
    await note.waitFor();
    expect(await note.textContent()).toContain('マスタに行革担当もまだ登録されていない');
    expect(await page.locator('[data-item-id]').first().textContent()).toContain('（閲覧のみ）');
  }));

it('shows no such note to a department member', () =>
  withWorkbench(
    browser(),
    { fresh: true, user: 'zaisei@city.gyoda.example.jp' },
    async ({ page: workbench, wb }) => {
      assignMembers(wb.env, '財政課', ['zaisei@city.gyoda.example.jp']);
      const page = await openSidebarFromMenu(workbench, MENU.progress);
      await page.locator('[data-item-id]').first().waitFor();
      expect(await page.getByRole('note').count()).toBe(0);
    },
  ));
