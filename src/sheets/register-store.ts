// Reads the master, the register and the history in one getValues call each, and writes a row or a batch of
// history rows in one setValues call. Rows are found by item ID at the moment of writing, never remembered.
import type { ApiError } from '../domain/api';
import { AUTOMATIC, HISTORY_FORMATS, KIND_FORMATS } from '../domain/cell-formats';
import type { ColumnDef } from '../domain/columns';
import { decodeHistory, encodeHistory } from '../domain/history-codec';
import { gridToMaster, MASTER_RANGE_A1 } from '../domain/master-codec';
import { REGISTER } from '../domain/messages';
import {
  asPlainText,
  type CellValue,
  columnIndex,
  columnsOf,
  type DecodedRow,
  decodeRow,
  hasUserContent,
} from '../domain/row-codec';
import type { HistoryEntry, Master } from '../domain/schemas';
import { SHEETS } from '../domain/sheet-names';
import { keepFormattedMargin, writeFormattedRows } from './formatted-rows';
import { appendRowAsText, setValuesAsText } from './kept-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** An expected refusal: carried up to the entry point, which turns it into { ok: false, error }. */
export class Refusal extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

export interface RegisterRow extends DecodedRow {
  /** 1-based sheet row where the item was found in this read. */
  row: number;
  cells: CellValue[];
}

export interface RegisterSnapshot {
  sheet: Sheet;
  /** The data region as read (header row included): marks are written back through it without another lookup. */
  dataRange: GoogleAppsScript.Spreadsheet.Range;
  /** The header row as read. */
  header: CellValue[];
  columns: ColumnDef[];
  index: Map<string, number>;
  width: number;
  rows: RegisterRow[];
  /** Rows with something typed into the add-on's columns but no item ID (e.g. added or cleared by hand). */
  rowsWithoutId: RegisterRow[];
}

function requireSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Refusal({ code: 'notSetUp', message: REGISTER.notSetUp });
  return sheet;
}

export class RegisterStore {
  private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet();

  private readonly sheets = new Map<string, Sheet>();
  private historyLastRow: number | null = null;
  /** How to take back each write made so far, newest last: a save that fails half-way is undone (undoWrites). */
  private readonly undo: (() => void)[] = [];

  /**
   * Takes back this execution's writes, newest first, after a failure part-way through a save (Sheets has no
   * transactions: writes made before an exception stay). Best effort: an undo that fails does not stop the others.
   */
  undoWrites(): void {
    for (const step of this.undo.splice(0).reverse()) {
      try {
        step();
      } catch (error) {
        console.error(`undo: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private sheet(name: string): Sheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = requireSheet(this.spreadsheet, name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  /** The master block has a fixed size (MASTER_LIST_ROWS per list), so one range call reads it all. */
  summarySheet(): Sheet {
    return this.sheet(SHEETS.summary);
  }

  reportLogSheet(): Sheet {
    return this.sheet(SHEETS.reportLog);
  }

  readMaster(): Master {
    let grid: CellValue[][];
    try {
      grid = this.spreadsheet.getRange(MASTER_RANGE_A1).getValues() as CellValue[][];
    } catch {
      throw new Refusal({ code: 'notSetUp', message: REGISTER.notSetUp });
    }
    const parsed = gridToMaster(grid);
    if (!parsed.ok) {
      const detail = parsed.fields.map((f) => f.message).join('、');
      throw new Refusal({ code: 'layout', message: REGISTER.brokenMaster(detail) });
    }
    return parsed.value;
  }

  /** The whole register in one read; a missing required column is refused with its name. */
  readRegister(master: Master): RegisterSnapshot {
    const sheet = this.sheet(SHEETS.register);
    const dataRange = sheet.getDataRange();
    const values = dataRange.getValues() as CellValue[][];
    const columns = columnsOf(master);
    const { index, missing } = columnIndex(values[0] ?? [], columns);
    const required = missing.find((c) => c.required);
    if (required) {
      throw new Refusal({
        code: 'layout',
        message: REGISTER.missingColumn(SHEETS.register, required.header),
      });
    }
    const rows: RegisterRow[] = [];
    const rowsWithoutId: RegisterRow[] = [];
    values.slice(1).forEach((cells, i) => {
      const decoded = decodeRow(cells, columns, index);
      if (decoded.item.id) rows.push({ ...decoded, row: i + 2, cells });
      else if (hasUserContent(cells, columns, index)) rowsWithoutId.push({ ...decoded, row: i + 2, cells });
    });
    const header = values[0] ?? [];
    return { sheet, dataRange, header, columns, index, width: header.length, rows, rowsWithoutId };
  }

  readHistory(): HistoryEntry[] {
    const sheet = this.sheet(SHEETS.history);
    const values = sheet.getDataRange().getValues() as CellValue[][];
    this.historyLastRow = values.length;
    keepFormattedMargin(sheet, values.length, HISTORY_FORMATS);
    return decodeHistory(values.slice(1));
  }

  /** One item's row: exactly one row matches the ID, or the write is refused. */
  findRow(snapshot: RegisterSnapshot, id: string): RegisterRow {
    const matches = snapshot.rows.filter((r) => r.item.id === id);
    if (matches.length === 0) throw new Refusal({ code: 'notFound', message: REGISTER.notFound(id) });
    if (matches.length > 1) throw new Refusal({ code: 'invalid', message: REGISTER.duplicateId(id) });
    return matches[0] as RegisterRow;
  }

  /**
   * Writes the span of the row between the first and the last column the add-on knows, in one call: a city's
   * own columns after it (formulas included) are never touched.
   */
  writeRow(snapshot: RegisterSnapshot, row: number, cells: CellValue[]): void {
    const positions = [...snapshot.index.values()];
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    const range = snapshot.sheet.getRange(row, first + 1, 1, last - first + 1);
    const before = snapshot.rows.find((r) => r.row === row)?.cells;
    if (before) {
      const restore = before.slice(first, last + 1).map((c) => (typeof c === 'string' ? asPlainText(c) : c));
      this.undo.push(() => setValuesAsText(range, [restore]));
    }
    setValuesAsText(range, [cells.slice(first, last + 1)]);
  }

  /** Appends item rows after the last row with content, with the columns' formats (the sheet may have grown). */
  appendRows(snapshot: RegisterSnapshot, rows: CellValue[][]): void {
    if (rows.length === 0) return;
    const formats = Array<string>((rows[0] as CellValue[]).length).fill(AUTOMATIC);
    for (const column of snapshot.columns) {
      const at = snapshot.index.get(column.key);
      if (at !== undefined && at < formats.length) formats[at] = KIND_FORMATS[column.kind];
    }
    const first = snapshot.sheet.getLastRow() + 1;
    this.undo.push(() => snapshot.sheet.getRange(first, 1, rows.length, formats.length).clearContent());
    writeFormattedRows(snapshot.sheet, first, formats, rows);
  }

  /**
   * History rows below the last one, plain text on every text column: where the history was read in this
   * execution, written with their formats at the known position; otherwise one entry is one appendRow, which
   * lands in the formatted margin that every read of the history keeps (keepFormattedMargin).
   */
  appendHistory(entries: HistoryEntry[]): void {
    const sheet = this.sheet(SHEETS.history);
    const [only] = entries;
    if (this.historyLastRow === null && entries.length === 1 && only) {
      const row = encodeHistory(only);
      appendRowAsText(sheet, row, () =>
        this.undo.push(() => sheet.getRange(sheet.getLastRow(), 1, 1, row.length).clearContent()),
      );
      return;
    }
    if (entries.length === 0) return;
    const first = (this.historyLastRow ?? sheet.getLastRow()) + 1;
    this.undo.push(() => sheet.getRange(first, 1, entries.length, HISTORY_FORMATS.length).clearContent());
    writeFormattedRows(sheet, first, HISTORY_FORMATS, entries.map(encodeHistory));
    this.historyLastRow = first - 1 + entries.length;
  }
}
