// Round trips a sidebar makes before it is usable: each sidebar opened from the workbench's menu in headless
// Chromium, its google.script.run calls (POST /api/run/…) recorded until the page is quiet and shows no loading
// text. Calls in flight together are one round trip; a call that starts after the others answered is another.
import type { Page, Request } from 'playwright-core';
import { launchChromium, openWorkbench } from '../harness/browser';
import { openSidebarFromMenu } from '../harness/workbench-sidebar';
import { IMPORT, MENU, ROUNDS, SIDEBAR } from '../src/domain/messages';

/** The menu caption of each built sidebar file. */
export const SIDEBAR_CAPTIONS: Record<string, string> = {
  'item.html': MENU.item,
  'progress.html': MENU.progress,
  'validate.html': MENU.validate,
  'summary.html': MENU.summary,
  'report.html': MENU.report,
  'rounds.html': ROUNDS.menu,
  'help.html': MENU.help,
  'setup.html': MENU.setup,
  'import.html': IMPORT.menu,
};

/** The set-up sidebar opens only on a file not yet set up (a set-up file gets the repair's alert). */
const ON_A_NEW_FILE: ReadonlySet<string> = new Set(['setup.html']);

const QUIET_MS = 400;
/** A sidebar not usable by then is reported as not measured (null), never waited on forever. */
const GIVE_UP_MS = 30_000;

/** Sequential waves of requests: a request that starts after every earlier one has finished begins a new wave. */
export function waves(calls: { start: number; end: number }[]): number {
  let count = 0;
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const call of [...calls].sort((a, b) => a.start - b.start)) {
    if (call.start >= busyUntil) count++;
    busyUntil = Math.max(busyUntil, call.end);
  }
  return count;
}

async function roundTripsOf(page: Page, caption: string): Promise<number | null> {
  const calls = new Map<Request, { start: number; end: number }>();
  const isRun = (request: Request) => new URL(request.url()).pathname.startsWith('/api/run/');
  const started = (request: Request) => {
    if (isRun(request)) calls.set(request, { start: Date.now(), end: Number.POSITIVE_INFINITY });
  };
  const ended = (request: Request) => {
    const call = calls.get(request);
    if (call) call.end = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const frame = await openSidebarFromMenu(page, caption);
    const giveUp = Date.now() + GIVE_UP_MS;
    for (;;) {
      if (Date.now() > giveUp) return null;
      const open = [...calls.values()].some((c) => c.end === Number.POSITIVE_INFINITY);
      const last = Math.max(0, ...[...calls.values()].map((c) => c.end));
      // Text shown, not the body's textContent: the inlined script holds the same words.
      const loading = (await frame.getByText(SIDEBAR.loading).count()) > 0;
      if (!open && !loading && Date.now() - last > QUIET_MS) break;
      await page.waitForTimeout(50);
    }
    return waves([...calls.values()]);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Opens every sidebar once on a freshly seeded register (set-up's on an empty file) and counts its round trips before it is usable. */
export async function sidebarRoundTrips(): Promise<Record<string, number | null>> {
  const browser = await launchChromium();
  const out: Record<string, number | null> = {};
  try {
    for (const [file, caption] of Object.entries(SIDEBAR_CAPTIONS)) {
      const { page, wb } = await openWorkbench(browser, { fresh: !ON_A_NEW_FILE.has(file) });
      try {
        out[file] = await roundTripsOf(page, caption);
      } finally {
        await page.close();
        await wb.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
