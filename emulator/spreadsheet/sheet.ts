// Sheet: ranges by A1 or row/column, sizes, frozen rows and columns, widths, hidden columns, row/column insertion,
// protections, charts.
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { parseA1 } from './a1';
import { EmbeddedChartBuilder, EmulatedChart } from './chart';
import { EmulatedDataValidation } from './data-validation';
import { EmulatedProtection } from './protection';
import { EmulatedRange } from './range';
import type { SheetState, ValidationState } from './state';
import type { Workbook } from './workbook';

/** Methods whose signatures are checked against Google's types (the others return emulated objects). */
type CheckedSheet = Pick<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'getName'
  | 'getSheetId'
  | 'getIndex'
  | 'isSheetHidden'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'getColumnWidth'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'deleteRows'
  | 'deleteColumns'
>;

export class EmulatedSheet implements CheckedSheet {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Workbook,
    readonly id: number,
    private readonly onSelect: (sheetId: number, a1: string) => void,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Sheet', ctx.calls);
  }

  private get state(): SheetState {
    return this.book.sheetById(this.id);
  }

  /** Throws as Sheets does when a write is refused (a protection, or a failure a test planted). */
  checkWrite(area: { row: number; column: number; numRows: number; numColumns: number } | null): void {
    const refused = this.book.refuseWrite(this.ctx.runAs, area && { sheetId: this.id, ...area });
    if (refused) throw exception(this.ctx.realm, refused);
  }

  private range(row: number, column: number, numRows: number, numColumns: number): EmulatedRange {
    if (numRows < 1) throw exception(this.ctx.realm, 'The number of rows in the range must be at least 1.');
    if (numColumns < 1)
      throw exception(this.ctx.realm, 'The number of columns in the range must be at least 1.');
    const s = this.state;
    if (row < 1 || column < 1 || row + numRows - 1 > s.maxRows || column + numColumns - 1 > s.maxColumns) {
      throw exception(
        this.ctx.realm,
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
    return new EmulatedRange(this.ctx, this.book, this, this.id, row, column, numRows, numColumns);
  }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): EmulatedRange {
    if (typeof a1OrRow === 'number') return this.range(a1OrRow, column ?? 1, numRows, numColumns);
    const parsed = parseA1(a1OrRow);
    if (!parsed) throw exception(this.ctx.realm, 'Range not found');
    const s = this.state;
    return this.range(
      parsed.row,
      parsed.column,
      parsed.numRows ?? s.maxRows - parsed.row + 1,
      parsed.numColumns ?? s.maxColumns - parsed.column + 1,
    );
  }

  getDataRange(): EmulatedRange {
    const s = this.state;
    return this.range(1, 1, Math.max(1, this.book.lastRow(s)), Math.max(1, this.book.lastColumn(s)));
  }

  getName(): string {
    return this.state.name;
  }
  setName(name: string): this {
    if (this.book.state.sheets.some((s) => s.name === name && s.id !== this.id)) {
      throw exception(
        this.ctx.realm,
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    this.state.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.book.state.sheets.findIndex((s) => s.id === this.id) + 1;
  }
  getParent(): unknown {
    return null;
  }
  activate(): this {
    this.book.state.activeSheetId = this.id;
    return this;
  }
  hideSheet(): this {
    this.state.hidden = true;
    return this;
  }
  showSheet(): this {
    this.state.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.state.hidden;
  }
  setFrozenRows(rows: number): void {
    this.state.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.state.frozenRows;
  }
  /** [doc] Sheet.setFrozenColumns: "Freezes the given number of columns. If zero, no columns are frozen." */
  setFrozenColumns(columns: number): void {
    this.state.frozenColumns = columns;
  }
  /** [doc] Sheet.getFrozenColumns: the number of frozen columns (0 for a sheet never frozen). */
  getFrozenColumns(): number {
    return this.state.frozenColumns ?? 0;
  }
  setColumnWidth(column: number, width: number): this {
    this.state.columnWidths[String(column)] = width;
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    for (let c = start; c < start + count; c++) this.state.columnWidths[String(c)] = width;
    return this;
  }
  getColumnWidth(column: number): number {
    return this.state.columnWidths[String(column)] ?? 100;
  }

  /*
   * Hidden columns. [doc] Sheet.hideColumns(columnIndex[, numColumns]) and showColumns hide and show consecutive
   * columns; isColumnHiddenByUser(columnPosition) answers whether a column is hidden by the user (Spreadsheet service
   * release notes, 2018-10-30), which the Sheets API stores as DimensionProperties.hiddenByUser, "True if this
   * dimension is explicitly hidden", apart from hiddenByFilter (googleapis.dev, Google.Apis.Sheets.v4.Data
   * .DimensionProperties). Hiding changes no value: [seen] scripts read hidden columns with getDataRange().getValues()
   * and filter them out with isColumnHiddenByUser themselves (public Apps Script code). [open] the error for columns
   * outside the sheet: the range error is thrown, as for a range over those columns.
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.range(1, columnIndex, 1, numColumns);
    const hidden = new Set(this.state.hiddenColumns ?? []);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) hidden.add(c);
    this.state.hiddenColumns = [...hidden].sort((a, b) => a - b);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.range(1, columnIndex, 1, numColumns);
    const shown = (c: number) => c >= columnIndex && c < columnIndex + numColumns;
    this.state.hiddenColumns = (this.state.hiddenColumns ?? []).filter((c) => !shown(c));
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return (this.state.hiddenColumns ?? []).includes(columnPosition);
  }
  getLastRow(): number {
    return this.book.lastRow(this.state);
  }
  getLastColumn(): number {
    return this.book.lastColumn(this.state);
  }
  getMaxRows(): number {
    return this.state.maxRows;
  }
  getMaxColumns(): number {
    return this.state.maxColumns;
  }

  insertRowsBefore(before: number, count: number): this {
    this.checkWrite(null);
    this.book.insertRows(this.state, before, count);
    return this;
  }
  insertRowsAfter(after: number, count: number): this {
    this.checkWrite(null);
    this.book.insertRows(this.state, after + 1, count);
    return this;
  }
  insertRowBefore(before: number): this {
    return this.insertRowsBefore(before, 1);
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }
  insertColumnsAfter(after: number, count: number): this {
    this.checkWrite(null);
    this.book.insertColumns(this.state, after + 1, count);
    return this;
  }
  insertColumnsBefore(before: number, count: number): this {
    this.checkWrite(null);
    this.book.insertColumns(this.state, before, count);
    return this;
  }
  deleteRows(start: number, count: number): void {
    this.checkWrite({ row: start, column: 1, numRows: count, numColumns: this.state.maxColumns });
    this.book.deleteRows(this.state, start, count);
  }
  deleteRow(row: number): this {
    this.checkWrite({ row, column: 1, numRows: 1, numColumns: this.state.maxColumns });
    this.book.deleteRows(this.state, row, 1);
    return this;
  }
  deleteColumns(start: number, count: number): void {
    this.book.deleteColumns(this.state, start, count);
  }
  deleteColumn(column: number): this {
    this.book.deleteColumns(this.state, column, 1);
    return this;
  }

  appendRow(values: unknown[]): this {
    const row = this.book.lastRow(this.state) + 1;
    this.checkWrite({ row, column: 1, numRows: 1, numColumns: Math.max(1, values.length) });
    if (row > this.state.maxRows) this.state.maxRows = row;
    if (values.length > this.state.maxColumns) this.state.maxColumns = values.length;
    values.forEach((value, i) => {
      this.book.writeValue(this.state, row, i + 1, value);
    });
    return this;
  }

  clear(): this {
    this.state.rows = [];
    return this;
  }

  protect(): EmulatedProtection {
    return this.addProtection('SHEET', 1, 1, this.state.maxRows, this.state.maxColumns);
  }
  protectRange(row: number, column: number, numRows: number, numColumns: number): EmulatedProtection {
    return this.addProtection('RANGE', row, column, numRows, numColumns);
  }
  private addProtection(
    type: 'RANGE' | 'SHEET',
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): EmulatedProtection {
    this.checkWrite(null);
    const id = this.book.state.nextId++;
    const { owner, editors = [] } = this.book.state;
    this.book.state.protections.push({
      id,
      type,
      range: { sheetId: this.id, row, column, numRows, numColumns },
      description: '',
      warningOnly: false,
      // [doc] "the permissions mirror those of the spreadsheet itself" until the script changes the editors
      // (Range.protect, developers.google.com/apps-script/reference/spreadsheet/range#protect).
      editors: [...new Set([...(owner ? [owner] : []), ...editors])],
    });
    return new EmulatedProtection(this.ctx, this.book, id);
  }
  getProtections(type: string): EmulatedProtection[] {
    return this.book.state.protections
      .filter((p) => p.range.sheetId === this.id && p.type === String(type))
      .map((p) => new EmulatedProtection(this.ctx, this.book, p.id));
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, null);
  }
  insertChart(chart: EmulatedChart): void {
    const state = structuredClone(chart.state);
    state.id = this.book.state.nextId++;
    this.state.charts.push(state);
  }
  updateChart(chart: EmulatedChart): void {
    const state = structuredClone(chart.state);
    this.state.charts = this.state.charts.map((c) => (c.id === state.id ? state : c));
  }
  removeChart(chart: EmulatedChart): void {
    const id = chart.getChartId();
    this.state.charts = this.state.charts.filter((c) => c.id !== id);
  }
  getCharts(): EmulatedChart[] {
    return this.state.charts.map((c) => new EmulatedChart(this.ctx, structuredClone(c)));
  }

  /** Range.activate() selects the range in the UI (recorded so the workbench and tests can see it). */
  select(row: number, column: number, numRows: number, numColumns: number): void {
    this.book.state.activeSheetId = this.id;
    this.onSelect(this.id, this.range(row, column, numRows, numColumns).getA1Notation());
  }

  validationFromState(state: ValidationState): EmulatedDataValidation {
    return new EmulatedDataValidation(this.ctx, state);
  }
}
