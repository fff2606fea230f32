// A register in the emulation for server tests and benchmarks: set up through the bundle, grown host-side.
import { join } from 'node:path';
import { Environment, type EnvironmentOptions } from '../emulator';
import type { ApiResult, ItemDetail } from '../src/domain/api';
import { registerColumns } from '../src/domain/columns';
import { encodeRecordedRow } from '../src/domain/hand-edits';
import { type CellValue, columnIndex, emptyItem } from '../src/domain/row-codec';
import type { ProgressInput } from '../src/domain/schemas';
import { SEED_MASTER } from '../src/domain/seed';
import { SHEETS } from '../src/domain/sheet-names';
import { TEST_START } from './clock';
import { progressReport } from './payloads';

export const DIST = join(__dirname, '..', 'dist');
export const PLAN_OFFICE = 'gyokaku@city.gyoda.example.jp';
/** Two department members (listed in the master by assignMembers in harness/sheet-cells). */
export const DEPT_A = { user: 'tanaka@city.gyoda.example.jp', department: 'デジタル推進課' };
export const DEPT_B = { user: 'suzuki@city.gyoda.example.jp', department: '財政課' };
export const START = TEST_START;

/** Unwraps an ApiResult the test expects to succeed, with the refusal in the failure message otherwise. */
export function ok<T>(result: unknown): T {
  const r = result as ApiResult<T>;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

export function setUpEnvironment(options: EnvironmentOptions = {}): Environment {
  const env = Environment.create({ distDir: DIST, now: START, user: PLAN_OFFICE, ...options });
  ok(env.scriptRun('setupRegister', []));
  return env;
}

/**
 * Adds items until the register holds `total`, each row with its 記録値 as the add-on writes it (a register the add-on
 * filled), pasted in one edit that is not counted as script calls.
 */
export function growRegister(env: Environment, total: number): void {
  const header = env.spreadsheet.values(SHEETS.register)[0] as CellValue[];
  const columns = registerColumns(SEED_MASTER.period);
  const { index } = columnIndex(header, columns);
  const existing = env.spreadsheet.values(SHEETS.register).length - 1;
  const rows: CellValue[][] = [];
  for (let n = existing; n < total; n++) {
    const reform = SEED_MASTER.reforms[n % SEED_MASTER.reforms.length]!;
    const item = {
      ...emptyItem(`${reform.pillarNo}-${reform.no}-${String(100 + n).padStart(4, '0')}`),
      pillarNo: reform.pillarNo,
      reformNo: reform.no,
      title: `取組 ${n + 1}`,
      department: SEED_MASTER.departments[n % SEED_MASTER.departments.length]!.name,
      status: '未着手',
      progress: 0,
      revision: 1,
    };
    rows.push(encodeRecordedRow(item, columns, index, Array<CellValue>(header.length).fill('')));
  }
  if (rows.length) env.spreadsheet.edit(SHEETS.register, existing + 2, 1, rows);
}

let reportNo = 0;
/** Records a progress report on the item's current revision through the bundle, with a request ID of its own. */
export function reportProgress(env: Environment, itemId: string, patch: Partial<ProgressInput> = {}): void {
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [itemId, null])).item.revision;
  reportNo++;
  ok(
    env.scriptRun('recordProgress', [
      progressReport(itemId, `req-progress-${reportNo}-0001`, revision, patch),
    ]),
  );
}
