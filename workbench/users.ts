// The users the page offers: the plan office and department members from the マスタ sheet.
import type { Environment } from '../emulator';
import { gridToMaster } from '../src/domain/master-codec';
import type { CellValue } from '../src/domain/row-codec';
import { SHEETS } from '../src/domain/sheet-names';

export interface UserChoice {
  email: string;
  /** Who this user is in the plan: 行革担当 or the department's name. */
  role: string;
}

/** An unreadable or missing master offers no one: the page keeps its free-text field for that case. */
export function planUsers(env: Environment): UserChoice[] {
  if (!env.spreadsheet.sheetNames().includes(SHEETS.master)) return [];
  const master = gridToMaster(env.spreadsheet.values(SHEETS.master) as CellValue[][]);
  if (!master.ok) return [];
  const choices = master.value.planOffice.map((email) => ({ email, role: '行革担当' }));
  for (const department of master.value.departments)
    for (const email of department.members) choices.push({ email, role: department.name });
  return choices;
}
