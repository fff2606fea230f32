// Opens a built sidebar (dist/<name>.html) in headless Chromium with google.script.run wired to an emulated
// environment through the same JSON copy the real bridge makes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Environment } from '../../emulator';
import { DIST } from './register';

/** google.script.run in the page: a chainable runner whose calls go to window.__scriptRun (a Playwright binding). */
const RUNNER = `(() => {
  const runner = (ok, fail) => new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (h) => runner(h, fail);
    if (name === 'withFailureHandler') return (h) => runner(ok, h);
    return (...args) => window.__scriptRun(String(name), args).then(
      (r) => ok && ok(r),
      (e) => fail && fail(new Error(String(e && e.message ? e.message : e))),
    );
  } });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

/** @sparticuz/chromium is an ES module jest cannot require: ask a plain node process for the binary and its flags. */
function chromiumBinary(): { executablePath: string; args: string[] } {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args })))";
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = chromiumBinary();
  // In one process, closing a test's page would end the browser for the next test.
  return chromium.launch({
    executablePath,
    args: args.filter((a) => a !== '--single-process'),
    headless: true,
  });
}

export async function openSidebar(browser: Browser, env: Environment, name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.exposeFunction('__scriptRun', (fn: string, args: unknown[]) => env.scriptRun(fn, args));
  await page.addInitScript(RUNNER);
  const url = `https://sidebar.test/${name}.html`;
  const html = readFileSync(join(DIST, `${name}.html`), 'utf8');
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(url);
  return page;
}
