// A sidebar in Chromium without the workbench: opened through its menu entry point in the emulation, its HTML
// loaded into a 300 px page whose google.script.run calls env.scriptRun in-process (as the given user).
import { execFileSync } from 'node:child_process';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import type { Environment } from '../../emulator';

/** @sparticuz/chromium is an ES module jest cannot load: a child node unpacks the browser and names its path. */
function chromiumBinary(): { executablePath: string; args: string[] } {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => " +
    'console.log(JSON.stringify({ executablePath: await c.executablePath(), args: c.args })))';
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

export async function launchChromium(): Promise<Browser> {
  return playwright.launch({ ...chromiumBinary(), headless: true });
}

/** The client half of google.script.run: each call is one in-process execution, results copied as JSON. */
function defineScriptRun(): void {
  type Handler = (value: unknown) => void;
  const call = (window as unknown as { __scriptRun(name: string, args: unknown[]): Promise<unknown> })
    .__scriptRun;
  const runner = (success: Handler | null, failure: Handler | null): unknown =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler') return (h: Handler) => runner(h, failure);
          if (name === 'withFailureHandler') return (h: Handler) => runner(success, h);
          return (...args: unknown[]) => {
            call(name, args).then(
              (value) => success?.(value),
              (error: Error) => failure?.(new Error(error.message)),
            );
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner(null, null) } };
}

const SIDEBAR_URL = 'https://sidebar.invalid/';

/** Opens the sidebar `entryPoint` shows (e.g. showItemSidebar) for `user`, as Sheets would after the menu click. */
export async function openSidebar(
  browser: Browser,
  env: Environment,
  entryPoint: string,
  user: string,
): Promise<Page> {
  env.run(entryPoint, [], { user });
  const sidebar = env.services.ui.sidebars.at(-1);
  if (!sidebar) throw new Error(`${entryPoint} opened no sidebar`);
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeBinding('__scriptRun', (_source, name: string, args: unknown[]) =>
    env.scriptRun(name, args, { user }),
  );
  await page.addInitScript(defineScriptRun);
  // A navigation (not setContent) so that the init script runs before the sidebar's own script.
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ contentType: 'text/html', body: sidebar.html }));
  await page.goto(SIDEBAR_URL);
  return page;
}
