// Interleaved executions for the concurrency suite: several users' saves and progress reports, a second one
// started from inside the first one's n-th service call, and a sequential replay of whatever was accepted.
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { DEPT_A, DEPT_B, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { assignMembers, assignPlanOffice } from '../../harness/sheet-cells';
import type { ApiResult, ItemDetail } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';

/** The plan office and two department users, each listed in the master. */
export function officeWithDepartments(): Environment {
  const env = setUpEnvironment();
  for (const { user, department } of [DEPT_A, DEPT_B]) assignMembers(env, department, [user]);
  assignPlanOffice(env, [PLAN_OFFICE]);
  return env;
}

/** The first `perDepartment` items of each department user's department. */
export function itemsOf(env: Environment, department: string, perDepartment: number): string[] {
  const [header, ...rows] = env.spreadsheet.values(SHEETS.register);
  const at = (header as string[]).indexOf('担当課');
  return rows
    .filter((r) => r[at] === department)
    .slice(0, perDepartment)
    .map((r) => String(r[0]));
}

export function revisionOf(env: Environment, itemId: string): number {
  const [header, ...rows] = env.spreadsheet.values(SHEETS.register);
  const row = rows.find((r) => r[0] === itemId);
  return Number(row?.[(header as string[]).indexOf('版')]);
}

export interface Operation {
  kind: 'progress' | 'save';
  user: string;
  itemId: string;
  /** Distinguishes the values written, so a lost update shows. */
  value: number;
}

/** One execution as a call: the function and its arguments exactly as sent. */
export interface Call {
  fn: 'recordProgress' | 'saveItem';
  args: unknown[];
  user: string;
}

export function callFor(env: Environment, op: Operation, requestId: string): Call {
  const baseRevision = revisionOf(env, op.itemId);
  if (op.kind === 'progress') {
    const report = progressReport(op.itemId, requestId, baseRevision, {
      progress: op.value,
      activity: `進捗 ${op.value}`,
    });
    return { fn: 'recordProgress', args: [report], user: op.user };
  }
  const { item } = ok<ItemDetail>(env.scriptRun('getItem', [op.itemId, null], { user: op.user }));
  const input = {
    id: item.id,
    baseRevision,
    pillarNo: item.pillarNo,
    reformNo: item.reformNo,
    title: item.title,
    description: `内容 ${op.value}`,
    department: item.department,
    relatedDepartments: item.relatedDepartments,
    schedule: item.schedule,
    indicator: item.indicator,
    savingsPlan: item.savingsPlan,
  };
  return { fn: 'saveItem', args: [input], user: op.user };
}

export function perform(env: Environment, call: Call): ApiResult<unknown> {
  return env.scriptRun(call.fn, call.args, { user: call.user }) as ApiResult<unknown>;
}

/**
 * Runs `outer`; at its `at`-th service call, runs `inner` from inside it (another user's execution arriving
 * mid-flight). An inner call that never got its turn runs after the outer one. Results in completion order.
 */
export function interleave(
  env: Environment,
  outer: Call,
  inner: Call,
  at: number,
): { call: Call; result: ApiResult<unknown> }[] {
  const done: { call: Call; result: ApiResult<unknown> }[] = [];
  let calls = 0;
  let innerRan = false;
  env.onServiceCall(() => {
    if (innerRan || calls++ < at) return;
    innerRan = true;
    env.onServiceCall(null);
    done.push({ call: inner, result: perform(env, inner) });
  });
  const outerResult = perform(env, outer);
  env.onServiceCall(null);
  done.push({ call: outer, result: outerResult });
  if (!innerRan) done.push({ call: inner, result: perform(env, inner) });
  return done;
}

/** Register and history without the columns stamped with the wall clock (and the history's digests and the
 * register's 記録値, which cover its 日時 and 更新日時). */
export function comparable(env: Environment): { register: unknown[][]; history: unknown[][] } {
  const strip = (sheet: string, ...clockColumns: string[]) => {
    const rows = env.spreadsheet.values(sheet);
    const at = clockColumns.map((c) => (rows[0] as string[]).indexOf(c));
    return rows.map((r) =>
      r.filter((_, i) => !at.includes(i)).map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
  };
  return {
    register: strip(SHEETS.register, '更新日時', '記録値'),
    history: strip(SHEETS.history, '日時', 'ダイジェスト'),
  };
}
