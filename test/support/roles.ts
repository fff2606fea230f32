// Test users mapped in マスタ as a plan office would type them: 行革担当 addresses and department members.
import type { Environment } from '../../emulator';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { SHEETS } from '../../src/domain/sheet-names';

export interface Mapping {
  planOffice: string[];
  departments: Record<string, string[]>;
}

/** The settings row that holds 行革担当 (the 6th setting), found by its label. */
function planOfficeRow(env: Environment): number {
  const grid = env.spreadsheet.values(SHEETS.master);
  return grid.findIndex((r) => String(r[MASTER_BLOCKS.settings.column - 1]).startsWith('行革担当')) + 1;
}

/** Writes the mapping into マスタ host-side (a hand edit, not counted as a script call). */
export function mapUsers(env: Environment, mapping: Mapping): void {
  const column = MASTER_BLOCKS.settings.column + 1;
  env.spreadsheet.edit(SHEETS.master, planOfficeRow(env), column, [[mapping.planOffice.join('、')]]);
  const grid = env.spreadsheet.values(SHEETS.master);
  const names = MASTER_BLOCKS.departments.column - 1;
  for (const [department, members] of Object.entries(mapping.departments)) {
    const row = grid.findIndex((r) => r[names] === department) + 1;
    if (row < 2) throw new Error(`no department ${department} in マスタ`);
    env.spreadsheet.edit(SHEETS.master, row, names + 2, [[members.join('、')]]);
  }
}
