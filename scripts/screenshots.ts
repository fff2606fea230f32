// Takes the README's screenshots of both sidebars (docs/sidebar-item.png, docs/sidebar-progress.png) in Chromium.
import { join } from 'node:path';
import { ok, PLAN_OFFICE, progressReport, setUpEnvironment } from '../test/support/register';
import { launchChromium, openSidebar } from '../test/support/sidebar-page';
import { build } from './build';

const docs = join(__dirname, '..', 'docs');

async function main(): Promise<void> {
  await build();
  const env = setUpEnvironment();
  // A report in the first half-year, so the second half-year's form shows it as the previous round.
  ok(
    env.scriptRun('recordProgress', [
      progressReport('1-1-01', 'screenshot-report-1', 1, {
        progress: 30,
        activity: '電子申請の対象手続を40件に拡大した',
        savingsActual: { cut: 1200, revenue: null },
      }),
    ]),
  );
  const browser = await launchChromium();
  try {
    const item = await openSidebar(browser, env, 'showItemSidebar', PLAN_OFFICE);

    await item.getByLabel('取組', { exact: true }).selectOption('1-1-01');
    await item.getByLabel('取組項目', { exact: true }).fill('');
    await item.getByLabel('改革', { exact: true }).focus();
    await item.screenshot({ path: join(docs, 'sidebar-item.png'), fullPage: true });

    const progress = await openSidebar(browser, env, 'showProgressSidebar', PLAN_OFFICE);
    await progress.getByLabel('報告回', { exact: true }).selectOption('R4-H2');
    await progress.locator('[data-item-id="1-1-01"]').click();
    await progress.getByLabel('評価', { exact: true }).selectOption('C');
    await progress.getByRole('button', { name: '保存' }).click();
    await progress.getByLabel('課題', { exact: true }).focus();
    await progress.screenshot({ path: join(docs, 'sidebar-progress.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log('docs/sidebar-item.png, docs/sidebar-progress.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
