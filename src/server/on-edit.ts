// The simple onEdit trigger: checks the edited register rows and marks their problem cells. It runs in
// AuthMode.LIMITED within 30 s, touches only this spreadsheet, and never throws at the user.

import { gridToMaster } from '../domain/master-codec';
import { type CellValue, columnIndex, columnsOf } from '../domain/row-codec';
import { extraYearColumns, headerPositions, rowProblems } from '../domain/row-problems';
import { SHEETS } from '../domain/sheet-names';
import { markProblems } from '../sheets/problem-marks';

export function checkEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const sheet = e.range.getSheet();
    if (sheet.getName() !== SHEETS.register || e.range.getRow() < 2) return;
    const master = gridToMaster(
      e.source.getSheetByName(SHEETS.master)?.getDataRange().getValues() as CellValue[][],
    );
    if (!master.ok) return;
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    const columns = columnsOf(master.value);
    const { index } = columnIndex(header, columns);
    const first = e.range.getRow();
    const block = sheet.getRange(first, 1, e.range.getNumRows(), width);
    const rows = block.getValues() as CellValue[][];
    const extraYears = extraYearColumns(header, master.value);
    const problems = rows.flatMap((cells, i) =>
      rowProblems(cells, first + i, columns, index, master.value, extraYears),
    );
    const positions = headerPositions(header);
    markProblems(block, first, (h) => positions.get(h), problems);
  } catch (error) {
    console.error(`onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}
