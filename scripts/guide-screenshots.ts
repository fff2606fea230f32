// Takes the user guide's pictures (docs/guide/*.png) in the workbench, each screen reached as a user reaches it:
// set-up on a new file, マスタ, a department's progress report, the checks, the figures, the report and ヘルプ.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, withWorkbench } from '../harness/browser';
import { progressReport } from '../harness/payloads';
import { ok, PLAN_OFFICE } from '../harness/register';
import { assignMembers, assignPlanOffice } from '../harness/sheet-cells';
import { openSidebarFromMenu, switchUser } from '../harness/workbench-sidebar';
import { MENU, REPORT, SETUP, VALIDATION } from '../src/domain/messages';
import { SHEETS } from '../src/domain/sheet-names';

const out = join(__dirname, '..', 'docs', 'guide');
const FINANCE_USER = 'zaisei@city.gyoda.example.jp';

/** The menu's set-up on a new file opens the set-up sidebar: the 行田市 sample is chosen, and its answer shown. */
async function setUpNewFile(page: Page): Promise<void> {
  const sidebar = await openSidebarFromMenu(page, MENU.setup);
  await sidebar.getByLabel(SETUP.sample, { exact: true }).check();
  await sidebar.getByRole('button', { name: SETUP.submit }).click();
  await sidebar.getByRole('status').filter({ hasText: 'セットアップが完了しました' }).waitFor();
  await page.screenshot({ path: join(out, 'setup.png') });
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await launchChromium();
  try {
    await withWorkbench(browser, { user: PLAN_OFFICE }, async ({ page, wb }) => {
      await setUpNewFile(page);
      assignPlanOffice(wb.env, [PLAN_OFFICE]);
      assignMembers(wb.env, '財政課', [FINANCE_USER]);
      await page.getByRole('tab', { name: SHEETS.master, exact: true }).click();
      await page.locator('table#grid td[data-a1="A1"]').waitFor();
      await page.screenshot({ path: join(out, 'master.png') });

      const sidebar = page.locator('#sidebar-panel');
      await switchUser(page, FINANCE_USER);
      const progress = await openSidebarFromMenu(page, MENU.progress);
      const first = progress.locator('[data-item-id]').first();
      await first.click();
      await progress.getByRole('form').waitFor();
      await progress.getByLabel('進捗状況', { exact: true }).selectOption('実施中');
      await progress.getByLabel('進捗率', { exact: true }).fill('40');
      await progress.getByLabel('評価', { exact: true }).selectOption('B');
      await sidebar.screenshot({ path: join(out, 'progress.png') });
      await progress.getByRole('button', { name: '保存' }).click();
      await progress.getByRole('status').filter({ hasText: '保存しました' }).waitFor();
      await sidebar.screenshot({ path: join(out, 'progress-saved.png') });

      await switchUser(page, PLAN_OFFICE);
      ok(
        wb.env.scriptRun(
          'recordProgress',
          [progressReport('1-1-01', 'guide-report-1', 1, { progress: 30 })],
          { user: PLAN_OFFICE },
        ),
      );
      const validate = await openSidebarFromMenu(page, MENU.validate);
      await validate.getByRole('button', { name: VALIDATION.run }).click();
      await validate.locator('.counts').first().waitFor();
      await sidebar.screenshot({ path: join(out, 'validate.png') });

      const summary = await openSidebarFromMenu(page, MENU.summary);
      await summary.waitForFunction(
        () => !document.querySelector('main')?.textContent?.includes('読み込み中'),
      );
      await sidebar.screenshot({ path: join(out, 'summary.png') });

      const report = await openSidebarFromMenu(page, MENU.report);
      await report.getByRole('button', { name: REPORT.sidebar.generate }).click();
      await report.getByRole('alertdialog').waitFor();
      await sidebar.screenshot({ path: join(out, 'report.png') });

      await openSidebarFromMenu(page, MENU.help);
      await sidebar.screenshot({ path: join(out, 'help.png') });
    });
  } finally {
    await browser.close();
  }
  console.log('docs/guide/*.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
