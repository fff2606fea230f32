// Browser tests' support: a headless Chromium from @sparticuz/chromium (or CHROMIUM_PATH), a workbench page,
// and a screenshot kept under artifacts/screenshots/ when a test fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../workbench/server';

const EXTRA_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return chromium.launch({ executablePath: fromEnv, headless: true, args: EXTRA_ARGS });
  const module = require('@sparticuz/chromium') as { default?: SparticuzChromium } & SparticuzChromium;
  const sparticuz = module.default ?? module;
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    headless: true,
    args: [...sparticuz.args, ...EXTRA_ARGS],
  });
}

interface SparticuzChromium {
  args: string[];
  executablePath(): Promise<string>;
}

/** A workbench on a free port, in memory unless told otherwise, and a page showing it. */
export async function openWorkbench(
  browser: Browser,
  options: WorkbenchOptions = {},
): Promise<{ page: Page; wb: Workbench }> {
  const wb = await startWorkbench({ port: 0, stateFile: null, ...options });
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await page.goto(wb.url);
  await page.locator('table#grid td[data-a1="A1"]').waitFor();
  return { page, wb };
}

export const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

/** Runs a test body; when it fails, the page is saved as artifacts/screenshots/<test name>.png first. */
export async function screenshotOnFailure(page: Page, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const name = (expect.getState().currentTestName ?? 'unnamed').replace(/[^\p{L}\p{N}._-]+/gu, '_');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}
