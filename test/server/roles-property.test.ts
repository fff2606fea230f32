// Property-based (fast-check, fixed seed): random users — the plan office, two department members, an outsider and a
// blank e-mail — call every server function of the bundle, on a register with and without a mapping in マスタ. No
// role gets a right it does not have, every permitted call succeeds, and every refusal leaves the state hash equal.

import fc from 'fast-check';
import type { Environment } from '../../emulator';
import { progressReport, reportRequest } from '../../harness/payloads';
import { PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ApiResult, ItemDetail } from '../../src/domain/api';
import { instantText } from '../../src/domain/instant-cells';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';
import { serverFunctions, stateHash } from '../support/server-functions';

jest.setTimeout(120_000);

const DIGITAL = 'tanaka@city.gyoda.example.jp';
const ASSETS = 'sato@city.gyoda.example.jp';
const OUTSIDER = 'someone@elsewhere.example.com';
const USERS = [PLAN_OFFICE, DIGITAL, ASSETS, OUTSIDER, ''];
const DEPARTMENTS: Record<string, string[]> = { デジタル推進課: [DIGITAL], 資産管理課: [ASSETS] };
/** 1-1-01 is デジタル推進課's, 1-1-02 資産管理課's. */
const ITEMS = ['1-1-01', '1-1-02'];

const PLAN_OFFICE_ONLY = new Set([
  'setupRegister',
  'refreshSummary',
  'generateReport',
  'getReportPreflight',
  'regenerateReport',
  'getOpenData',
  'adoptHandEdits',
  'openRound',
  'closeRound',
  'getRoundsView',
  'previewReminders',
  'sendReminders',
  'reviewReport',
  'changeLifecycle',
]);

const MASTER_WRITERS = new Set(['openRound', 'closeRound']);

/** The 作成日時 of the log's last report; the plan office makes one first when the log is empty (a preparation,
 * before the state is hashed). */
function loggedReport(env: Environment): string {
  const last = () => env.spreadsheet.values(SHEETS.reportLog).slice(1).at(-1)?.[0];
  if (last() === undefined) env.scriptRun('generateReport', [reportRequest()], { user: PLAN_OFFICE });
  return instantText(last() as Date);
}

let sequence = 0;
const current = (env: Environment, id: string) =>
  (env.scriptRun('getItem', [id, null], { user: PLAN_OFFICE }) as { value: ItemDetail }).value.item;

/** A valid call of each server function, built from the current state; `department` is the item's it writes. */
interface Call {
  fn: string;
  args: (env: Environment) => unknown[];
  department?: (env: Environment) => string;
}

/** A decision on the target's R4-H1 report as it stands; the plan office reports first when there is none to decide
 * on (a preparation, before the state is hashed). */
function reviewArgs(env: Environment, target: string): unknown[] {
  const seen = () =>
    (env.scriptRun('getItem', [target, 'R4-H1'], { user: PLAN_OFFICE }) as { value: ItemDetail }).value;
  let detail = seen();
  if (!detail.current || detail.review?.kind === 'return') {
    const requestId = `req-roles-${String(++sequence).padStart(6, '0')}`;
    env.scriptRun('recordProgress', [progressReport(target, requestId, detail.item.revision)], {
      user: PLAN_OFFICE,
    });
    detail = seen();
  }
  const n = ++sequence;
  return [
    {
      requestId: `review-roles-${String(n).padStart(6, '0')}`,
      itemId: target,
      roundId: 'R4-H1',
      reportRequestId: detail.current?.requestId ?? '',
      decisionRequestId: detail.review?.requestId ?? '',
      ...(n % 2
        ? { decision: 'final', finalGrade: 'B', note: '' }
        : { decision: 'return', note: '根拠を追記' }),
    },
  ];
}

const calls = (target: string): Call[] => [
  { fn: 'listItems', args: () => [{}] },
  { fn: 'startItemSidebar', args: () => [{}] },
  { fn: 'getItem', args: () => [target, null] },
  { fn: 'getSummary', args: () => [null] },
  { fn: 'getSummaryView', args: () => [] },
  { fn: 'startReportSidebar', args: () => [] },
  { fn: 'validateRegister', args: () => [] },
  { fn: 'verifyHistory', args: () => [] },
  { fn: 'getValidationView', args: () => [] },
  { fn: 'selectCell', args: () => ['B2'] },
  { fn: 'setupRegister', args: () => [] },
  { fn: 'refreshSummary', args: () => [null] },
  { fn: 'adoptHandEdits', args: () => [null] },
  { fn: 'getReportPreflight', args: () => [null] },
  { fn: 'generateReport', args: () => [reportRequest()] },
  { fn: 'getOpenData', args: () => [] },
  {
    fn: 'regenerateReport',
    args: (env) => {
      const { roundId: _roundId, ...meeting } = reportRequest();
      return [{ ...meeting, loggedAt: loggedReport(env) }];
    },
  },
  {
    fn: 'openRound',
    args: () => {
      const n = String(++sequence).padStart(6, '0');
      return [{ requestId: `open-roles-${n}`, label: `臨時${n}`, fiscalYear: 2026, dueDate: '2026-12-25' }];
    },
  },
  // R6-H2, not R4-H1: the reports of this schedule go into R4-H1, which must stay open.
  { fn: 'closeRound', args: () => ['R6-H2'] },
  { fn: 'getRoundsView', args: () => [null] },
  { fn: 'reviewReport', args: (env) => reviewArgs(env, target) },
  {
    fn: 'changeLifecycle',
    // Completed and back to active, in turn: the item stays in every round's grading for the other calls.
    args: (env) => [
      {
        requestId: `life-roles-${String(++sequence).padStart(6, '0')}`,
        itemId: target,
        baseRevision: current(env, target).revision,
        lifecycle: sequence % 2 ? 'completed' : 'active',
        roundId: 'R4-H1',
        mergedInto: '',
        crossListedReformNo: null,
      },
    ],
  },
  { fn: 'previewReminders', args: () => [null] },
  {
    fn: 'sendReminders',
    args: () => [{ requestId: `remind-roles-${String(++sequence).padStart(6, '0')}`, roundId: 'R4-H1' }],
  },
  {
    fn: 'saveItem',
    args: (env) => {
      const item = current(env, target);
      const { pillarNo, reformNo, description, department, relatedDepartments, schedule, indicator } = item;
      return [
        {
          id: item.id,
          baseRevision: item.revision,
          ...{ pillarNo, reformNo, description, department, relatedDepartments, schedule, indicator },
          title: `${item.title.replace(/（改\d+）$/, '')}（改${++sequence}）`,
          savingsPlan: item.savingsPlan,
        },
      ];
    },
    department: (env) => current(env, target).department,
  },
  {
    fn: 'recordProgress',
    args: (env) => [
      progressReport(
        target,
        `req-roles-${String(++sequence).padStart(6, '0')}`,
        current(env, target).revision,
        {
          progress: sequence % 100,
        },
      ),
    ],
    department: (env) => current(env, target).department,
  },
];

function permitted(user: string, call: Call, env: Environment, mapped: boolean): boolean {
  // A blank address is nobody, mapped or not (Session gives '' across domains): it may only read.
  if (user === '') return !PLAN_OFFICE_ONLY.has(call.fn) && !call.department;
  // Rounds live in マスタ, which Sheets lets only its protection's editors change: while nobody is mapped that is the
  // user who ran set-up (and the owner), not every editor of the file.
  if (MASTER_WRITERS.has(call.fn)) return user === PLAN_OFFICE;
  if (!mapped || user === PLAN_OFFICE) return true;
  if (PLAN_OFFICE_ONLY.has(call.fn)) return false;
  if (!call.department) return true;
  return (DEPARTMENTS[call.department(env)] ?? []).includes(user);
}

it('the calls cover every server function of the bundle', () => {
  expect(
    calls(ITEMS[0] as string)
      .map((c) => c.fn)
      .sort(),
  ).toEqual(serverFunctions());
});

it('no role gets a right it does not have, and every refusal changes nothing', () => {
  const functionCount = calls('').length;
  let refusals = 0;
  let accepted = 0;
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.array(
        fc.tuple(
          fc.constantFrom(...USERS),
          fc.integer({ min: 0, max: functionCount - 1 }),
          fc.constantFrom(...ITEMS),
        ),
        { minLength: 4, maxLength: 10 },
      ),
      (mapped, steps) => {
        const env = setUpEnvironment();
        if (mapped) mapUsers(env, { planOffice: [PLAN_OFFICE], departments: DEPARTMENTS });
        for (const [user, index, target] of steps) {
          const call = calls(target)[index] as Call;
          const args = call.args(env);
          const allowed = permitted(user, call, env, mapped);
          const before = stateHash(env);
          const result = env.scriptRun(call.fn, args, { user }) as ApiResult<unknown>;
          const seen = { fn: call.fn, user, mapped, ok: result.ok };
          expect(seen).toEqual({ ...seen, ok: allowed });
          if (result.ok) {
            accepted++;
            continue;
          }
          refusals++;
          expect(result.error.code).toBe('forbidden');
          expect(stateHash(env)).toBe(before);
        }
      },
    ),
    { numRuns: 15, seed: 16 },
  );
  // The schedules really exercised both sides.
  expect(refusals).toBeGreaterThan(10);
  expect(accepted).toBeGreaterThan(10);
});
