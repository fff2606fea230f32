// The probe kit's client-side checks of google.script.run (probe/client.html), run in the workbench's sidebar:
// the bridge must pass them as the real google.script.run must, so the two cannot drift apart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumForTests, openWorkbench, screenshotOnFailure } from '../../harness/browser';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { CLIENT_RESULTS_SHEET, clientChecks } from '../../probe/client';
import { RESULTS_HEADER } from '../../probe/run';
import { buildProbeKit } from '../../scripts/build-probe';

const browser = chromiumForTests();

it('passes every client check of google.script.run in the workbench sidebar', async () => {
  const kitDir = mkdtempSync(join(tmpdir(), 'probe-client-'));
  await buildProbeKit(kitDir);
  const { page, wb } = await openWorkbench(browser(), { distDir: kitDir });
  try {
    await screenshotOnFailure(page, async () => {
      const frame = await openSidebarFromMenu(page, 'Run client probes');
      await frame.locator('#status', { hasText: 'done' }).waitFor();
      const rows = wb.env.spreadsheet.values(CLIENT_RESULTS_SHEET);
      expect(rows[0]).toEqual(RESULTS_HEADER);
      expect(rows.slice(1).map((r) => r[0])).toEqual(clientChecks.map((c) => c.id));
      expect(rows.slice(1).map((r) => r[1])).toEqual(clientChecks.map((c) => c.assumption));
      expect(rows.slice(1).filter((r) => r[6] !== 'pass')).toEqual([]);
    });
  } finally {
    await page.close();
    await wb.close();
  }
});
