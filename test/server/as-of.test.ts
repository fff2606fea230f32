// A past round reproduced through the built bundle: after rounds 2 and 3 are reported, round 1's 集計 and meeting
// report show exactly what they showed before, figure by figure (grades, statuses, progress, savings, coverage).
import type { Environment } from '../../emulator';
import { ok, reportProgress as report, setUpEnvironment } from '../../harness/register';
import { runReport } from '../../harness/report';
import type { ReportResult, Summary } from '../../src/domain/api';
import { documentTexts } from '../support/document-view';
import { ROUND_ONE_REPORTS } from '../support/round-one';

/** The texts of the report generated for a round, paragraph by paragraph and cell by cell. */
function reportTexts(env: Environment, roundId: string): unknown[] {
  const result = ok<ReportResult>(runReport(env, { roundId }));
  return documentTexts(env.documents.dump(result.documentId));
}

it("round 1's 集計 and meeting report are unchanged by the reports of rounds 2 and 3", () => {
  const env = setUpEnvironment();
  for (const [itemId, patch] of ROUND_ONE_REPORTS) report(env, itemId, patch);
  const summary = ok<Summary>(env.scriptRun('refreshSummary', ['R4-H1']));
  const document = reportTexts(env, 'R4-H1');

  const r2 = { roundId: 'R4-H2' };
  report(env, '1-1-01', {
    ...r2,
    status: '完了',
    progress: 100,
    grade: 'A',
    savingsActual: { cut: 900, revenue: 50 },
  });
  report(env, '2-3-01', {
    ...r2,
    status: '延期',
    progress: 10,
    grade: 'D',
    issues: '予算不足',
    nextSteps: '次年度',
  });
  const r3 = { roundId: 'R5-H1' };
  report(env, '4-8-02', {
    ...r3,
    status: '中止',
    progress: 0,
    grade: 'D',
    issues: '方針転換',
    nextSteps: '廃止',
  });
  report(env, '3-5-01', { ...r3, status: '実施中', progress: 60, grade: 'A' });

  expect(ok<Summary>(env.scriptRun('refreshSummary', ['R4-H1']))).toEqual(summary);
  expect(reportTexts(env, 'R4-H1')).toEqual(document);
  // What round 1 showed: two reports, the rest 未報告, the average over the two.
  expect(summary.total).toMatchObject({ averageProgress: 20, unreported: 18 });
  expect(summary.total.byStatus).toMatchObject({
    実施中: 1,
    検討中: 1,
    完了: 0,
    延期: 0,
    中止: 0,
    未報告: 18,
  });
  expect(summary.total.savings).toMatchObject({ actualCut: 100, actualRevenue: 0 });
  expect(summary.coverage).toMatchObject({ due: 20, reported: 2 });
});
