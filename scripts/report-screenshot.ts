// Takes docs/report-page1.png and docs/report-appendix.png, the README's pictures of the meeting report as the
// workbench's document page shows it: page 1 (資料番号, title, as-of date, sentence, matrix, chart) and the
// appendix's landscape section. The state is the report-structure fixture's (harness/report-structure.ts).
// Run after npm run build: npx tsx scripts/report-screenshot.ts
import { join } from 'node:path';
import { launchChromium, withWorkbench } from '../harness/browser';
import { progressReport } from '../harness/payloads';
import { ok, PLAN_OFFICE } from '../harness/register';
import { runReport } from '../harness/report';
import type { ItemDetail, ReportResult } from '../src/domain/api';
import type { ProgressInput } from '../src/domain/schemas';

const docs = join(__dirname, '..', 'docs');

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    await withWorkbench(browser, { fresh: true, user: PLAN_OFFICE }, async ({ page, wb }) => {
      let n = 0;
      const report = (itemId: string, patch: Partial<ProgressInput>) => {
        const revision = ok<ItemDetail>(wb.env.scriptRun('getItem', [itemId, null])).item.revision;
        ok(
          wb.env.scriptRun('recordProgress', [
            progressReport(itemId, `shot-report-${++n}-0001`, revision, patch),
          ]),
        );
      };
      report('1-1-01', { progress: 60, grade: 'B' });
      report('1-1-02', { progress: 30, grade: 'A' });
      report('2-3-01', { status: '検討中', progress: 0, grade: 'B' });
      const h2 = { roundId: 'R4-H2' };
      report('1-1-01', { ...h2, status: '完了', progress: 100, grade: 'A' });
      report('1-1-02', { ...h2, progress: 35, grade: 'C', issues: '利用者が少ない', nextSteps: '周知' });
      report('2-3-01', {
        ...h2,
        status: '中止',
        progress: 10,
        grade: 'D',
        issues: '制度改正',
        nextSteps: '廃止',
      });
      const { documentId } = ok<ReportResult>(runReport(wb.env, h2));
      await page.setViewportSize({ width: 1000, height: 1100 });
      await page.goto(`${wb.url.replace(/\/$/, '')}/documents/${documentId}`);
      await page.screenshot({ path: join(docs, 'report-page1.png') });
      await page.locator('section.landscape').screenshot({ path: join(docs, 'report-appendix.png') });
    });
  } finally {
    await browser.close();
  }
  console.log('docs/report-page1.png, docs/report-appendix.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
