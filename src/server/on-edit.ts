// The simple onEdit trigger: checks the edited register rows and marks their problem cells. It runs in
// AuthMode.LIMITED within 30 s, touches only this spreadsheet, and never throws at the user.

import { Refusal } from '../domain/refusal';
import { extraYearColumns, headerPositions, rowProblems } from '../domain/row-problems';
import { SHEETS } from '../domain/sheet-names';
import { markProblems } from '../sheets/problem-marks';
import { RegisterStore } from '../sheets/register-store';

export function checkEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    if (e.range.getSheet().getName() !== SHEETS.register || e.range.getRow() < 2) return;
    const store = new RegisterStore(e.source);
    const master = store.readMaster();
    const block = store.readBlock(master, e.range.getRow(), e.range.getNumRows());
    const extraYears = extraYearColumns(block.header, master);
    const problems = block.rows.flatMap((cells, i) =>
      rowProblems(cells, block.first + i, block.columns, block.index, master, extraYears),
    );
    const positions = headerPositions(block.header);
    markProblems(block.range, block.first, (h) => positions.get(h), problems);
  } catch (error) {
    // No register or a broken master: nothing to check against (the 検証 sidebar names the problem).
    if (error instanceof Refusal) return;
    console.error(`onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}
