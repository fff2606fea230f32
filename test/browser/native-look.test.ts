// Looking native in Sheets, in Chromium: each sidebar links Google's add-on stylesheet with the local style as the
// offline fallback (here, offline, the buttons still wear add-ons1.css's colours), Google's button classes on the
// main and the create steps, and a ヘルプ menu item opening a short guide with the version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { HELP, MENU, REPORT } from '../../src/domain/messages';

jest.setTimeout(120_000);

const browser = chromiumForTests();
const STYLESHEET = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';
const version = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

it('links add-ons1.css after the local style and uses its action and create classes', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench }) => {
    const page = await openSidebarFromMenu(workbench, MENU.item);
    await page.getByRole('button', { name: '保存' }).waitFor();
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('head style, head link[rel=stylesheet]')].map((el) =>
        el.tagName === 'LINK' ? (el as HTMLLinkElement).href : 'local',
      ),
    );
    expect(sheets).toEqual(['local', STYLESHEET]);
    // A new item is made by a create button, green as in add-ons1.css even with the stylesheet unreachable.
    const save = page.getByRole('button', { name: '保存' });
    expect(await save.getAttribute('class')).toBe('create');
    expect(await save.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(53, 170, 71)');

    const report = await openSidebarFromMenu(workbench, MENU.report);
    expect(await report.getByRole('button', { name: REPORT.sidebar.generate }).getAttribute('class')).toBe(
      'create',
    );
  }));

it('opens a short guide with the version from the ヘルプ menu item', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench }) => {
    const page = await openSidebarFromMenu(workbench, MENU.help);
    expect(await page.getByRole('region', { name: '担当課の方' }).locator('li').first().textContent()).toBe(
      HELP.sections[1].steps[0],
    );
    expect(await page.getByText(`バージョン ${version}`).isVisible()).toBe(true);
  }));
