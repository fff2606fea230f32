// The sheet a register is imported from: the file's sheets the add-on does not own, and one source read whole (its
// values, numbers as numbers, and its display values, text as the user sees it: a date in a 年度 column as shown).
import type { SourceGrid } from '../domain/import-rows';
import { IMPORT } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { SHEETS } from '../domain/sheet-names';

const OWN: readonly string[] = Object.values(SHEETS);

/** The names of the sheets an import may read, in the file's order. */
export function importSourceNames(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): string[] {
  return spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => !OWN.includes(name));
}

/** One source sheet's data region, in two reads; the add-on's own sheets and missing ones are refused by name. */
export function readImportSource(
  sheetName: string,
  spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): SourceGrid {
  if (OWN.includes(sheetName)) throw new Refusal({ code: 'invalid', message: IMPORT.notASource(sheetName) });
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Refusal({ code: 'notFound', message: IMPORT.noSuchSheet(sheetName) });
  const range = sheet.getDataRange();
  return { sheetName, values: range.getValues() as unknown[][], display: range.getDisplayValues() };
}
