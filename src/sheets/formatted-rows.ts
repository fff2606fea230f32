// Writes rows together with their column formats: a row past those formatted at set-up (the sheet grown by a
// save, or rows inserted by hand) has the automatic format, where Sheets would parse the add-on's text.
import type { CellValue } from '../domain/row-codec';
import { setValuesAsText } from './kept-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A range past the sheet's last row would throw: grow the sheet first. */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/** Sets the formats of rows firstRow… (one format per column from column 1), then writes the rows. */
export function writeFormattedRows(
  sheet: Sheet,
  firstRow: number,
  formats: string[],
  rows: CellValue[][],
): void {
  if (rows.length === 0) return;
  ensureRows(sheet, firstRow + rows.length - 1);
  const range = sheet.getRange(firstRow, 1, rows.length, formats.length);
  range.setNumberFormats(rows.map(() => formats));
  setValuesAsText(range, rows);
}

/** Rows kept formatted below a log's last row, so appendRow (one call, no position needed) lands on plain text. */
export const FORMATTED_MARGIN = 500;
const GROWTH = 1000;

/**
 * Called where a log has just been read (its last row known): when fewer than FORMATTED_MARGIN formatted rows
 * remain below it, the sheet grows by GROWTH rows carrying the log's formats. Rows inserted by a script do not
 * take the formats of the rows above them (the emulation's side of an unsettled answer).
 */
export function keepFormattedMargin(sheet: Sheet, lastRow: number, formats: string[]): void {
  const max = sheet.getMaxRows();
  if (max - lastRow >= FORMATTED_MARGIN) return;
  sheet.insertRowsAfter(max, GROWTH);
  sheet
    .getRange(max + 1, 1, GROWTH, formats.length)
    .setNumberFormats(Array.from({ length: GROWTH }, () => formats));
}
