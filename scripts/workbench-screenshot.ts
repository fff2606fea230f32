// Takes docs/workbench.png, the README's picture: the workbench with a freshly set-up register.
import { join } from 'node:path';
import { launchChromium, withWorkbench } from '../harness/browser';
import { SHEETS } from '../src/domain/sheet-names';

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    await withWorkbench(browser, { fresh: true }, async ({ page }) => {
      await page.getByRole('tab', { name: SHEETS.register }).click();
      await page.locator('#addon-menu-button').click();
      await page.getByRole('menuitem').first().waitFor();
      await page.screenshot({ path: join(__dirname, '..', 'docs', 'workbench.png') });
    });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
