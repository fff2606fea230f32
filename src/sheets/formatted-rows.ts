// Writes rows together with their column formats: a row past those formatted at set-up (the sheet grown by a
// save, or rows inserted by hand) has the automatic format, where Sheets would parse the add-on's text.
import { PLAIN_TEXT } from '../domain/cell-formats';
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

/**
 * Whether a row formatted `seen` takes what the add-on writes under `wanted`: a text column must be plain text and
 * any other must not be (what a Date or a number becomes in a "@" cell, or text in an automatic one, is not settled).
 * A number format spelled otherwise does no harm.
 */
const takesWrites = (seen: readonly string[], wanted: readonly string[]) =>
  wanted.every((format, i) => (seen[i] === PLAIN_TEXT) === (format === PLAIN_TEXT));

/**
 * Before an appendRow lands on sheet row `row` of the margin: a margin an earlier set-up formatted otherwise (履歴's
 * 日時 as text before instants were Date cells, a column added since) is given `formats` down to the sheet's end.
 * Two calls to look at that row's formats (getRange, getNumberFormats); three more, once, when they disagree.
 */
export function keepMarginRowFormatted(sheet: Sheet, row: number, formats: string[]): void {
  const seen = sheet.getRange(row, 1, 1, formats.length).getNumberFormats()[0] ?? [];
  if (takesWrites(seen, formats)) return;
  const rows = Math.max(sheet.getMaxRows(), row) - row + 1;
  sheet.getRange(row, 1, rows, formats.length).setNumberFormats(Array.from({ length: rows }, () => formats));
}
