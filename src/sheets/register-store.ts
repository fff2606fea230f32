// Reads the master, the register and the history in one getValues call each, and writes a row or a batch of
// history rows in one setValues call. Rows are found by item ID at the moment of writing, never remembered.

import type { HandEdit } from '../domain/api';
import { AUTOMATIC, historyFormats, KIND_FORMATS } from '../domain/cell-formats';
import type { ChainHead } from '../domain/chain';
import type { ColumnDef } from '../domain/columns';
import { contiguousRuns, encodeRecordedRow, formulaHandEdits, readRecord } from '../domain/hand-edits';
import { decodeHistory, encodeHistory, HISTORY_CONTENT_KEYS, historyIndex } from '../domain/history-codec';
import {
  brokenMasterMessage,
  gridToMaster,
  MASTER_RANGE_A1,
  type MasterProblem,
} from '../domain/master-codec';
import { REGISTER } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import {
  asPlainText,
  type CellValue,
  columnIndex,
  columnsOf,
  type DecodedRow,
  decodeRow,
  hasUserContent,
} from '../domain/row-codec';
import type { HistoryEntry, Item, Master } from '../domain/schemas';
import { SHEETS } from '../domain/sheet-names';
import { keepFormattedMargin, writeFormattedRows } from './formatted-rows';
import { appendRowAsText, setValuesAsText } from './kept-text';
import { type ChainLayout, chainLayout, headOf, readHead, seal, writeAnchor } from './sealed-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RegisterRow extends DecodedRow {
  /** 1-based sheet row where the item was found in this read. */
  row: number;
  cells: CellValue[];
  /** The row as typed now; `item` is the row as the add-on last wrote it (the record everything else uses). */
  typed: Item;
  /** Cells typed by hand since the add-on last wrote the row. */
  handEdits: HandEdit[];
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

/** Some whole register rows as read, with the header row they are read by. */
export interface RegisterBlock {
  range: GoogleAppsScript.Spreadsheet.Range;
  /** 1-based sheet row of the block's first row. */
  first: number;
  header: CellValue[];
  columns: ColumnDef[];
  index: Map<string, number>;
  rows: CellValue[][];
}

/** The history's header positions and width, and its last row when the whole history was read. */
interface HistoryLayout {
  index: Map<string, number>;
  width: number;
  /** Each column's number format, by its header: plain text but for the numbers. */
  formats: string[];
  chain: ChainLayout;
  lastRow: number | null;
  /** The chain head once known: from a whole read, or after an append. */
  head: ChainHead | null;
}

/** Data rows in the order they were appended (by 連番): a sort by hand does not reorder the record. */
function inAppendOrder(rows: CellValue[][], chain: ChainLayout): CellValue[][] {
  const seq = (row: CellValue[]) => {
    const n = Number(row[chain.seq]);
    return String(row[chain.seq] ?? '').trim() !== '' && Number.isInteger(n) ? n : Number.POSITIVE_INFINITY;
  };
  return rows
    .map((row, at) => ({ row, at, seq: seq(row) }))
    .sort((a, b) => a.seq - b.seq || a.at - b.at)
    .map((r) => r.row);
}

function requireSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Refusal({ code: 'notSetUp', message: REGISTER.notSetUp });
  return sheet;
}

export class RegisterStore {
  /** An onEdit trigger passes the spreadsheet of its event. */
  constructor(private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  private readonly sheets = new Map<string, Sheet>();
  private historyLayout: HistoryLayout | null = null;
  /** Ranges of a row's runs of add-on columns, by "row:first:count": read for formulas, then written. */
  private readonly runRanges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
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
    return this.readMasterWithWarnings().master;
  }

  /** The master, and the messages of list entries left out because a cell of theirs is bad (each cell named). */
  readMasterWithWarnings(): { master: Master; warnings: MasterProblem[] } {
    const parsed = gridToMaster(this.readMasterGrid());
    if (!parsed.ok) throw new Refusal({ code: 'layout', message: brokenMasterMessage(parsed.problems) });
    return { master: parsed.value, warnings: parsed.warnings };
  }

  /** マスタ's whole block as it is, header row first. */
  readMasterGrid(): CellValue[][] {
    try {
      return this.spreadsheet.getRange(MASTER_RANGE_A1).getValues() as CellValue[][];
    } catch {
      throw new Refusal({ code: 'notSetUp', message: REGISTER.notSetUp });
    }
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
      const at = { row: i + 2, cells, typed: decoded.item };
      if (decoded.item.id) {
        const { recorded, handEdits } = readRecord(cells, columns, index);
        rows.push({ ...decoded, ...at, item: recorded, handEdits });
      } else if (hasUserContent(cells, columns, index))
        rowsWithoutId.push({ ...decoded, ...at, handEdits: [] });
    });
    const header = values[0] ?? [];
    return { sheet, dataRange, header, columns, index, width: header.length, rows, rowsWithoutId };
  }

  /** The register's items, in sheet order. */
  readItems(master: Master): Item[] {
    return this.readRegister(master).rows.map((r) => r.item);
  }

  /** The header row and `count` rows from sheet row `first` (an edit's rows), not the whole register. */
  readBlock(master: Master, first: number, count: number): RegisterBlock {
    const sheet = this.sheet(SHEETS.register);
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    const columns = columnsOf(master);
    const { index } = columnIndex(header, columns);
    const range = sheet.getRange(first, 1, count, width);
    return { range, first, header, columns, index, rows: range.getValues() as CellValue[][] };
  }

  /** The whole history in one read, by its headers; a missing header is refused with its name. */
  readHistory(): HistoryEntry[] {
    const sheet = this.sheet(SHEETS.history);
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const header = values[0] ?? [];
    const layout = this.historyHeader(header);
    const rows = values.slice(1);
    this.historyLayout = { ...layout, lastRow: values.length, head: headOf(rows, layout.chain) };
    keepFormattedMargin(sheet, values.length, layout.formats);
    return decodeHistory(inAppendOrder(rows, layout.chain), layout.index);
  }

  private historyHeader(header: CellValue[]): Omit<HistoryLayout, 'lastRow' | 'head'> {
    const { index, missing } = historyIndex(header);
    const [absent] = missing;
    if (absent)
      throw new Refusal({ code: 'layout', message: REGISTER.missingColumn(SHEETS.history, absent.header) });
    return {
      index,
      width: header.length,
      formats: historyFormats(header),
      chain: chainLayout(index, HISTORY_CONTENT_KEYS),
    };
  }

  /** One item's row: exactly one row matches the ID, or the write is refused. */
  findRow(snapshot: RegisterSnapshot, id: string): RegisterRow {
    const matches = snapshot.rows.filter((r) => r.item.id === id);
    if (matches.length === 0) throw new Refusal({ code: 'notFound', message: REGISTER.notFound(id) });
    if (matches.length > 1) throw new Refusal({ code: 'invalid', message: REGISTER.duplicateId(id) });
    return matches[0] as RegisterRow;
  }

  /**
   * Writes an item over the row it was read from: only the add-on's own columns, one write per run of adjacent
   * ones, so a city's own columns anywhere among them (formulas, text) are never touched.
   */
  writeItem(snapshot: RegisterSnapshot, found: RegisterRow, item: Item): void {
    const cells = encodeRecordedRow(item, snapshot.columns, snapshot.index, found.cells);
    this.writeCells(snapshot, found, cells, snapshot.index.values());
  }

  private runRange(snapshot: RegisterSnapshot, row: number, first: number, count: number) {
    const key = `${row}:${first}:${count}`;
    let range = this.runRanges.get(key);
    if (!range) {
      range = snapshot.sheet.getRange(row, first + 1, 1, count);
      this.runRanges.set(key, range);
    }
    return range;
  }

  /**
   * The found row's add-on cells holding a formula (getValues shows only their result), one getFormulas per run of
   * add-on columns: a save reads them before its first write, and writes through the same ranges.
   */
  formulaEdits(snapshot: RegisterSnapshot, found: RegisterRow): HandEdit[] {
    return contiguousRuns(snapshot.index.values()).flatMap(({ first, count }) => {
      const [formulas = []] = this.runRange(snapshot, found.row, first, count).getFormulas();
      return formulaHandEdits(formulas, first, found.cells, snapshot.columns, snapshot.index);
    });
  }

  /** Every row's hand edits with its add-on cells holding a formula added: one getFormulas of the data region. */
  withFormulaEdits(snapshot: RegisterSnapshot): RegisterRow[] {
    const formulas = snapshot.dataRange.getFormulas();
    return snapshot.rows.map((r) => {
      const edits = formulaHandEdits(formulas[r.row - 1] ?? [], 0, r.cells, snapshot.columns, snapshot.index);
      return edits.length ? { ...r, handEdits: [...r.handEdits, ...edits] } : r;
    });
  }

  /** Writes `cells` at the given 0-based positions of the found row, one setValues per run of adjacent positions. */
  writeCells(
    snapshot: RegisterSnapshot,
    found: RegisterRow,
    cells: CellValue[],
    positions: Iterable<number>,
  ): void {
    for (const { first, count } of contiguousRuns(positions)) {
      const range = this.runRange(snapshot, found.row, first, count);
      const restore = found.cells
        .slice(first, first + count)
        .map((c) => (typeof c === 'string' ? asPlainText(c) : c));
      this.undo.push(() => setValuesAsText(range, [restore]));
      setValuesAsText(range, [cells.slice(first, first + count)]);
    }
  }

  /** Appends an item after the last row with content, with the columns' formats (the sheet may have grown). */
  appendItem(snapshot: RegisterSnapshot, item: Item): void {
    const cells = encodeRecordedRow(
      item,
      snapshot.columns,
      snapshot.index,
      Array<CellValue>(snapshot.width).fill(''),
    );
    const formats = Array<string>(cells.length).fill(AUTOMATIC);
    for (const column of snapshot.columns) {
      const at = snapshot.index.get(column.key);
      if (at !== undefined && at < formats.length) formats[at] = KIND_FORMATS[column.kind];
    }
    const first = snapshot.sheet.getLastRow() + 1;
    this.undo.push(() => snapshot.sheet.getRange(first, 1, 1, formats.length).clearContent());
    writeFormattedRows(snapshot.sheet, first, formats, [cells]);
  }

  /**
   * The history's headers, read now unless the history was read: a write step calls this before its first
   * write, so a broken history refuses before anything is written.
   */
  readHistoryHeader(): void {
    if (this.historyLayout) return;
    const sheet = this.sheet(SHEETS.history);
    const width = sheet.getLastColumn();
    // A range of no columns would throw: an emptied sheet has no headers, which is refused by name.
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]) : [];
    this.historyLayout = { ...this.historyHeader(header), lastRow: null, head: null };
  }

  /**
   * Entries under the history's own headers, plain text on every text column, sealed onto the chain after its head
   * (found by 連番: rows may have been sorted; callers hold the document lock, so nothing appends in between). One
   * entry is one appendRow, which lands in the formatted margin that every read of the history keeps
   * (keepFormattedMargin); several are written with their formats below the last row.
   */
  appendHistory(entries: HistoryEntry[]): void {
    this.readHistoryHeader();
    const layout = this.historyLayout as HistoryLayout;
    const sheet = this.sheet(SHEETS.history);
    const rows = entries.map((entry) => encodeHistory(entry, layout.index, layout.width));
    if (rows.length === 0) return;
    const head = layout.head ?? readHead(sheet, layout.chain, layout.lastRow ?? sheet.getLastRow());
    const next = seal(head, rows, layout.chain);
    const [only] = rows;
    if (rows.length === 1 && only) {
      appendRowAsText(sheet, only, () =>
        this.undo.push(() => sheet.getRange(sheet.getLastRow(), 1, 1, only.length).clearContent()),
      );
      if (layout.lastRow !== null) layout.lastRow += 1;
    } else {
      const first = (layout.lastRow ?? sheet.getLastRow()) + 1;
      this.undo.push(() => sheet.getRange(first, 1, rows.length, layout.width).clearContent());
      writeFormattedRows(sheet, first, layout.formats, rows);
      layout.lastRow = first - 1 + rows.length;
    }
    this.undo.push(() => writeAnchor(SHEETS.history, head));
    writeAnchor(SHEETS.history, next);
    layout.head = next;
  }
}
