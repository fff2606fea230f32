// Range: reads and writes of a rectangle of cells, with Apps Script's value rules and error texts.
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { a1Notation } from './a1';
import type { EmulatedDataValidation } from './data-validation';
import type { EmulatedProtection } from './protection';
import type { EmulatedSheet } from './sheet';
import type { CellState, SheetState } from './state';
import { displayValue, readValue } from './values';
import type { Workbook } from './workbook';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Supported =
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getValue'
  | 'getValues'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFormula'
  | 'getFormulas'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getNote'
  | 'getNotes'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getFontWeight'
  | 'getFontWeights';

export class EmulatedRange implements Pick<GasRange, Supported> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Workbook,
    private readonly owner: EmulatedSheet,
    private readonly sheetId: number,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Range', ctx.calls);
  }

  private get sheet(): SheetState {
    return this.book.sheetById(this.sheetId);
  }

  private self(): GasRange {
    return this as unknown as GasRange;
  }

  /** Visits every cell position of the range, row by row. */
  private grid<T>(read: (cell: CellState | null) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++)
        row.push(read(this.book.cell(this.sheet, this.row + r, this.column + c)));
      out.push(row);
    }
    return out;
  }

  private checkDimensions(data: unknown): unknown[][] {
    if (!Array.isArray(data))
      throw exception(this.ctx.realm, "The parameters (String) don't match the method signature.");
    const rows = data as unknown[][];
    if (rows.length !== this.numRows) {
      throw exception(
        this.ctx.realm,
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of rows) {
      const length = Array.isArray(row) ? row.length : 0;
      if (length !== this.numColumns) {
        throw exception(
          this.ctx.realm,
          `The number of columns in the data does not match the number of columns in the range. The data has ${length} but the range has ${this.numColumns}.`,
        );
      }
    }
    return rows;
  }

  /** Applies `write` to every cell with the matching element of a grid of the range's size. */
  private writeGrid<T>(
    data: T[][],
    write: (cell: CellState, value: T, row: number, column: number) => void,
  ): GasRange {
    const rows = this.checkDimensions(data) as T[][];
    this.owner.checkWrite(this.gridRef());
    const sheet = this.sheet;
    rows.forEach((values, r) => {
      values.forEach((value, c) => {
        const row = this.row + r;
        const column = this.column + c;
        write(this.book.cellForWrite(sheet, row, column), value, row, column);
      });
    });
    return this.self();
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.numRows }, () => Array<T>(this.numColumns).fill(value));
  }

  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.owner as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  getValues(): unknown[][] {
    return this.ctx.realm.Array.from(this.grid((cell) => readValue(cell, this.ctx.realm.Date)));
  }
  getValue(): unknown {
    return readValue(this.book.cell(this.sheet, this.row, this.column), this.ctx.realm.Date);
  }
  getDisplayValues(): string[][] {
    return this.grid(displayValue);
  }
  getDisplayValue(): string {
    return displayValue(this.book.cell(this.sheet, this.row, this.column));
  }

  setValues(values: unknown[][]): GasRange {
    return this.writeGrid(values, (_cell, value, row, column) =>
      this.book.writeValue(this.sheet, row, column, value),
    );
  }
  setValue(value: unknown): GasRange {
    return this.setValues(this.fill(value));
  }

  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.book.cell(this.sheet, this.row, this.column)?.formula ?? '';
  }
  setFormula(formula: string): GasRange {
    return this.setValues(this.fill(formula.startsWith('=') ? formula : `=${formula}`));
  }

  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.numberFormat ?? '0.###############');
  }
  getNumberFormat(): string {
    return this.book.cell(this.sheet, this.row, this.column)?.numberFormat ?? '0.###############';
  }
  setNumberFormats(formats: string[][]): GasRange {
    return this.writeGrid(formats, (cell, format) => {
      cell.numberFormat = String(format);
    });
  }
  setNumberFormat(format: string): GasRange {
    return this.setNumberFormats(this.fill(format));
  }

  getNotes(): string[][] {
    return this.grid((cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.book.cell(this.sheet, this.row, this.column)?.note ?? '';
  }
  setNotes(notes: (string | null)[][]): GasRange {
    return this.writeGrid(notes, (cell, note) => {
      if (note) cell.note = String(note);
      else delete cell.note;
    });
  }
  setNote(note: string | null): GasRange {
    return this.setNotes(this.fill(note));
  }

  getBackgrounds(): string[][] {
    return this.grid((cell) => cell?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.book.cell(this.sheet, this.row, this.column)?.background ?? '#ffffff';
  }
  setBackgrounds(colors: (string | null)[][]): GasRange {
    return this.writeGrid(colors, (cell, color) => {
      if (color && color.toLowerCase() !== '#ffffff') cell.background = color.toLowerCase();
      else delete cell.background;
    });
  }
  setBackground(color: string | null): GasRange {
    return this.setBackgrounds(this.fill(color));
  }

  getFontWeights(): ('bold' | 'normal')[][] {
    return this.grid((cell) => cell?.fontWeight ?? 'normal');
  }
  getFontWeight(): 'bold' | 'normal' {
    return this.book.cell(this.sheet, this.row, this.column)?.fontWeight ?? 'normal';
  }
  setFontWeights(weights: (string | null)[][]): GasRange {
    return this.writeGrid(weights, (cell, weight) => {
      if (weight === 'bold') cell.fontWeight = 'bold';
      else delete cell.fontWeight;
    });
  }
  setFontWeight(weight: string | null): GasRange {
    return this.setFontWeights(this.fill(weight));
  }

  setDataValidation(rule: EmulatedDataValidation | null): GasRange {
    const state = rule ? rule.state : null;
    return this.writeGrid(this.fill(state), (cell, value) => {
      if (value) cell.validation = structuredClone(value);
      else delete cell.validation;
    });
  }
  /**
   * [doc] Range.setDataValidations: "Sets the data validation rules for all cells in the range… The array dimensions
   * must correspond to the range dimensions"; a null entry removes the cell's rule (as setDataValidation(null)).
   */
  setDataValidations(rules: (EmulatedDataValidation | null)[][]): GasRange {
    return this.writeGrid(rules, (cell, rule) => {
      if (rule) cell.validation = structuredClone(rule.state);
      else delete cell.validation;
    });
  }
  clearDataValidations(): GasRange {
    return this.setDataValidation(null);
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.grid((cell) =>
      cell?.validation
        ? (this.owner.validationFromState(
            cell.validation,
          ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation)
        : null,
    );
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }

  clearContent(): GasRange {
    return this.writeGrid(this.fill(null), (cell) => {
      cell.value = '';
      delete cell.formula;
    });
  }
  clear(): GasRange {
    return this.writeGrid(this.fill(null), (cell) => {
      for (const key of Object.keys(cell)) delete (cell as unknown as Record<string, unknown>)[key];
      cell.value = '';
    });
  }

  protect(): EmulatedProtection {
    return this.owner.protectRange(this.row, this.column, this.numRows, this.numColumns);
  }

  activate(): GasRange {
    this.owner.select(this.row, this.column, this.numRows, this.numColumns);
    return this.self();
  }

  /** Tags this range's rows (or columns) with a key and value that move with them. */
  addDeveloperMetadata(key: string, value = ''): GasRange {
    this.book.state.metadata.push({ id: this.book.state.nextId++, key, value, location: this.gridRef() });
    return this.self();
  }

  getDeveloperMetadata(): { getKey(): string; getValue(): string; getId(): number }[] {
    const here = this.gridRef();
    return this.book.state.metadata
      .filter(
        (m) =>
          m.location.sheetId === here.sheetId &&
          m.location.row <= here.row + here.numRows - 1 &&
          m.location.row + m.location.numRows - 1 >= here.row,
      )
      .map((m) => ({ getKey: () => m.key, getValue: () => m.value, getId: () => m.id }));
  }

  /** Where this range sits, for chart and protection bookkeeping. */
  gridRef() {
    return {
      sheetId: this.sheetId,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
  }
}
