// Reads the master, the register and the history in one getValues call each, or one item's row through the ID
// column alone, and writes a row's add-on cells (one setValues per run of adjacent add-on columns, its 記録値
// included) or a batch of history rows in one setValues call. A row is found by item ID and read again, its ID
// checked, at the moment of writing.
import type { HandEdit } from '../domain/api';
import { AUTOMATIC, historyFormats, KIND_FORMATS } from '../domain/cell-formats';
import type { ChainHead } from '../domain/chain';
import { type ColumnDef, FIXED_COLUMNS } from '../domain/columns';
import {
  contiguousRuns,
  encodeRecordedRow,
  formulaHandEdits,
  readRecord,
  recordedItems,
} from '../domain/hand-edits';
import {
  decodeHistory,
  encodeHistory,
  HISTORY_CONTENT_KEYS,
  HISTORY_LATE_KEYS,
  historyIndex,
  historyText,
} from '../domain/history-codec';
import { INSTANT_FORMAT } from '../domain/instant-cells';
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
  idOf,
} from '../domain/row-codec';
import type { HistoryEntry, Item, Master } from '../domain/schemas';
import { SHEETS } from '../domain/sheet-names';
import { keepFormattedMargin, keepMarginRowFormatted, writeFormattedRows } from './formatted-rows';

const isDateCell = (cell: CellValue | undefined) => Object.prototype.toString.call(cell) === '[object Date]';

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
  /** The row has no readable 記録値 (typed in by hand, or its 記録値 cleared). */
  unrecorded: boolean;
}

/** Rows with cells typed by hand since the add-on last wrote them, not yet adopted (手入力の変更). */
export const handEditedRowCount = (rows: readonly RegisterRow[]): number =>
  rows.filter((r) => r.handEdits.length > 0).length;

/** The register's header row as read, and where each column the add-on knows is in it. */
export interface RegisterLayout {
  sheet: Sheet;
  /** The header row as read. */
  header: CellValue[];
  columns: ColumnDef[];
  index: Map<string, number>;
  width: number;
}

export interface RegisterSnapshot extends RegisterLayout {
  /** The data region as read (header row included): marks are written back through it without another lookup. */
  dataRange: GoogleAppsScript.Spreadsheet.Range;
  rows: RegisterRow[];
  /** Rows with something typed into the add-on's columns but no item ID (e.g. added or cleared by hand). */
  rowsWithoutId: RegisterRow[];
}

/** Some whole register rows as read, with the header row they are read by. */
export interface RegisterBlock {
  sheet: Sheet;
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
/** A row's 連番 as recorded; a row without one sorts after every sealed row. */
function seqOf(cell: CellValue | undefined): number {
  const n = Number(cell);
  return String(cell ?? '').trim() !== '' && Number.isInteger(n) ? n : Number.POSITIVE_INFINITY;
}

function inAppendOrder(rows: CellValue[][], chain: ChainLayout): CellValue[][] {
  const seq = (row: CellValue[]) => seqOf(row[chain.seq]);
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

/**
 * A register row as read: `item` as the add-on last wrote it (its 記録値), `typed` as it is now, and the cells typed
 * by hand in between. A row without an ID has no record to compare with.
 */
export function registerRow(
  cells: CellValue[],
  row: number,
  columns: ColumnDef[],
  index: Map<string, number>,
): RegisterRow {
  const decoded = decodeRow(cells, columns, index);
  const at = { row, cells, typed: decoded.item };
  if (!decoded.item.id) return { ...decoded, ...at, handEdits: [], unrecorded: false };
  const { recorded, handEdits, unrecorded } = readRecord(cells, columns, index);
  return { ...decoded, ...at, item: recorded, handEdits, unrecorded };
}

/** Each known column's position in the header; a missing required column is refused with its name. */
function requiredIndex(header: CellValue[], columns: ColumnDef[]): Map<string, number> {
  const { index, missing } = columnIndex(header, columns);
  const required = missing.find((c) => c.required);
  if (required) {
    throw new Refusal({ code: 'layout', message: REGISTER.missingColumn(SHEETS.register, required.header) });
  }
  return index;
}

export class RegisterStore {
  /** An onEdit trigger passes the spreadsheet of its event. */
  constructor(private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  private readonly sheets = new Map<string, Sheet>();
  private historyLayout: HistoryLayout | null = null;
  /** 履歴 as readHistory read it, header first, until this execution appends to it. */
  private historyGrid: CellValue[][] | null = null;
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
    const index = requiredIndex(values[0] ?? [], columns);
    const rows: RegisterRow[] = [];
    const rowsWithoutId: RegisterRow[] = [];
    values.slice(1).forEach((cells, i) => {
      const read = registerRow(cells, i + 2, columns, index);
      if (read.item.id) rows.push(read);
      else if (hasUserContent(cells, columns, index)) rowsWithoutId.push(read);
    });
    const header = values[0] ?? [];
    return { sheet, dataRange, header, columns, index, width: header.length, rows, rowsWithoutId };
  }

  /** The header row alone (a city may have moved or inserted columns); a missing required column is refused. */
  readLayout(master: Master): RegisterLayout {
    const sheet = this.sheet(SHEETS.register);
    const width = sheet.getLastColumn();
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]) : [];
    const columns = columnsOf(master);
    return { sheet, header, columns, index: requiredIndex(header, columns), width };
  }

  /** Every item ID in sheet order, '' for a row without one: the ID column alone, in one read. */
  readIds(layout: RegisterLayout): string[] {
    const last = layout.sheet.getLastRow();
    if (last < 2) return [];
    const column = (layout.index.get('id') as number) + 1;
    return layout.sheet
      .getRange(2, column, last - 1, 1)
      .getValues()
      .map((cells) => idOf(cells[0] as CellValue));
  }

  /**
   * Every item ID of 台帳 without reading the master: the 取組ID column found among the fixed columns' headers
   * ([] when the file has no 台帳).
   */
  readRegisterIds(): string[] {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.register);
    if (!sheet) return [];
    const width = sheet.getLastColumn();
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]) : [];
    const columns = [...FIXED_COLUMNS];
    return this.readIds({ sheet, header, columns, index: requiredIndex(header, columns), width });
  }

  /** One sheet row of the register, decoded by the layout's header. */
  readRowAt(layout: RegisterLayout, row: number): RegisterRow {
    const cells = layout.sheet.getRange(row, 1, 1, layout.width).getValues()[0] as CellValue[];
    return registerRow(cells, row, layout.columns, layout.index);
  }

  /**
   * One item's row, found through the ID column and then read alone: exactly one row holds the ID, or it is
   * refused. The cells read are one column and one row, whatever the register's size.
   */
  locateRow(layout: RegisterLayout, id: string): RegisterRow {
    // '' is the ID of every row without one: no item has it.
    if (!id) throw new Refusal({ code: 'notFound', message: REGISTER.notFound(id) });
    const rows: number[] = [];
    this.readIds(layout).forEach((cell, i) => {
      if (cell === id) rows.push(i + 2);
    });
    const [row] = rows;
    if (row === undefined) throw new Refusal({ code: 'notFound', message: REGISTER.notFound(id) });
    if (rows.length > 1) throw new Refusal({ code: 'invalid', message: REGISTER.duplicateId(id) });
    return this.readRowAt(layout, row);
  }

  /**
   * The row located before the lock, read again now (under it): that one row, by the header read before. Only when
   * the row no longer holds the item (rows sorted or inserted in between) is it located again through the ID column.
   * The header is not read again: a column moved by hand takes no lock, so no re-read could rule that out anyway.
   */
  rereadRow(layout: RegisterLayout, seen: RegisterRow): RegisterRow {
    const again = this.readRowAt(layout, seen.row);
    return again.item.id === seen.item.id ? again : this.locateRow(layout, seen.item.id);
  }

  /** The register's items, in sheet order. */
  readItems(master: Master): Item[] {
    return this.readRegister(master).rows.map((r) => r.item);
  }

  /** The items of the record, for figures: rows typed in by hand and never recorded are left out (recordedItems). */
  readRecordedItems(master: Master, history: readonly HistoryEntry[]): Item[] {
    return recordedItems(this.readRegister(master).rows, history);
  }

  /** The header row and `count` rows from sheet row `first` (an edit's rows), not the whole register. */
  readBlock(master: Master, first: number, count: number): RegisterBlock {
    const sheet = this.sheet(SHEETS.register);
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    const columns = columnsOf(master);
    const { index } = columnIndex(header, columns);
    const range = sheet.getRange(first, 1, count, width);
    return { sheet, range, first, header, columns, index, rows: range.getValues() as CellValue[][] };
  }

  /** The whole history in one read, by its headers; a missing header is refused with its name. */
  readHistory(): HistoryEntry[] {
    const sheet = this.sheet(SHEETS.history);
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const header = values[0] ?? [];
    const layout = this.historyHeader(header);
    const rows = values.slice(1);
    this.historyLayout = { ...layout, lastRow: values.length, head: headOf(rows, layout.chain) };
    this.historyGrid = values;
    keepFormattedMargin(sheet, values.length, layout.formats);
    return decodeHistory(inAppendOrder(rows, layout.chain), layout.index);
  }

  /**
   * A sheet's values, header first, or null when the file has no such sheet: for the history check, which then
   * verifies 履歴 as readHistory read it in this execution instead of reading it a second time.
   */
  sheetValues(name: string): CellValue[][] | null {
    if (name === SHEETS.history && this.historyGrid) return this.historyGrid;
    const sheet = this.spreadsheet.getSheetByName(name);
    return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : null;
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
      chain: chainLayout(index, HISTORY_CONTENT_KEYS, HISTORY_LATE_KEYS),
    };
  }

  /**
   * Writes an item over the row it was read from: only the add-on's own columns, one write per run of adjacent
   * ones, so a city's own columns anywhere among them (formulas, text) are never touched.
   */
  writeItem(snapshot: RegisterLayout, found: RegisterRow, item: Item): void {
    const cells = encodeRecordedRow(item, snapshot.columns, snapshot.index, found.cells);
    this.writeCells(snapshot, found, cells, snapshot.index.values());
  }

  private runRange(snapshot: RegisterLayout, row: number, first: number, count: number) {
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
   * add-on columns: a save reads them under the lock on the row read again there, before its first write, and
   * writes through the same ranges.
   */
  formulaEdits(snapshot: RegisterLayout, found: RegisterRow): HandEdit[] {
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
    snapshot: RegisterLayout,
    found: RegisterRow,
    cells: CellValue[],
    positions: Iterable<number>,
  ): void {
    const written = [...positions];
    this.formatInstantCells(snapshot, found, cells, written);
    for (const { first, count } of contiguousRuns(written)) {
      const range = this.runRange(snapshot, found.row, first, count);
      const restore = found.cells
        .slice(first, first + count)
        .map((c) => (typeof c === 'string' ? asPlainText(c) : c));
      this.undo.push(() => setValuesAsText(range, [restore]));
      setValuesAsText(range, [cells.slice(first, first + count)]);
    }
  }

  /**
   * An instant's cell (更新日時) about to get a Date while it holds none — the ISO text written before instants were
   * Date cells, in a column still formatted "@" until set-up repairs it, or nothing — gets the instant format first:
   * what a Date written into a "@" cell becomes is unsettled (a date, or text that no longer reads as the instant).
   * One call, on such a row only.
   */
  private formatInstantCells(snapshot: RegisterLayout, found: RegisterRow, cells: CellValue[], at: number[]) {
    for (const column of snapshot.columns) {
      const position = snapshot.index.get(column.key);
      if (column.kind !== 'datetime' || position === undefined || !at.includes(position)) continue;
      if (isDateCell(cells[position]) && !isDateCell(found.cells[position]))
        snapshot.sheet.getRange(found.row, position + 1).setNumberFormat(INSTANT_FORMAT);
    }
  }

  /**
   * Inserts a new item's row below sheet row `after`, with the columns' formats and the dropdowns of the row next to
   * it: whether Sheets gives a row inserted by a script the formats and rules of its neighbour is not settled (the
   * emulation's side: it does not), so they are written. Protections that span the row grow with it, as in Sheets.
   */
  insertItem(snapshot: RegisterLayout, item: Item, after: number): void {
    const { sheet, width } = snapshot;
    const row = after + 1;
    sheet.insertRowAfter(after);
    this.undo.push(() => sheet.deleteRow(row));
    // The row above when it is an item's (the header's rules are none), else the row now below the new one.
    const neighbour = after >= 2 ? after : row + 1;
    const rules = sheet.getRange(neighbour, 1, 1, width).getDataValidations();
    sheet.getRange(row, 1, 1, width).setDataValidations(rules);
    const cells = encodeRecordedRow(item, snapshot.columns, snapshot.index, Array<CellValue>(width).fill(''));
    writeFormattedRows(sheet, row, this.formatsOf(snapshot, width), [cells]);
  }

  /**
   * Inserts blocks of new items' rows (an import), each below sheet row `after` as insertItem places one row, with
   * the formats and dropdowns of the neighbouring row: a handful of calls per block, whatever its number of rows.
   * Blocks come top-down, each `after` counted with the blocks above it already in.
   */
  insertItems(snapshot: RegisterLayout, blocks: { after: number; items: Item[] }[]): void {
    const { sheet, width } = snapshot;
    const formats = this.formatsOf(snapshot, width);
    for (const { after, items } of blocks) {
      const row = after + 1;
      sheet.insertRowsAfter(after, items.length);
      this.undo.push(() => sheet.deleteRows(row, items.length));
      const neighbour = after >= 2 ? after : row + items.length;
      const [rules = []] = sheet.getRange(neighbour, 1, 1, width).getDataValidations();
      sheet.getRange(row, 1, items.length, width).setDataValidations(items.map(() => rules));
      const blank = () => Array<CellValue>(width).fill('');
      const cells = items.map((item) => encodeRecordedRow(item, snapshot.columns, snapshot.index, blank()));
      writeFormattedRows(sheet, row, formats, cells);
    }
  }

  /** Each register column's number format, automatic for a city's own columns. */
  private formatsOf(snapshot: RegisterLayout, width: number): string[] {
    const formats = Array<string>(width).fill(AUTOMATIC);
    for (const column of snapshot.columns) {
      const at = snapshot.index.get(column.key);
      if (at !== undefined && at < formats.length) formats[at] = KIND_FORMATS[column.kind];
    }
    return formats;
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

  /** The history's last row, asked once: a save reads no history row it does not need. */
  private historyLastRow(): number {
    this.readHistoryHeader();
    const layout = this.historyLayout as HistoryLayout;
    layout.lastRow ??= this.sheet(SHEETS.history).getLastRow();
    return layout.lastRow;
  }

  /**
   * Before a save's first write: the history's headers (a broken one refuses before anything is written) and the
   * formatted margin below its last row, which a whole read of the history would otherwise keep.
   */
  prepareHistoryAppend(): void {
    const last = this.historyLastRow();
    keepFormattedMargin(this.sheet(SHEETS.history), last, (this.historyLayout as HistoryLayout).formats);
  }

  /** One column of the history below its header, by the column's key (e.g. every entry's item ID), in one read. */
  readHistoryColumn(key: string): string[] {
    return this.readHistoryColumns([key])[0] as string[];
  }

  /** Several columns of 履歴's data rows as text, one list per key, in one read of the span between them. */
  readHistoryColumns(keys: readonly string[]): string[][] {
    const last = this.historyLastRow();
    if (last < 2) return keys.map(() => []);
    const { index } = this.historyLayout as HistoryLayout;
    const at = keys.map((key) => index.get(key) as number);
    const first = Math.min(...at);
    const span = this.sheet(SHEETS.history)
      .getRange(2, first + 1, last - 1, Math.max(...at) - first + 1)
      .getValues() as CellValue[][];
    return at.map((c) => span.map((cells) => historyText(cells[c - first] as CellValue)));
  }

  /** The entries of some history rows, by their position in readHistoryColumn's answer (sheet row i + 2). */
  readHistoryEntriesAt(positions: number[]): HistoryEntry[] {
    this.readHistoryHeader();
    const { index, width } = this.historyLayout as HistoryLayout;
    const sheet = this.sheet(SHEETS.history);
    return positions.flatMap((i) =>
      decodeHistory(sheet.getRange(i + 2, 1, 1, width).getValues() as CellValue[][], index),
    );
  }

  /**
   * An item's entries in the order they were recorded (by 連番: 履歴 may have been sorted by hand), read newest
   * first until `enough` holds: the item ID and 連番 columns, then only the item's own rows.
   */
  readItemHistory(itemId: string, enough: (entries: HistoryEntry[]) => boolean): HistoryEntry[] {
    const mine = this.readHistoryColumn('itemId').flatMap((id, at) => (id === itemId ? [at] : []));
    if (mine.length === 0) return [];
    const seqs = this.readHistoryColumn('seq');
    const newestFirst = mine
      .map((at) => ({ at, seq: seqOf(seqs[at]) }))
      .sort((a, b) => b.seq - a.seq || b.at - a.at);
    const read: HistoryEntry[] = [];
    for (const { at } of newestFirst) {
      read.unshift(...this.readHistoryEntriesAt([at]));
      if (enough(read)) break;
    }
    return read;
  }

  /**
   * The item made by a create with this request ID (a retried create), or null: the request ID column, then only
   * the rows that carry that ID.
   */
  createdBy(requestId: string): string | null {
    const positions: number[] = [];
    this.readHistoryColumn('requestId').forEach((cell, i) => {
      if (cell === requestId) positions.push(i);
    });
    return this.readHistoryEntriesAt(positions).find((h) => h.kind === 'create')?.itemId ?? null;
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
    this.historyGrid = null;
    const head = layout.head ?? readHead(sheet, layout.chain, layout.lastRow ?? sheet.getLastRow());
    const next = seal(head, rows, layout.chain);
    const [only] = rows;
    if (rows.length === 1 && only) {
      // The margin below the last row exists once the history was read or prepared; a caller that did neither
      // prepares it now.
      if (layout.lastRow === null) this.prepareHistoryAppend();
      const last = layout.lastRow as number;
      keepMarginRowFormatted(sheet, last + 1, layout.formats);
      appendRowAsText(sheet, only, () =>
        this.undo.push(() => sheet.getRange(sheet.getLastRow(), 1, 1, only.length).clearContent()),
      );
      layout.lastRow = last + 1;
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
