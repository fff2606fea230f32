// A logged report made again through the built bundle: round 1 is reported and its report logged, then round 1
// gets a late report and a correction, the plan is edited and an item added, rounds 2 and 3 are reported; the
// report regenerated from round 1's 報告書ログ entry shows every figure of the original, and the same document text.
import type { Environment } from '../../emulator';
import { itemInput, progressReport, reportRequest } from '../../harness/payloads';
import { DEPT_A, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { runReport } from '../../harness/report';
import type { ApiResult, ItemDetail, ReportResult, Summary } from '../../src/domain/api';
import { instantText } from '../../src/domain/instant-cells';
import { HISTORY, REPORT } from '../../src/domain/messages';
import type { Item, ProgressInput, RegenerateRequest } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { documentTexts } from '../support/document-view';
import { mapUsers } from '../support/roles';
import { ROUND_ONE_REPORTS } from '../support/round-one';

let request = 0;
/** A later step: a minute after the previous one, as a person working through the day would act. */
const later = (env: Environment) => env.syncClock(env.now + 60_000);

function report(env: Environment, itemId: string, patch: Partial<ProgressInput>) {
  later(env);
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [itemId, null])).item.revision;
  ok(env.scriptRun('recordProgress', [progressReport(itemId, `req-regen-${++request}`, revision, patch)]));
}

function editPlan(env: Environment, itemId: string, patch: Partial<Item>) {
  later(env);
  const item = ok<ItemDetail>(env.scriptRun('getItem', [itemId, null])).item;
  const { pillarNo, reformNo, title, description, department, relatedDepartments, schedule, indicator } =
    item;
  const fields = {
    pillarNo,
    reformNo,
    title,
    description,
    department,
    relatedDepartments,
    schedule,
    indicator,
  };
  ok(
    env.scriptRun('saveItem', [
      { id: itemId, baseRevision: item.revision, ...fields, savingsPlan: item.savingsPlan, ...patch },
    ]),
  );
}

/** Every figure of a summary under its path ("byPillar.0.savings.planTotal"), so a difference names the figure. */
function figures(value: unknown, path = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { [path]: value };
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, inner]) => figures(inner, path ? `${path}.${key}` : key)),
  );
}

const texts = (env: Environment, documentId: string) => documentTexts(env.documents.dump(documentId));

/** The 作成日時 of the log's last entry, read from the sheet as a user would copy it. */
// 作成日時 is a Date cell (shown as 2026/12/01 16:13:44): the key is its instant, as the add-on's ISO text.
const lastLoggedAt = (env: Environment) =>
  instantText(env.spreadsheet.values(SHEETS.reportLog).at(-1)?.[0] as Date);

const meeting = (loggedAt: string): RegenerateRequest => {
  const { roundId: _roundId, ...rest } = reportRequest();
  return { ...rest, loggedAt };
};

/** Round 1 reported and logged, then everything that must not change what round 1's report said. */
function roundOneThenMore(env: Environment) {
  for (const [itemId, patch] of ROUND_ONE_REPORTS) report(env, itemId, patch);
  later(env);
  const original = ok<ReportResult>(runReport(env, { roundId: 'R4-H1' }));
  const loggedAt = lastLoggedAt(env);

  // Round 1 after its meeting: a late report, and a correction of a report already shown.
  report(env, '1-1-02', {
    status: '完了',
    progress: 100,
    grade: 'A',
    savingsActual: { cut: 500, revenue: 20 },
  });
  report(env, '2-3-01', { status: '延期', progress: 5, grade: 'D', issues: '予算不足', nextSteps: '次年度' });
  // The plan edited: savings planned, title, department and reform of items round 1 showed; a new item.
  editPlan(env, '1-1-01', { title: '電子申請の全庁展開', savingsPlan: { cut: 9_000, revenue: 1_000 } });
  editPlan(env, '4-8-02', { department: '財政課', savingsPlan: { cut: 12_345, revenue: null } });
  editPlan(env, '3-5-01', { reformNo: 6, title: 'AI・RPAの全庁活用' });
  later(env);
  ok(env.scriptRun('saveItem', [itemInput({ requestId: 'req-regen-new-item' })]));
  // Rounds 2 and 3: status, progress, savings and grades change.
  report(env, '1-1-01', {
    roundId: 'R4-H2',
    status: '完了',
    progress: 100,
    grade: 'A',
    savingsActual: { cut: 900, revenue: 50 },
  });
  report(env, '2-3-01', {
    roundId: 'R4-H2',
    status: '中止',
    progress: 5,
    grade: 'D',
    issues: '方針転換',
    nextSteps: '廃止',
  });
  report(env, '4-8-02', { roundId: 'R5-H1', status: '実施中', progress: 60, grade: 'A' });
  report(env, '3-5-01', {
    roundId: 'R5-H1',
    status: '延期',
    progress: 20,
    grade: 'C',
    issues: '調整中',
    nextSteps: '再検討',
  });
  return { original, loggedAt };
}

it("round 1's report regenerated from its log entry after rounds 2 and 3 shows every figure of the original", () => {
  const env = setUpEnvironment();
  const { original, loggedAt } = roundOneThenMore(env);
  later(env);
  const again = ok<ReportResult>(env.scriptRun('regenerateReport', [meeting(loggedAt)]));

  expect(figures(again.summary)).toEqual(figures(original.summary));
  expect(texts(env, again.documentId)).toEqual(texts(env, original.documentId));
  expect(again).toMatchObject({ roundId: 'R4-H1', title: REPORT.reproducedTitle(original.title) });
  // The appendix lists the items as the plan recorded them then: 1-1-01's old title, 4-8-02's old department, 3-5-01
  // under its old reform and title, and no item added later.
  const appendix = JSON.stringify(texts(env, again.documentId));
  expect(appendix).toContain('["1-1-01","電子申請サービスの拡大","デジタル推進課"');
  expect(appendix).toContain('["4-8-02","遊休市有地の売却または貸付","資産管理課"');
  expect(appendix).toMatch(/改革5 [^"]*","","","","",""\],\["3-5-01","AI及びRPA等の活用"/);
  expect(appendix).not.toContain('電子申請の全庁展開');
  expect(appendix).not.toContain('窓口のオンライン予約');
  // What round 1 showed: two reports of twenty items, the plan of that day.
  expect(original.summary.total).toMatchObject({ items: 20, unreported: 18, averageProgress: 20 });
  expect(original.summary.coverage).toMatchObject({ due: 20, reported: 2 });

  // The record as it stands now says otherwise for round 1, figure by figure: the cut is what keeps them.
  const now = ok<Summary>(env.scriptRun('getSummary', ['R4-H1']));
  expect(now.total).toMatchObject({ items: 21, unreported: 18 });
  expect(now.total.averageProgress).not.toBe(original.summary.total.averageProgress);
  expect(now.total.savings.planTotal).not.toBe(original.summary.total.savings.planTotal);
  expect(now.total.savings.actualTotal).not.toBe(original.summary.total.savings.actualTotal);
  expect(now.total.byGrade).not.toEqual(original.summary.total.byGrade);
  expect(now.byReform).not.toEqual(original.summary.byReform);
  expect(now.byDepartment).not.toEqual(original.summary.byDepartment);
});

it('the 作成日時 copied from 報告書ログ as it shows (2026/12/01 10:00:00) finds the same report as its ISO text', () => {
  const env = setUpEnvironment();
  const { loggedAt } = roundOneThenMore(env);
  const shown = env.spreadsheet.displayValues(SHEETS.reportLog).at(-1)?.[0] as string;
  expect(shown).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
  const byIso = ok<ReportResult>(env.scriptRun('regenerateReport', [meeting(loggedAt)]));
  const byShown = ok<ReportResult>(env.scriptRun('regenerateReport', [meeting(` ${shown} `)]));
  expect(figures(byShown.summary)).toEqual(figures(byIso.summary));
  expect(texts(env, byShown.documentId)).toEqual(texts(env, byIso.documentId));
  const unknown = env.scriptRun('regenerateReport', [meeting('1999/01/01 00:00:00')]);
  expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'loggedAt' }] } });
});

it("a reproduction is neither logged nor supersedes the original, and leaves every sheet's values as they were", () => {
  const env = setUpEnvironment();
  const { loggedAt } = roundOneThenMore(env);
  // Every sheet the file has (the 督促ログ, for one, exists only once a reminder was sent), and that no sheet appears.
  const sheets = () => env.spreadsheet.sheetNames().map((name) => [name, env.spreadsheet.values(name)]);
  const before = sheets();
  const again = ok<ReportResult>(env.scriptRun('regenerateReport', [meeting(loggedAt)]));
  expect(again.supersededCount).toBe(0);
  expect(sheets()).toEqual(before);
});

it('an unknown 作成日時 is refused naming the field, and only the plan office may regenerate once people are mapped', () => {
  const env = setUpEnvironment();
  ok(runReport(env));
  const documents = env.documents.list().length;
  const unknown = env.scriptRun('regenerateReport', [
    meeting('2020-01-01T00:00:00.000Z'),
  ]) as ApiResult<unknown>;
  expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'loggedAt' }] } });

  mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { [DEPT_A.department]: [DEPT_A.user] } });
  const refused = env.scriptRun('regenerateReport', [meeting(lastLoggedAt(env))], {
    user: DEPT_A.user,
  }) as ApiResult<unknown>;
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(env.documents.list().length).toBe(documents);
});

it('a 履歴 without 変更前の計画 (laid out before the column) still records and verifies; its edits keep no earlier plan', () => {
  const env = setUpEnvironment();
  const header = env.spreadsheet.values(SHEETS.history)[0] ?? [];
  const column = header.indexOf(HISTORY.headers.planBefore) + 1;
  // The layout before the column: its header cell is someone's own column now.
  env.spreadsheet.edit(SHEETS.history, 1, column, [['メモ']]);
  later(env);
  ok(runReport(env, { roundId: 'R4-H1' }));
  const loggedAt = lastLoggedAt(env);
  editPlan(env, '1-1-01', { title: '電子申請の全庁展開' });
  expect(ok<{ tampering: unknown[] }>(env.scriptRun('verifyHistory', [])).tampering).toEqual([]);
  const again = ok<ReportResult>(env.scriptRun('regenerateReport', [meeting(loggedAt)]));
  expect(JSON.stringify(texts(env, again.documentId))).toContain('["1-1-01","電子申請の全庁展開"');
  expect(
    env.spreadsheet
      .values(SHEETS.history)
      .every((row) => row[column - 1] === '' || row[column - 1] === 'メモ'),
  ).toBe(true);
});

it('a 変更前の計画 typed over by hand breaks the chain, and the reproduction is refused until the plan office confirms', () => {
  const env = setUpEnvironment();
  later(env);
  ok(runReport(env, { roundId: 'R4-H1' }));
  const loggedAt = lastLoggedAt(env);
  editPlan(env, '1-1-01', { savingsPlan: { cut: 9_000, revenue: null } });
  const history = env.spreadsheet.values(SHEETS.history);
  const column = (history[0] ?? []).indexOf(HISTORY.headers.planBefore);
  const row = history.findIndex((r) => String(r[column]).startsWith('{'));
  expect(row).toBeGreaterThan(0);
  // Someone rewrites the plan the edit replaced, to bend round 1's planned savings.
  const bent = String(history[row]?.[column]).replace(
    '"savingsPlan":{"cut":null',
    '"savingsPlan":{"cut":50000',
  );
  expect(bent).not.toBe(history[row]?.[column]);
  env.spreadsheet.edit(SHEETS.history, row + 1, column + 1, [[bent]]);
  expect(ok<{ tampering: unknown[] }>(env.scriptRun('verifyHistory', [])).tampering).not.toEqual([]);
  const refused = env.scriptRun('regenerateReport', [meeting(loggedAt)]) as ApiResult<unknown>;
  expect(refused).toMatchObject({ ok: false, error: { code: 'tampered' } });
  ok(env.scriptRun('regenerateReport', [{ ...meeting(loggedAt), acknowledgeTampering: true }]));
});

it('a report recorded the moment the report is logged (the same second, having waited for the lock) is after the cut', () => {
  const env = setUpEnvironment();
  report(env, '1-1-01', { status: '実施中', progress: 30, grade: 'B' });
  later(env);
  const original = ok<ReportResult>(runReport(env, { roundId: 'R4-H1' }));
  const loggedAt = lastLoggedAt(env);
  // No time passes here: the next save runs as soon as the report's execution ends.
  const revision = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-02', null])).item.revision;
  ok(
    env.scriptRun('recordProgress', [
      progressReport('1-1-02', 'req-regen-same-second', revision, { progress: 90 }),
    ]),
  );
  const again = ok<ReportResult>(env.scriptRun('regenerateReport', [meeting(loggedAt)]));
  expect(figures(again.summary)).toEqual(figures(original.summary));
});
