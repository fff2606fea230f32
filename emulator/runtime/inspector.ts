// Host-side view of the emulated spreadsheet for tests, benchmarks and the workbench; reads are not counted.
import { parseA1 } from '../spreadsheet/a1';
import { type CellState, newSheetState, type ProtectionState, type SheetState } from '../spreadsheet/state';
import { displayValue } from '../spreadsheet/values';
import type { Workbook } from '../spreadsheet/workbook';

export type HostValue = string | number | boolean | Date;

export class SpreadsheetInspector {
  constructor(private readonly book: Workbook) {}

  sheetNames(): string[] {
    return this.book.state.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetState {
    const sheet = this.book.sheetByName(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  private grid<T>(name: string, read: (cell: CellState | null) => T): T[][] {
    const sheet = this.sheet(name);
    const rows = this.book.lastRow(sheet);
    const columns = this.book.lastColumn(sheet);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(this.book.cell(sheet, r + 1, c + 1))),
    );
  }

  /** Values of the data region, as getValues would return them (Dates as host Dates). */
  values(name: string): HostValue[][] {
    return this.grid(name, (cell) => {
      if (!cell) return '';
      return typeof cell.value === 'object' ? new Date(cell.value.date) : cell.value;
    });
  }

  displayValues(name: string): string[][] {
    return this.grid(name, displayValue);
  }

  cell(name: string, a1: string): CellState | null {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`not A1 notation: ${a1}`);
    return this.book.cell(this.sheet(name), ref.row, ref.column);
  }

  /** Every formula ever written by a script or typed by a user. */
  formulas(): { sheet: string; a1: string; formula: string }[] {
    return [...this.book.state.formulaLog];
  }

  namedRanges() {
    return structuredClone(this.book.state.namedRanges);
  }

  protections() {
    return structuredClone(this.book.state.protections);
  }

  /** A user changing a protection in the Sheets UI (editors, warning-only, domain edit); not a script call. */
  editProtection(
    id: number,
    patch: Partial<Pick<ProtectionState, 'editors' | 'warningOnly' | 'domainEdit'>>,
  ): void {
    const protection = this.book.state.protections.find((p) => p.id === id);
    if (!protection) throw new Error(`no protection ${id}`);
    Object.assign(protection, structuredClone(patch));
  }

  /** A user adding a sheet (the + at the bottom of Sheets, or a file imported as a new sheet), last in the file. */
  addSheet(name: string): void {
    if (this.book.sheetByName(name)) throw new Error(`a sheet named ${name} exists`);
    const state = this.book.state;
    state.sheets.push(newSheetState(state.nextId++, name));
  }

  /** A user deleting a sheet (its tab's menu > Delete); its protections go with it. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    const state = this.book.state;
    state.sheets = state.sheets.filter((s) => s.id !== sheet.id);
    state.protections = state.protections.filter((p) => p.range.sheetId !== sheet.id);
  }

  /** Writes values as a user's paste would (strings read like typed input); not a script call, not counted. */
  edit(name: string, row: number, column: number, values: unknown[][]): void {
    const sheet = this.sheet(name);
    values.forEach((cells, r) => {
      cells.forEach((value, c) => {
        this.book.writeValue(sheet, row + r, column + c, value);
      });
    });
    // A paste past the edge grows the sheet, as in Sheets.
    sheet.maxRows = Math.max(sheet.maxRows, row + values.length - 1);
    sheet.maxColumns = Math.max(sheet.maxColumns, column + Math.max(0, ...values.map((r) => r.length)) - 1);
  }

  /**
   * Makes the n-th spreadsheet write from now (1 = the next) fail with `message`, as a Sheets outage mid-save
   * would: every write method (values, formats, rows, sheets, protections) counts as one.
   */
  failWriteAt(
    n: number,
    message = `Service Spreadsheets failed while accessing document with id ${this.book.state.id}.`,
  ): void {
    this.book.plannedFailure = { remaining: n, message };
  }

  /** A user's structural edits: insert or delete rows, sort the data rows by a key. */
  insertRows(name: string, before: number, count: number): void {
    this.book.insertRows(this.sheet(name), before, count);
  }

  deleteRows(name: string, start: number, count: number): void {
    this.book.deleteRows(this.sheet(name), start, count);
  }

  /** A user inserting empty columns before column `before` (1-based), as Sheets' 列を左に挿入 does. */
  insertColumns(name: string, before: number, count: number): void {
    this.book.insertColumns(this.sheet(name), before, count);
  }

  /** Reorders rows from `firstRow` on, as a user sorting the sheet would (formats move with the rows). */
  reorderRows(
    name: string,
    firstRow: number,
    compare: (a: (CellState | null)[], b: (CellState | null)[]) => number,
  ): void {
    const sheet = this.sheet(name);
    const last = this.book.lastRow(sheet);
    const body = sheet.rows.slice(firstRow - 1, last).map((r) => r ?? []);
    body.sort(compare);
    sheet.rows.splice(firstRow - 1, body.length, ...body);
  }
}
