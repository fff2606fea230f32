// Takes the README's screenshots of both sidebars (docs/sidebar-item.png, docs/sidebar-progress.png) as they show
// in the workbench, each opened from the 拡張機能 menu.
import { join } from 'node:path';
import { launchChromium, withWorkbench } from '../harness/browser';
import { progressReport } from '../harness/payloads';
import { ok, PLAN_OFFICE } from '../harness/register';
import { openSidebarFromMenu } from '../harness/workbench-sidebar';
import { MENU } from '../src/domain/messages';
import { build } from './build';

const docs = join(__dirname, '..', 'docs');

async function main(): Promise<void> {
  await build();
  const browser = await launchChromium();
  try {
    await withWorkbench(browser, { fresh: true, user: PLAN_OFFICE }, async ({ page, wb }) => {
      // A report in the first half-year, so the second half-year's form shows it as the previous round.
      ok(
        wb.env.scriptRun('recordProgress', [
          progressReport('1-1-01', 'screenshot-report-1', 1, {
            progress: 30,
            activity: '電子申請の対象手続を40件に拡大した',
            savingsActual: { cut: 1200, revenue: null },
          }),
        ]),
      );
      const sidebar = page.locator('#sidebar-panel');
      const item = await openSidebarFromMenu(page, MENU.item);
      await item.locator('#item-picker option[value="1-1-01"]').waitFor({ state: 'attached' });
      await item.getByLabel('取組', { exact: true }).selectOption('1-1-01');
      await item.getByLabel('取組項目', { exact: true }).fill('');
      await item.getByLabel('改革', { exact: true }).focus();
      await sidebar.screenshot({ path: join(docs, 'sidebar-item.png') });

      const progress = await openSidebarFromMenu(page, MENU.progress);
      await progress.getByLabel('報告回', { exact: true }).selectOption('R4-H2');
      await progress.locator('[data-item-id="1-1-01"]').click();
      await progress.getByLabel('評価', { exact: true }).selectOption('C');
      await progress.getByRole('button', { name: '保存' }).click();
      await progress.getByLabel('課題', { exact: true }).focus();
      await sidebar.screenshot({ path: join(docs, 'sidebar-progress.png') });
    });
  } finally {
    await browser.close();
  }
  console.log('docs/sidebar-item.png, docs/sidebar-progress.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
