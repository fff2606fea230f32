// Verifies the digest chains of 履歴 and 報告書ログ: for validation, and for the meeting report's pre-flight.
import type { TamperFinding } from '../domain/api';
import type { CellValue } from '../domain/row-codec';
import { SHEETS } from '../domain/sheet-names';
import { tamperFinding } from '../domain/tamper';
import { HISTORY_CHAIN, REPORT_LOG_CHAIN, verify } from '../sheets/sealed-sheet';

const SEALED = [
  [SHEETS.history, HISTORY_CHAIN],
  [SHEETS.reportLog, REPORT_LOG_CHAIN],
] as const;

/** One finding per sealed sheet whose chain breaks; `values` gives a sheet's values (header first) when known. */
export function tamperFindings(values: (sheet: string) => CellValue[][] | null): TamperFinding[] {
  return SEALED.flatMap(([sheet, layout]) => {
    const grid = values(sheet);
    const found = grid ? verify(grid, layout) : null;
    return found ? [tamperFinding(sheet, found)] : [];
  });
}

export function sheetValues(sheet: string): CellValue[][] | null {
  const found = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
  return found ? (found.getDataRange().getValues() as CellValue[][]) : null;
}
