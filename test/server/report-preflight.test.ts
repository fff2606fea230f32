// The meeting report's pre-flight through the built bundle: before anything is made, the plan office sees the
// round's coverage, how many register rows carry hand edits the report will not use, and any break of the history's
// chain — the same figures and findings 作成 itself meets. It reads only.
import type { Environment } from '../../emulator';
import { reportRequest } from '../../harness/payloads';
import { DEPT_A, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { assignMembers, assignPlanOffice } from '../../harness/sheet-cells';
import type { ReportPreflight, ReportSidebarStart, Summary } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { stateHash } from '../support/server-functions';

const preflight = (env: Environment, roundId: string | null = 'R4-H1') =>
  ok<ReportPreflight>(env.scriptRun('getReportPreflight', [roundId]));

const columnOf = (env: Environment, sheet: string, header: string) =>
  (env.spreadsheet.values(sheet)[0] as unknown[]).indexOf(header) + 1;

it("gives the round's coverage as 集計 counts it, and no hand edits or tampering on a fresh register", () => {
  const env = setUpEnvironment();
  const before = stateHash(env);
  const answer = preflight(env);
  expect(answer.roundId).toBe('R4-H1');
  expect(answer.coverage).toEqual(ok<Summary>(env.scriptRun('getSummary', ['R4-H1'])).coverage);
  expect(answer.handEditRows).toBe(0);
  expect(answer.tampering).toEqual([]);
  expect(stateHash(env)).toBe(before);
});

it('counts the rows typed into by hand before the report is made, and no longer once they are adopted', () => {
  const env = setUpEnvironment();
  const description = columnOf(env, SHEETS.register, '取組内容');
  env.spreadsheet.edit(SHEETS.register, 3, description, [['手で書き直した取組内容'], ['もう1行']]);
  expect(preflight(env).handEditRows).toBe(2);
  ok(env.scriptRun('adoptHandEdits', [null]));
  expect(preflight(env).handEditRows).toBe(0);
});

it('names a history row edited by hand before 作成 refuses the report for it', () => {
  const env = setUpEnvironment();
  env.spreadsheet.edit(SHEETS.history, 3, columnOf(env, SHEETS.history, '評価'), [['A']]);
  const [finding] = preflight(env).tampering;
  expect(finding).toMatchObject({ sheet: SHEETS.history, row: 3, reason: 'edited' });
  const report = env.scriptRun('generateReport', [reportRequest()]) as {
    ok: boolean;
    error?: { code: string };
  };
  expect(report.error?.code).toBe('tampered');
});

it("the sidebar's first answer brings the default round's pre-flight to the plan office, and none to a department", () => {
  const env = setUpEnvironment();
  assignMembers(env, DEPT_A.department, [DEPT_A.user]);
  assignPlanOffice(env, [PLAN_OFFICE]);
  const office = ok<ReportSidebarStart>(env.scriptRun('startReportSidebar', [], { user: PLAN_OFFICE }));
  expect(office.preflight).toEqual(preflight(env, office.view.defaultRoundId));
  const department = ok<ReportSidebarStart>(env.scriptRun('startReportSidebar', [], { user: DEPT_A.user }));
  expect(department.view.user.isPlanOffice).toBe(false);
  expect(department.preflight).toBeNull();
});
