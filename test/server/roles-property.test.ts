// Property-based (fast-check, fixed seed): random users — the plan office, two department members, an outsider and a
// blank e-mail — call every server function of the bundle and make the hand edits any editor of the file can make
// (typing themselves into マスタ's 行革担当 or another department's members, another department into an item's
// 担当課, clearing its 記録値, changing or forging 履歴 rows, deleting a 台帳 row), on a register with and without a
// mapping in マスタ. No role gets a right it does not have, every permitted call succeeds or is refused for what a
// hand edit did, every tampering with the record is reported by 検証, and every refusal — by the add-on or by
// Sheets — leaves the state hash equal.

import fc from 'fast-check';
import type { Environment } from '../../emulator';
import { progressReport, reportRequest } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { membersCell, planOfficeCell, registerCell, registerValue } from '../../harness/sheet-cells';
import { columnLetter } from '../../src/domain/a1';
import type { AdoptResult, ApiResult, HistoryCheck, ItemDetail } from '../../src/domain/api';
import { HISTORY_HEADERS } from '../../src/domain/history-codec';
import { instantText } from '../../src/domain/instant-cells';
import { SHEETS } from '../../src/domain/sheet-names';
import { freshSource } from '../support/import-source';
import { mapUsers } from '../support/roles';
import { serverFunctions, stateHash } from '../support/server-functions';

jest.setTimeout(120_000);

const DIGITAL = 'tanaka@city.gyoda.example.jp';
const ASSETS = 'sato@city.gyoda.example.jp';
const OUTSIDER = 'someone@elsewhere.example.com';
const USERS = [PLAN_OFFICE, DIGITAL, ASSETS, OUTSIDER, ''];
const DEPARTMENTS: Record<string, string[]> = { デジタル推進課: [DIGITAL], 資産管理課: [ASSETS] };
/** Each item's department as the sample records it. */
const RECORDED: Record<string, string> = { '1-1-01': 'デジタル推進課', '1-1-02': '資産管理課' };
const ITEMS = Object.keys(RECORDED);
/** Items no call aims at, whose 台帳 rows a hand edit may delete. */
const BYSTANDERS = ['2-3-01', '3-5-01', '4-7-01'];
/** Editors of the file who are not the plan office: what they type into マスタ Sheets must refuse. */
const EDITORS = [DIGITAL, ASSETS, OUTSIDER];

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
  'startImportSidebar',
  'previewImport',
  'importRegister',
]);

const MASTER_WRITERS = new Set(['openRound', 'closeRound']);

/** The 作成日時 of the log's last report; the plan office makes one first when the log is empty (a preparation,
 * before the state is hashed). */
function loggedReport(env: Environment): string {
  const last = () => env.spreadsheet.values(SHEETS.reportLog).slice(1).at(-1)?.[0];
  if (last() === undefined)
    env.scriptRun('generateReport', [reportRequest({ acknowledgeTampering: true })], { user: PLAN_OFFICE });
  return instantText(last() as Date);
}

let sequence = 0;
const current = (env: Environment, id: string) =>
  (env.scriptRun('getItem', [id, null], { user: PLAN_OFFICE }) as { value: ItemDetail }).value.item;

/** A valid call of each server function, built from the current state; `writesItem` when it writes the target item
 * for its department. */
interface Call {
  fn: string;
  args: (env: Environment) => unknown[];
  writesItem?: true;
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
  { fn: 'startImportSidebar', args: () => [] },
  { fn: 'previewImport', args: (env) => [freshSource(env, ++sequence).sheetName, null] },
  {
    fn: 'importRegister',
    args: (env) => {
      const n = ++sequence;
      return [{ ...freshSource(env, n), requestId: `import-roles-${String(n).padStart(6, '0')}` }];
    },
  },
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
    writesItem: true,
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
    writesItem: true,
  },
];

/** What the run has done: the rows held until the plan office adopts them, each item's recorded department (which
 * only an adoption changes), whether the record was changed by hand, and who besides the owner (the plan office,
 * who created the file) may edit マスタ — the user who last ran set-up, with the 行革担当 addresses. */
interface Model {
  mapped: boolean;
  recorded: Record<string, string>;
  held: Set<string>;
  tampered: boolean;
  masterEditors: Set<string>;
}

function permitted(user: string, call: Call, target: string, model: Model): boolean {
  // A blank address is nobody, mapped or not (Session gives '' across domains): it may only read.
  if (user === '') return !PLAN_OFFICE_ONLY.has(call.fn) && !call.writesItem;
  // Rounds live in マスタ, which Sheets lets only its protection's editors change: while nobody is mapped that is the
  // user who last ran set-up (and the owner), not every editor of the file.
  if (MASTER_WRITERS.has(call.fn)) return user === PLAN_OFFICE || model.masterEditors.has(user);
  if (!model.mapped || user === PLAN_OFFICE) return true;
  if (PLAN_OFFICE_ONLY.has(call.fn)) return false;
  if (!call.writesItem) return true;
  return (DEPARTMENTS[model.recorded[target] as string] ?? []).includes(user);
}

/** The refusals a permitted call may meet because of a hand edit: a held row is not written over, and the meeting
 * report waits for the plan office's confirmation of a history changed by hand. */
function excused(call: Call, target: string, model: Model): string[] {
  const codes: string[] = [];
  if (model.held.has(target) && (call.writesItem || ITEM_DECISIONS.has(call.fn))) codes.push('stale');
  // A review prepared while the row was held has no report to decide on.
  if (model.held.has(target) && call.fn === 'reviewReport') codes.push('notFound', 'invalid');
  if (model.tampered && REPORT_MAKERS.has(call.fn)) codes.push('tampered');
  return codes;
}

const ITEM_DECISIONS = new Set(['changeLifecycle', 'reviewReport']);
const REPORT_MAKERS = new Set(['generateReport', 'regenerateReport']);

type HandEdit =
  | { kind: 'planOffice'; user: string }
  | { kind: 'members'; user: string }
  | { kind: 'department'; user: string; target: string }
  | { kind: 'record'; user: string; target: string }
  | { kind: 'history'; user: string; row: number; column: number; value: string }
  | { kind: 'forge'; user: string; row: number }
  | { kind: 'deleteRow'; user: string; target: string };

const handEdit: fc.Arbitrary<HandEdit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('planOffice' as const, 'members' as const),
    user: fc.constantFrom(...EDITORS),
  }),
  fc.record({
    kind: fc.constantFrom('department' as const, 'record' as const),
    user: fc.constantFrom(PLAN_OFFICE, ...EDITORS),
    target: fc.constantFrom(...ITEMS),
  }),
  fc.record({
    kind: fc.constant('history' as const),
    user: fc.constantFrom(PLAN_OFFICE, ...EDITORS),
    row: fc.nat(),
    column: fc.integer({ min: 1, max: HISTORY_HEADERS.length }),
    value: fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: -5, max: 500 }).map(String)),
  }),
  fc.record({
    kind: fc.constant('forge' as const),
    user: fc.constantFrom(PLAN_OFFICE, ...EDITORS),
    row: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('deleteRow' as const),
    user: fc.constantFrom(PLAN_OFFICE, ...EDITORS),
    target: fc.constantFrom(...BYSTANDERS),
  }),
);

const historyTampering = (env: Environment) =>
  (
    env.scriptRun('verifyHistory', [], { user: PLAN_OFFICE }) as { value: HistoryCheck }
  ).value.tampering.filter((t) => t.sheet === SHEETS.history);

/** Makes one hand edit as its user would in Sheets and checks what follows from it; the model learns what it did. */
function makeHandEdit(env: Environment, edit: HandEdit, model: Model): void {
  const as = { user: edit.user };
  const before = stateHash(env);
  if (edit.kind === 'planOffice' || edit.kind === 'members') {
    // While nobody is mapped anyone may run set-up and so become an editor of マスタ: such a user types there by right.
    if (model.masterEditors.has(edit.user)) return;
    // Typing oneself into 行革担当, or into the members of the department that is not one's own.
    const cell =
      edit.kind === 'planOffice'
        ? planOfficeCell(env)
        : membersCell(env, edit.user === DIGITAL ? '資産管理課' : 'デジタル推進課');
    expect(() => env.userEdit(SHEETS.master, cell, edit.user, as)).toThrow('protected cell');
    expect(stateHash(env)).toBe(before);
    return;
  }
  if (edit.kind === 'department' || edit.kind === 'record') {
    const other = Object.keys(DEPARTMENTS).find((d) => d !== model.recorded[edit.target]) as string;
    const [header, typed] = edit.kind === 'department' ? ['担当課', other] : ['記録値', ''];
    const was = registerValue(env, edit.target, header);
    env.userEdit(SHEETS.register, registerCell(env, edit.target, header), typed, as);
    if (registerValue(env, edit.target, header) !== was) model.held.add(edit.target);
    return;
  }
  if (edit.kind === 'deleteRow') {
    // A row of 台帳 deleted (its system columns are only warning-protected): the item the history records is gone.
    const at = env.spreadsheet.values(SHEETS.register).findIndex((r) => r.includes(edit.target));
    if (at < 1) return;
    env.spreadsheet.deleteRows(SHEETS.register, at + 1, 1);
    model.tampered = true;
    const named = ok<HistoryCheck>(env.scriptRun('verifyHistory', [], { user: PLAN_OFFICE })).tampering;
    expect(named.find((t) => t.sheet === SHEETS.register)?.message).toContain(edit.target);
    return;
  }
  const rows = env.spreadsheet.values(SHEETS.history);
  if (rows.length < 2) return;
  const row = 2 + (edit.row % (rows.length - 1));
  if (edit.kind === 'history') {
    const was = String(rows[row - 1]?.[edit.column - 1] ?? '').replace(/^'+/, '');
    // Only a change of meaning is tampering: the same value typed again, or 12 for "12", is none.
    if (was === edit.value.replace(/^'+/, '') || Number(was) === Number(edit.value)) return;
    env.userEdit(SHEETS.history, `${columnLetter(edit.column)}${row}`, edit.value, as);
  } else {
    // A forged row: a copy of a recorded one with its seal left empty, pasted below the history.
    const copy = (rows[row - 1] ?? []).map((v) => (v instanceof Date ? instantText(v) : String(v)));
    env.userPaste(SHEETS.history, `A${rows.length + 1}`, [[...copy.slice(0, -2), '', '']], as);
  }
  model.tampered = true;
  expect(historyTampering(env).length).toBe(1);
}

it('the calls cover every server function of the bundle', () => {
  expect(
    calls(ITEMS[0] as string)
      .map((c) => c.fn)
      .sort(),
  ).toEqual(serverFunctions());
});

it('no role gets a right it does not have, every history tampering is reported, and every refusal changes nothing', () => {
  const functionCount = calls('').length;
  let refusals = 0;
  let accepted = 0;
  let handEdits = 0;
  const serverCall = fc.record({
    kind: fc.constant('call' as const),
    user: fc.constantFrom(...USERS),
    index: fc.integer({ min: 0, max: functionCount - 1 }),
    target: fc.constantFrom(...ITEMS),
  });
  // The calls a hand edit of 担当課 aims at, made more often: a department writing an item, the plan office adopting.
  const indexOf = (fn: string) => calls('').findIndex((c) => c.fn === fn);
  const aimedCall = fc.record({
    kind: fc.constant('call' as const),
    user: fc.constantFrom(DIGITAL, ASSETS, PLAN_OFFICE),
    index: fc.constantFrom(...['saveItem', 'recordProgress', 'adoptHandEdits'].map(indexOf)),
    target: fc.constantFrom(...ITEMS),
  });
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: serverCall },
          { weight: 1, arbitrary: aimedCall },
          { weight: 2, arbitrary: handEdit },
        ),
        { minLength: 4, maxLength: 12 },
      ),
      (mapped, steps) => {
        const env = setUpEnvironment();
        if (mapped) mapUsers(env, { planOffice: [PLAN_OFFICE], departments: DEPARTMENTS });
        const model: Model = {
          mapped,
          recorded: { ...RECORDED },
          held: new Set(),
          tampered: false,
          masterEditors: new Set([PLAN_OFFICE]),
        };
        for (const step of steps) {
          if (step.kind !== 'call') {
            makeHandEdit(env, step, model);
            handEdits++;
            continue;
          }
          const { user, target } = step;
          const call = calls(target)[step.index] as Call;
          const args = call.args(env);
          const allowed = permitted(user, call, target, model);
          const before = stateHash(env);
          const result = env.scriptRun(call.fn, args, { user }) as ApiResult<unknown>;
          const seen = { fn: call.fn, user, mapped, ok: result.ok };
          if (result.ok) {
            expect(seen).toEqual({ ...seen, ok: allowed });
            accepted++;
            if (call.fn === 'setupRegister')
              model.masterEditors = new Set([...(mapped ? [PLAN_OFFICE] : []), user]);
            if (call.fn === 'adoptHandEdits') {
              // The plan office's adoption is what makes a typed 担当課 the record.
              for (const id of (result.value as AdoptResult).adopted) {
                model.recorded[id] = String(registerValue(env, id, '担当課'));
                model.held.delete(id);
              }
            }
            continue;
          }
          refusals++;
          const expected = allowed ? excused(call, target, model) : ['forbidden'];
          expect({ ...seen, code: result.error.code }).toEqual({
            ...seen,
            code: expected.includes(result.error.code) ? result.error.code : expected,
          });
          expect(stateHash(env)).toBe(before);
        }
      },
    ),
    {
      numRuns: 20,
      seed: 16,
      // The take-over always tried once: デジタル推進課 typed into 資産管理課's 担当課 by its member, who then reports on
      // the item (refused: the record holds), 資産管理課 too (refused: the row is held), the plan office adopts it, and
      // only then may デジタル推進課 report.
      examples: [
        [
          true,
          [
            { kind: 'department', user: DIGITAL, target: '1-1-02' },
            { kind: 'call', user: DIGITAL, index: indexOf('recordProgress'), target: '1-1-02' },
            { kind: 'call', user: ASSETS, index: indexOf('recordProgress'), target: '1-1-02' },
            { kind: 'call', user: DIGITAL, index: indexOf('adoptHandEdits'), target: '1-1-02' },
            { kind: 'call', user: PLAN_OFFICE, index: indexOf('adoptHandEdits'), target: '1-1-02' },
            { kind: 'call', user: ASSETS, index: indexOf('recordProgress'), target: '1-1-02' },
            { kind: 'call', user: DIGITAL, index: indexOf('recordProgress'), target: '1-1-02' },
          ],
        ],
      ],
    },
  );
  // The schedules really exercised every side.
  expect(refusals).toBeGreaterThan(10);
  expect(accepted).toBeGreaterThan(10);
  expect(handEdits).toBeGreaterThan(10);
});
