// A plan's whole cycle through the built bundle, as another city runs it (issue 17): a new register from scratch,
// departments mapped, items created, a round opened, reminded, reported, reviewed (one report returned and
// resubmitted), closed, a second round opened and reported — and the first round's figures and report stay what its
// meeting saw. Each refusal on the way is Japanese and changes nothing.
import { Environment } from '../../emulator';
import { progressReport, reportRequest } from '../../harness/payloads';
import { DIST, ok, PLAN_OFFICE, START } from '../../harness/register';
import type {
  ApiResult,
  HistoryCheck,
  ItemDetail,
  OpenRoundResult,
  ReminderPreview,
  ReminderSendResult,
  ReportResult,
  RoundsView,
  Summary,
} from '../../src/domain/api';
import type { ProgressInput, ReviewInput } from '../../src/domain/schemas';
import { newPlan } from '../support/new-plan';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

jest.setTimeout(120_000);

const SOMU = 'somu@city.tokorozawa.example.jp';
const ZAISEI = 'zaisei@city.tokorozawa.example.jp';
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(6, '0')}`;

function create(
  env: Environment,
  pillarNo: number,
  reformNo: number,
  title: string,
  department: string,
): string {
  const saved = ok<{ item: { id: string } }>(
    env.scriptRun('saveItem', [
      {
        requestId: nextId('cycle-create'),
        pillarNo,
        reformNo,
        title,
        description: '',
        department,
        relatedDepartments: [],
        schedule: { '2025': '実施', '2026': '実施', '2027': '', '2028': '' },
        indicator: { name: '', unit: '', baseline: null, target: null },
        savingsPlan: { cut: 1000, revenue: null },
      },
    ]),
  );
  return saved.item.id;
}

const detail = (env: Environment, itemId: string, roundId: string) =>
  ok<ItemDetail>(env.scriptRun('getItem', [itemId, roundId], { user: PLAN_OFFICE }));

function report(
  env: Environment,
  itemId: string,
  roundId: string,
  user: string,
  patch: Partial<ProgressInput>,
) {
  const { item } = detail(env, itemId, roundId);
  const input = progressReport(itemId, nextId('cycle-report'), item.revision, { roundId, ...patch });
  return env.scriptRun('recordProgress', [input], { user }) as ApiResult<unknown>;
}

function decide(env: Environment, itemId: string, roundId: string, patch: Partial<ReviewInput>) {
  const seen = detail(env, itemId, roundId);
  const input: ReviewInput = {
    requestId: nextId('cycle-review'),
    itemId,
    roundId,
    reportRequestId: seen.current?.requestId ?? '',
    decisionRequestId: seen.review?.requestId ?? '',
    decision: 'final',
    finalGrade: 'B',
    note: '',
    ...patch,
  };
  return ok<unknown>(env.scriptRun('reviewReport', [input]));
}

function open(env: Environment, label: string, dueDate: string): string {
  const input = { requestId: nextId('cycle-open'), label, fiscalYear: 2025, dueDate };
  return ok<OpenRoundResult>(env.scriptRun('openRound', [input])).round.id;
}

/** A call refused in Japanese with nothing changed. */
function refused(env: Environment, fn: string, args: unknown[], user = PLAN_OFFICE) {
  const before = stateHash(env);
  const result = env.scriptRun(fn, args, { user }) as ApiResult<unknown>;
  expect({ fn, ok: result.ok }).toEqual({ fn, ok: false });
  if (!result.ok) expect(result.error.message).toMatch(japanese);
  expect(stateHash(env)).toBe(before);
}

const summary = (env: Environment, roundId: string) => ok<Summary>(env.scriptRun('getSummary', [roundId]));

it('runs a new city through two rounds: opened, reminded, reported, reviewed, closed, and round 1 stays as it was', () => {
  const env = Environment.create({ distDir: DIST, now: START, user: PLAN_OFFICE });
  ok(env.scriptRun('setupRegister', [newPlan()]));
  mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { 総務課: [SOMU], 財政課: [ZAISEI] } });
  const counter = create(env, 1, 1, '窓口のオンライン予約', '総務課');
  const bids = create(env, 2, 4, '指定管理者の公募', '財政課');
  const fees = create(env, 4, 8, '使用料の見直し', '財政課');

  // Round 1: only the plan office opens it; it becomes the current round with its deadline.
  refused(
    env,
    'openRound',
    [{ requestId: nextId('cycle-open'), label: '臨時', fiscalYear: 2025, dueDate: '2025-09-30' }],
    SOMU,
  );
  const first = open(env, '令和7年度 上半期', '2025-09-30');
  const view = ok<RoundsView>(env.scriptRun('getRoundsView', [null]));
  expect(view.rounds.find((r) => r.id === first)).toMatchObject({
    label: '令和7年度 上半期',
    dueDate: '2025-09-30',
  });

  // Reminders: one mail per department with unreported items, to its members.
  const preview = ok<ReminderPreview>(env.scriptRun('previewReminders', [first]));
  expect(preview.reminders.map((r) => [r.department, r.to]).sort()).toEqual([
    ['総務課', [SOMU]],
    ['財政課', [ZAISEI]],
  ]);
  ok<ReminderSendResult>(
    env.scriptRun('sendReminders', [{ requestId: nextId('cycle-remind'), roundId: first }]),
  );
  expect((env.services.mail?.sent ?? []).map((m) => m.to).sort()).toEqual([[SOMU], [ZAISEI]].sort());

  // Reports: a department may report only its own items.
  refused(
    env,
    'recordProgress',
    [progressReport(counter, nextId('cycle-report'), 1, { roundId: first })],
    ZAISEI,
  );
  ok(
    report(env, counter, first, SOMU, { status: '実施中', progress: 50, grade: 'B', activity: '予約を開始' }),
  );
  const late = {
    status: '実施中',
    progress: 10,
    grade: 'C',
    issues: '応募が少ない',
    nextSteps: '条件を見直す',
  };
  ok(report(env, bids, first, ZAISEI, late));
  ok(report(env, fees, first, ZAISEI, { status: '実施中', progress: 30, grade: 'B' }));

  // Review: a final grade for one, a return for another, which counts as 未報告 until it is resubmitted.
  decide(env, counter, first, { decision: 'final', finalGrade: 'A', note: '前倒しで進んでいる' });
  decide(env, bids, first, { decision: 'return', finalGrade: '', note: '課題の記載が不十分' });
  expect(summary(env, first).coverage).toMatchObject({ due: 3, reported: 2 });
  ok(report(env, bids, first, ZAISEI, { ...late, issues: '応募が1者のみ（前年3者）' }));
  decide(env, bids, first, { decision: 'final', finalGrade: 'C', note: '' });
  const roundOne = summary(env, first);
  expect(roundOne.coverage).toMatchObject({ due: 3, reported: 3 });
  expect(roundOne.total.byGrade).toMatchObject({ A: 1, B: 1, C: 1 });

  // The meeting, then the round is closed: no new report, only the plan office's correction with a reason.
  const meeting = ok<ReportResult>(env.scriptRun('generateReport', [reportRequest({ roundId: first })]));
  ok(env.scriptRun('closeRound', [first]));
  refused(
    env,
    'recordProgress',
    [progressReport(fees, nextId('cycle-report'), 99, { roundId: first })],
    ZAISEI,
  );
  const { item } = detail(env, fees, first);
  refused(env, 'recordProgress', [
    progressReport(fees, nextId('cycle-report'), item.revision, {
      roundId: first,
      status: '実施中',
      progress: 35,
    }),
  ]);

  // Round 2: opened, reported; round 1's figures are what its meeting saw.
  const second = open(env, '令和7年度 下半期', '2026-03-15');
  expect(second).not.toBe(first);
  ok(report(env, counter, second, SOMU, { status: '完了', progress: 100, grade: 'A' }));
  ok(report(env, bids, second, ZAISEI, { status: '実施中', progress: 60, grade: 'B' }));
  expect(summary(env, second).coverage).toMatchObject({ due: 3, reported: 2 });
  expect(summary(env, first)).toEqual(roundOne);
  expect(meeting.summary).toEqual(roundOne);
  expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).toEqual([]);
});
