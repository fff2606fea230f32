// Finding cells the way a user does: a register item's cell by ID and header; in the master, a department's members
// and the plan office's addresses, typed in as the plan office would.
import type { Environment } from '../emulator';
import { columnLetter } from '../src/domain/a1';
import { MASTER_BLOCKS } from '../src/domain/master-codec';
import { SHEETS } from '../src/domain/sheet-names';

/** A1 of the register cell of item `id` under `header` (e.g. '取組項目'). */
export function registerCell(env: Environment, id: string, header: string): string {
  const rows = env.spreadsheet.values(SHEETS.register);
  const headers = (rows[0] ?? []).map(String);
  const row = rows.findIndex((r) => r[headers.indexOf('取組ID')] === id);
  const column = headers.indexOf(header);
  if (row < 1 || column < 0) throw new Error(`no register cell for ${id} / ${header}`);
  return `${columnLetter(column + 1)}${row + 1}`;
}

/** The register's values of one column for item `id`. */
export function registerValue(env: Environment, id: string, header: string): unknown {
  const rows = env.spreadsheet.values(SHEETS.register);
  const headers = (rows[0] ?? []).map(String);
  return rows.find((r) => r[headers.indexOf('取組ID')] === id)?.[headers.indexOf(header)];
}

/** The plan office maps a department to its members by typing their addresses into the master. */
export function assignMembers(env: Environment, department: string, emails: string[]): void {
  const column = MASTER_BLOCKS.departments.column;
  const rows = env.spreadsheet.values(SHEETS.master);
  const row = rows.findIndex((r) => r[column - 1] === department);
  if (row < 1) throw new Error(`no department ${department} in the master`);
  env.spreadsheet.edit(SHEETS.master, row + 1, column + 1, [[emails.join('、')]]);
}

/** The plan office lists its own addresses in the master's settings (the row labelled 行革担当…). */
export function assignPlanOffice(env: Environment, emails: string[]): void {
  const column = MASTER_BLOCKS.settings.column;
  const row = env.spreadsheet
    .values(SHEETS.master)
    .findIndex((r) => String(r[column - 1]).startsWith('行革担当'));
  if (row < 1) throw new Error('no 行革担当 row in the master settings');
  env.spreadsheet.edit(SHEETS.master, row + 1, column + 1, [[emails.join('、')]]);
}
