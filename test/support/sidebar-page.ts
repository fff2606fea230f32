// A sidebar in Chromium without the workbench: opened through its menu entry point in the emulation, its HTML
// loaded into a 300 px page whose google.script.run calls env.scriptRun in-process (as the given user).
import { execFileSync } from 'node:child_process';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import type { Environment } from '../../emulator';

/** @sparticuz/chromium is an ES module jest cannot load: a child node unpacks the browser and names its path. */
function chromiumPath(): string {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => console.log(await c.executablePath()))";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

/**
 * Not the package's Lambda arguments: those turn off web security and run a single process, and the tests need
 * a normal browser (same-origin rules, several pages). No sandbox: the tests run as root in a container.
 */
export async function launchChromium(): Promise<Browser> {
  return playwright.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'], headless: true });
}

/**
 * The client half of google.script.run: each call is one in-process execution, results copied as JSON. Plain
 * JavaScript text, not a function, so no transpiler helper (tsx adds __name) leaks into the page.
 */
const SCRIPT_RUN_CLIENT = `(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (h) => runner(h, failure);
      if (name === 'withFailureHandler') return (h) => runner(success, h);
      return (...args) => {
        window.__scriptRun(name, args).then(
          (value) => success && success(value),
          (error) => failure && failure(new Error(error.message)),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();`;

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
  await page.addInitScript({ content: SCRIPT_RUN_CLIENT });
  // A navigation (not setContent) so that the init script runs before the sidebar's own script.
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ contentType: 'text/html', body: sidebar.html }));
  await page.goto(SIDEBAR_URL);
  return page;
}

/** Calls a server function straight from the sidebar's page, bypassing the form (as a hostile client could). */
export function callFromPage(page: Page, name: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
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
