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

/** Row and column of the master cell that lists `department`'s members. */
function membersAt(env: Environment, department: string): { row: number; column: number } {
  const column = MASTER_BLOCKS.departments.column;
  const row = env.spreadsheet.values(SHEETS.master).findIndex((r) => r[column - 1] === department);
  if (row < 1) throw new Error(`no department ${department} in the master`);
  return { row: row + 1, column: column + 1 };
}

/** Row and column of the master cell that lists the plan office's addresses (the settings row labelled 行革担当…). */
function planOfficeAt(env: Environment): { row: number; column: number } {
  const column = MASTER_BLOCKS.settings.column;
  const row = env.spreadsheet
    .values(SHEETS.master)
    .findIndex((r) => String(r[column - 1]).startsWith('行革担当'));
  if (row < 1) throw new Error('no 行革担当 row in the master settings');
  return { row: row + 1, column: column + 1 };
}

const a1Of = ({ row, column }: { row: number; column: number }) => `${columnLetter(column)}${row}`;

/** A1 of the master cell that lists `department`'s members, as a person would type into it. */
export const membersCell = (env: Environment, department: string): string => a1Of(membersAt(env, department));

/** A1 of the master cell that lists the plan office's addresses. */
export const planOfficeCell = (env: Environment): string => a1Of(planOfficeAt(env));

/** The plan office maps a department to its members by typing their addresses into the master. */
export function assignMembers(env: Environment, department: string, emails: string[]): void {
  const { row, column } = membersAt(env, department);
  env.spreadsheet.edit(SHEETS.master, row, column, [[emails.join('、')]]);
}

/** The plan office lists its own addresses in the master's settings. */
export function assignPlanOffice(env: Environment, emails: string[]): void {
  const { row, column } = planOfficeAt(env);
  env.spreadsheet.edit(SHEETS.master, row, column, [[emails.join('、')]]);
}
