// Browser tests' support: a headless Chromium from @sparticuz/chromium (or CHROMIUM_PATH), a workbench page,
// and a screenshot kept under artifacts/screenshots/ when a test fails.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../workbench/server';
import { testClock } from './clock';

/**
 * A normal desktop Chromium's security: not the package's Lambda arguments, which turn off web security and site
 * isolation and run one process (closing a page could take the browser down). No sandbox: tests run as root.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A Japanese user's browser by default. On Linux, Chromium lays out <input type=date> by the process's locale
 * (LANG/LC_ALL): in C.UTF-8 or en_US.UTF-8 it shows 12/01/2026, in ja_JP.UTF-8 2026/12/01; neither --lang nor a page
 * locale nor the page's lang attribute changes that (tried on this Chromium). The page locale still sets
 * navigator.language and Accept-Language.
 */
export const JAPANESE_SYSTEM_LOCALE = 'ja_JP.UTF-8';
/** An American user's browser, to prove what the sidebars show whatever the browser's locale. */
export const AMERICAN_SYSTEM_LOCALE = 'en_US.UTF-8';
export const PAGE_LOCALE = 'ja-JP';

export async function launchChromium(systemLocale = JAPANESE_SYSTEM_LOCALE): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await sparticuzChromiumPath());
  return chromium.launch({
    executablePath,
    headless: true,
    args: ARGS,
    env: { ...process.env, LANG: systemLocale, LC_ALL: systemLocale },
  });
}

/** One Chromium for a test file: started before its tests, closed after them. */
export function chromiumForTests(systemLocale = JAPANESE_SYSTEM_LOCALE): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(systemLocale);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is started in beforeAll');
    return browser;
  };
}

// @sparticuz/chromium is an ES module, which Jest's CommonJS runtime cannot require; plain Node can, so a
// child Node process unpacks the browser and reports where it is.
const SPARTICUZ_PROBE = `const c = require('@sparticuz/chromium');
(c.default ?? c).executablePath().then((path) => console.log(path));`;

async function sparticuzChromiumPath(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', SPARTICUZ_PROBE], {
    cwd: join(__dirname, '..'),
  });
  return stdout.trim();
}

/** A workbench on a free port, in memory unless told otherwise, and a page showing it. */
export async function openWorkbench(
  browser: Browser,
  options: WorkbenchOptions = {},
  pageLocale = PAGE_LOCALE,
): Promise<{ page: Page; wb: Workbench }> {
  const wb = await startWorkbench({ port: 0, stateFile: null, clock: testClock(), ...options });
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 }, locale: pageLocale });
  await page.goto(wb.url);
  await page.locator('table#grid td[data-a1="A1"]').waitFor();
  return { page, wb };
}

export const SCREENSHOTS = join(__dirname, '..', 'artifacts', 'screenshots');

/** The running jest test's name, or the script's file name outside jest. */
function runName(): string {
  const jestExpect = (globalThis as { expect?: { getState(): { currentTestName?: string } } }).expect;
  return jestExpect?.getState().currentTestName ?? basename(process.argv[1] ?? 'unnamed');
}

/** Runs a body; when it fails, the page is saved as artifacts/screenshots/<test name>.png first. */
export async function screenshotOnFailure<T>(page: Page, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const name = runName().replace(/[^\p{L}\p{N}._-]+/gu, '_');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * A workbench and its page for one body: a failure leaves a screenshot, and both are closed whatever happens, so
 * a failing test leaves no server or page behind for the next one.
 */
export async function withWorkbench<T>(
  browser: Browser,
  options: WorkbenchOptions,
  body: (opened: { page: Page; wb: Workbench }) => Promise<T>,
): Promise<T> {
  const opened = await openWorkbench(browser, options);
  try {
    return await screenshotOnFailure(opened.page, () => body(opened));
  } finally {
    await opened.page.close();
    await opened.wb.close();
  }
}
