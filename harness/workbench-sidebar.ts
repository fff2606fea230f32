// A sidebar opened the way a user opens it in the workbench (拡張機能 → the menu caption), the user switcher, and a
// server call made from inside a sidebar past its form.
import type { Frame, Page } from 'playwright-core';

export async function openSidebarFromMenu(page: Page, caption: string): Promise<Frame> {
  const iframe = page.locator('iframe#sidebar');
  const before = await iframe.getAttribute('src');
  await page.locator('#addon-menu-button').click();
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
  await page.waitForFunction(
    (previous) => document.getElementById('sidebar')?.getAttribute('src') !== previous,
    before,
  );
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`the menu item ${caption} opened no sidebar`);
  await frame.getByRole('heading', { level: 1, name: caption }).waitFor();
  return frame;
}

/** Switches the workbench's user (the address typed into the switcher, as for anyone not in the master). */
export async function switchUser(page: Page, email: string): Promise<void> {
  await page.locator('#user-other').fill(email);
  await page.locator('#user-other-apply').click();
  await page.waitForFunction(
    (wanted) => (document.getElementById('user') as HTMLSelectElement).value === wanted,
    email,
  );
}

/** Calls a server function straight from the sidebar's frame, bypassing the form (as a hostile client could). */
export function callFromPage(frame: Frame, name: string, ...args: unknown[]): Promise<unknown> {
  return frame.evaluate(
    ([fn, params]) =>
      new Promise((resolve) => {
        type Runner = Record<string, (...a: unknown[]) => void> & {
          withSuccessHandler(h: (v: unknown) => void): Runner;
          withFailureHandler(h: (e: Error) => void): Runner;
        };
        const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
        run.withSuccessHandler(resolve).withFailureHandler((e) => resolve(`failure: ${e.message}`))[
          fn as string
        ]!(...(params as unknown[]));
      }),
    [name, args] as const,
  );
}
