// Reads the master, the register and the history in one getValues call each, and writes a row or a batch of
// history rows in one setValues call. Rows are found by item ID at the moment of writing, never remembered.
import type { ApiError } from '../domain/api';
import type { ChainHead } from '../domain/chain';
import type { ColumnDef } from '../domain/columns';
import { decodeHistory, encodeHistory } from '../domain/history-codec';
import { gridToMaster, MASTER_RANGE_A1 } from '../domain/master-codec';
import { REGISTER } from '../domain/messages';
import {
  type CellValue,
  columnIndex,
  columnsOf,
  type DecodedRow,
  decodeRow,
  hasUserContent,
} from '../domain/row-codec';
import type { HistoryEntry, Master } from '../domain/schemas';
import { SHEETS } from '../domain/sheet-names';
import { HISTORY_CHAIN, headOf, readHead, sealed } from './sealed-sheet';

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

/** A range past the sheet's last row would throw: grow the sheet first. */
function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

export class RegisterStore {
  private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet();

  private readonly sheets = new Map<string, Sheet>();
  private historyLastRow: number | null = null;
  /** The history's chain head once known (from a full read, or after an append). */
  private historyHead: ChainHead | null = null;

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
    const values = this.sheet(SHEETS.history).getDataRange().getValues() as CellValue[][];
    this.historyLastRow = values.length;
    this.historyHead = headOf(values, HISTORY_CHAIN);
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
    snapshot.sheet.getRange(row, first + 1, 1, last - first + 1).setValues([cells.slice(first, last + 1)]);
  }

  /** Appends item rows after the last row with content, in one call. */
  appendRows(snapshot: RegisterSnapshot, rows: CellValue[][]): void {
    if (rows.length === 0) return;
    const first = snapshot.sheet.getLastRow() + 1;
    ensureRows(snapshot.sheet, first + rows.length - 1);
    snapshot.sheet.getRange(first, 1, rows.length, (rows[0] as CellValue[]).length).setValues(rows);
  }

  /**
   * Seals the entries onto the history's chain (連番 and digest after the head, found by 連番 since rows may have
   * been sorted), then one entry: appendRow (one call, grows the sheet); several: one setValues below the last row.
   * Callers hold the document lock, so no other execution appends between reading the head and writing.
   */
  appendHistory(entries: HistoryEntry[]): void {
    if (entries.length === 0) return;
    const sheet = this.sheet(SHEETS.history);
    const lastRow = this.historyLastRow ?? sheet.getLastRow();
    const head = this.historyHead ?? readHead(sheet, HISTORY_CHAIN, lastRow);
    const { rows, head: next } = sealed(head, entries.map(encodeHistory), HISTORY_CHAIN);
    const [only] = rows;
    if (rows.length === 1 && only) {
      sheet.appendRow(only);
    } else {
      ensureRows(sheet, lastRow + rows.length);
      sheet.getRange(lastRow + 1, 1, rows.length, (only as CellValue[]).length).setValues(rows);
    }
    this.historyLastRow = lastRow + rows.length;
    this.historyHead = next;
  }
}
