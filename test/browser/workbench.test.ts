// The workbench in a real headless Chromium: the register set up through the menu (set-up sidebar, then repair), a cell edited through
// onEdit, the user switcher, and the sidebar bridge with google.script.run's copying rules.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumForTests, openWorkbench, screenshotOnFailure } from '../../harness/browser';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { columnLetter } from '../../src/domain/a1';
import { MENU, SETUP } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import type { Workbench } from '../../workbench/server';

jest.setTimeout(120_000);

const FIXTURE = join(__dirname, '..', 'workbench', 'fixtures', 'bundle');
const browser = chromiumForTests();

async function clickMenuItem(page: Page, caption: string): Promise<void> {
  await page.locator('#addon-menu-button').click();
  await page.getByRole('menuitem', { name: caption }).click();
}

describe('the register in the workbench', () => {
  let page: Page;
  let wb: Workbench;
  beforeAll(async () => {
    ({ page, wb } = await openWorkbench(browser()));
  });
  afterAll(async () => {
    await page?.close();
    await wb?.close();
  });

  it('sets up the register from the 拡張機能 menu (the set-up sidebar on a new file), then repairs with an alert', () =>
    screenshotOnFailure(page, async () => {
      expect(await page.locator('#addon-menu-button').isVisible()).toBe(true);
      expect(await page.locator('#addon-menu-button').textContent()).toBe('拡張機能');
      const sidebar = await openSidebarFromMenu(page, MENU.setup);
      await sidebar.getByLabel(SETUP.sample, { exact: true }).check();
      await sidebar.getByRole('button', { name: SETUP.submit }).click();
      await sidebar.getByRole('status').filter({ hasText: 'セットアップが完了しました' }).waitFor();
      await clickMenuItem(page, '台帳のセットアップ・修復');
      const alert = page.locator('#alert');
      await alert.waitFor({ state: 'visible' });
      expect(await page.locator('#alert-prompt').textContent()).toContain('セットアップが完了しました');
      await page.locator('#alert-ok').click();
      await alert.waitFor({ state: 'hidden' });
      await page.getByRole('tab', { name: SHEETS.register }).click();
      const header = wb.env.spreadsheet.displayValues(SHEETS.register)[0]!;
      await page.locator(`td[data-a1="A1"]`).filter({ hasText: header[0]! }).waitFor();
      expect(await page.locator('tr[data-frozen="true"]').count()).toBe(
        wb.env.spreadsheet.sheet(SHEETS.register).frozenRows,
      );
    }));

  it('commits a typed value through onEdit, which marks a progress over 100', () =>
    screenshotOnFailure(page, async () => {
      await page.getByRole('tab', { name: SHEETS.register }).click();
      const header = wb.env.spreadsheet.displayValues(SHEETS.register)[0]!;
      const column = header.indexOf('進捗率(%)');
      expect(column).toBeGreaterThanOrEqual(0);
      const a1 = `${columnLetter(column + 1)}2`;
      const before = wb.env.spreadsheet.cell(SHEETS.register, a1)?.background;
      await page.locator(`td[data-a1="${a1}"]`).dblclick();
      await page.locator('input#cell-editor').fill('150');
      await page.locator('input#cell-editor').press('Enter');
      await page.locator(`td[data-a1="${a1}"]`).filter({ hasText: '150' }).waitFor();
      const cell = wb.env.spreadsheet.cell(SHEETS.register, a1);
      expect(cell?.value).toBe(150);
      expect(cell?.background).not.toBe(before);
      expect(cell?.note ?? '').toContain('進捗率');
      expect(wb.env.triggerErrors).toEqual([]);
      const shown = await page.locator(`td[data-a1="${a1}"]`).evaluate((td) => td.style.backgroundColor);
      expect(shown).not.toBe('');
    }));

  it('marks dropdown and protected cells in the grid', () =>
    screenshotOnFailure(page, async () => {
      await page.getByRole('tab', { name: SHEETS.register }).click();
      expect(await page.locator('td.dropdown').count()).toBeGreaterThan(0);
      const protectedCount = await page.locator('td[data-protected="true"]').count();
      expect(protectedCount > 0).toBe(wb.env.spreadsheet.protections().length > 0);
    }));
});

describe('a sidebar and its google.script.run bridge', () => {
  let page: Page;
  let wb: Workbench;
  beforeAll(async () => {
    ({ page, wb } = await openWorkbench(browser(), { distDir: FIXTURE }));
  });
  afterAll(async () => {
    await page?.close();
    await wb?.close();
  });

  const sidebar = () => page.frameLocator('iframe#sidebar');
  /** Clicks a sidebar button and returns what its success or failure handler wrote (tagged by the user object). */
  async function press(button: string, functionName: string): Promise<string> {
    const result = sidebar().locator('#result');
    await result.evaluate((pre) => {
      pre.textContent = '';
    });
    await sidebar().locator(`#${button}`).click();
    await result.filter({ hasText: new RegExp(`^${functionName} (ok|error)`) }).waitFor();
    return (await result.textContent()) ?? '';
  }

  it('opens at the right, 300 px wide, with its title', () =>
    screenshotOnFailure(page, async () => {
      await clickMenuItem(page, 'サイドバーを開く');
      await page.locator('iframe#sidebar').waitFor({ state: 'visible' });
      expect(await page.locator('#sidebar-title').textContent()).toBe('テスト用サイドバー');
      const box = await page.locator('iframe#sidebar').boundingBox();
      expect(box?.width).toBe(300);
      expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(page.viewportSize()?.width);
    }));

  it('delivers results and errors by the copying rules', () =>
    screenshotOnFailure(page, async () => {
      expect(await press('echo', 'echo')).toBe('echo ok {"echoed":{"a":[1,"x"]}}');
      expect(await press('date', 'today')).toMatch(/^today error .+/);
      // apps-script-facts §1: a "_" name is not sent to the client, so the page's google.script.run has no such method.
      expect(await press('secret', 'secret_')).toBe('secret_ error not offered to the client');
      expect(await press('fail', 'fail')).toBe('fail error わざと失敗しました');
    }));

  it('runs as the user chosen in the switcher', () =>
    screenshotOnFailure(page, async () => {
      expect(await press('who', 'whoAmI')).toBe(`whoAmI ok "${wb.env.activeUser}"`);
      await page.locator('#user-other').fill('kikaku@city.example.jp');
      await page.locator('#user-other-apply').click();
      await page
        .locator('select#user')
        .filter({ has: page.locator('option[value="kikaku@city.example.jp"]') })
        .waitFor();
      expect(await page.locator('select#user').inputValue()).toBe('kikaku@city.example.jp');
      expect(await press('who', 'whoAmI')).toBe('whoAmI ok "kikaku@city.example.jp"');
    }));

  it('closes through google.script.host.close()', () =>
    screenshotOnFailure(page, async () => {
      await sidebar().locator('#close').click();
      await page.locator('iframe#sidebar').waitFor({ state: 'hidden' });
    }));

  it('links a generated document, shown as a readable page', () =>
    screenshotOnFailure(page, async () => {
      await clickMenuItem(page, '文書を作る');
      await page.getByRole('button', { name: '文書（1件）' }).click();
      const link = page.locator('#documents a', { hasText: 'テスト報告書' });
      await link.waitFor();
      const docPage = await browser().newPage();
      try {
        await docPage.goto(new URL((await link.getAttribute('href')) ?? '', wb.url).toString());
        expect(await docPage.locator('h1').textContent()).toBe('見出し<b>一</b>');
        expect(await docPage.locator('p', { hasText: '本文' }).textContent()).toBe(
          '<script>alert(1)</script>本文',
        );
        const cell = docPage.locator('td', { hasText: '項目' });
        expect(await cell.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(255, 204, 0)');
        const image = docPage.locator('img[alt="chart.svg"]');
        expect(await image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
        expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(40);
      } finally {
        await docPage.close();
      }
    }));
});
