// Text the add-on escaped with a leading apostrophe (asPlainText: "=", "+", "-", "@", "'") must be stored without
// it. Whether a plain-text ("@") cell drops that apostrophe or keeps it is unsettled (apps-script-facts §9 [open]):
// after a write that escaped something, the escaped cells are read back, and where the apostrophe was kept it is
// written again without it — a cell that keeps the apostrophe stores text as given, so "=" stays text there.
import type { CellValue } from '../domain/row-codec';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isEscaped = (cell: CellValue): cell is string => typeof cell === 'string' && cell.startsWith("'");

/** After `rows` were written into `range`: one read if anything was escaped, one write if an apostrophe stayed. */
export function dropKeptApostrophes(range: Range, rows: CellValue[][]): void {
  if (!rows.some((row) => row.some(isEscaped))) return;
  const stored = range.getValues() as CellValue[][];
  let kept = false;
  const fixed = rows.map((row, r) =>
    row.map((cell, c) => {
      if (!isEscaped(cell) || stored[r]?.[c] !== cell) return cell;
      kept = true;
      return cell.slice(1);
    }),
  );
  if (kept) range.setValues(fixed);
}

/** setValues that stores escaped text as the text meant, under either answer. */
export function setValuesAsText(range: Range, rows: CellValue[][]): void {
  range.setValues(rows);
  dropKeptApostrophes(range, rows);
}

/**
 * appendRow (one call, grows the sheet) that stores escaped text as the text meant, under either answer;
 * `appended` runs as soon as the row is in the sheet.
 */
export function appendRowAsText(sheet: Sheet, row: CellValue[], appended: () => void): void {
  sheet.appendRow(row);
  appended();
  if (row.some(isEscaped)) dropKeptApostrophes(sheet.getRange(sheet.getLastRow(), 1, 1, row.length), [row]);
}
