// Operations on the spreadsheet state that several service classes share: cells, sizes, shifting rows/columns.
import { a1Notation } from './a1';
import type { CellState, GridRef, ProtectionState, SheetState, SpreadsheetState } from './state';
import { TOKYO_OFFSET_MS } from './typed-input';
import { DEFAULT_PLAIN_TEXT, type PlainTextBehaviour, storeWritten } from './values';

/** [seen] Google's refusal of a write into a protected range (theoephraim/node-google-spreadsheet PR #20). */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A write failure a test planted: the n-th spreadsheet write from now throws (as failNextCreate for documents). */
export interface PlannedFailure {
  remaining: number;
  message: string;
}

export class Workbook {
  /** Set by a test through SpreadsheetInspector.failWriteAt. */
  plannedFailure: PlannedFailure | null = null;

  constructor(
    public state: SpreadsheetState,
    /** The emulation's clock (epoch ms): typed "4/1" is in its year. */
    private readonly now: () => number,
    readonly plainText: PlainTextBehaviour = DEFAULT_PLAIN_TEXT,
  ) {}

  sheetById(id: number): SheetState {
    const sheet = this.state.sheets.find((s) => s.id === id);
    if (!sheet) throw new Error(`sheet ${id} no longer exists`);
    return sheet;
  }

  sheetByName(name: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.name === name);
  }

  cell(sheet: SheetState, row: number, column: number): CellState | null {
    return sheet.rows[row - 1]?.[column - 1] ?? null;
  }

  /** The cell for writing, created when missing. */
  cellForWrite(sheet: SheetState, row: number, column: number): CellState {
    let cells = sheet.rows[row - 1];
    if (!cells) {
      for (let r = sheet.rows.length; r < row; r++) sheet.rows[r] ??= [];
      cells = sheet.rows[row - 1] as (CellState | null)[];
    }
    let cell = cells[column - 1];
    if (!cell) {
      for (let c = cells.length; c < column; c++) cells[c] ??= null;
      cell = { value: '' };
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Writes one value as Sheets stores it (formulas recorded in the formula log), growing the sheet if needed. */
  writeValue(sheet: SheetState, row: number, column: number, value: unknown): void {
    const cell = this.cellForWrite(sheet, row, column);
    const year = new Date(this.now() + TOKYO_OFFSET_MS).getUTCFullYear();
    const written = storeWritten(value, cell.numberFormat, this.plainText, year);
    cell.value = written.value;
    if (written.format) cell.numberFormat = written.format;
    if (written.formula) {
      cell.formula = written.formula;
      this.state.formulaLog.push({
        sheet: sheet.name,
        a1: a1Notation(row, column),
        formula: written.formula,
      });
    } else {
      delete cell.formula;
    }
  }

  /**
   * Every script write to the spreadsheet passes here first, once per service call: a planted failure fires, and a
   * protection that is not warning-only refuses a user who is not one of its editors (the owner always may edit).
   * Returns the error message, or null when the write may go ahead.
   */
  refuseWrite(user: string, area: GridRef | null): string | null {
    const planned = this.plannedFailure;
    if (planned && --planned.remaining <= 0) {
      this.plannedFailure = null;
      return planned.message;
    }
    return area ? this.protectionRefusal(user, area) : null;
  }

  /** Google's refusal when a protection that is not warning-only covers part of `area` and `user` may not edit it. */
  protectionRefusal(user: string, area: GridRef): string | null {
    const blocked = this.state.protections.some((p) => overlaps(p.range, area) && !this.mayEdit(user, p));
    return blocked ? PROTECTED_MESSAGE : null;
  }

  /** Whether `user` may write what `protection` covers: its editors and the owner, anyone under a warning. */
  mayEdit(user: string, protection: ProtectionState): boolean {
    return user === this.state.owner || protection.warningOnly || protection.editors.includes(user);
  }

  /** Last row/column with content (a value or a formula), as getLastRow/getLastColumn. */
  lastRow(sheet: SheetState): number {
    for (let r = sheet.rows.length; r >= 1; r--) {
      if ((sheet.rows[r - 1] ?? []).some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(sheet: SheetState): number {
    let last = 0;
    for (const cells of sheet.rows) {
      for (let c = (cells ?? []).length; c > last; c--) {
        if (hasContent(cells?.[c - 1] ?? null)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(sheet: SheetState, before: number, count: number): void {
    sheet.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    sheet.maxRows += count;
    this.shiftRefs(sheet.id, 'row', before, count);
  }

  deleteRows(sheet: SheetState, start: number, count: number): void {
    sheet.rows.splice(start - 1, count);
    sheet.maxRows -= count;
    this.shiftRefs(sheet.id, 'row', start, -count);
  }

  insertColumns(sheet: SheetState, before: number, count: number): void {
    for (const cells of sheet.rows)
      cells?.splice(before - 1, 0, ...Array<CellState | null>(count).fill(null));
    sheet.maxColumns += count;
    this.shiftRefs(sheet.id, 'column', before, count);
    // A hidden column stays hidden where it moves; a column inserted is shown (Sheets hides a column, not a position).
    if (sheet.hiddenColumns)
      sheet.hiddenColumns = sheet.hiddenColumns.map((c) => (c >= before ? c + count : c));
  }

  deleteColumns(sheet: SheetState, start: number, count: number): void {
    for (const cells of sheet.rows) cells?.splice(start - 1, count);
    sheet.maxColumns -= count;
    this.shiftRefs(sheet.id, 'column', start, -count);
    if (sheet.hiddenColumns)
      sheet.hiddenColumns = sheet.hiddenColumns
        .filter((c) => c < start || c >= start + count)
        .map((c) => (c >= start + count ? c - count : c));
  }

  /** Named ranges, protections and chart ranges move with inserted/deleted rows and columns, as in Sheets. */
  private shiftRefs(sheetId: number, axis: 'row' | 'column', at: number, delta: number): void {
    const refs: GridRef[] = [
      ...this.state.namedRanges.map((n) => n.range),
      ...this.state.protections.map((p) => p.range),
      ...this.state.metadata.map((m) => m.location),
      ...this.state.sheets.flatMap((s) => s.charts.flatMap((c) => c.ranges)),
    ];
    const size = axis === 'row' ? 'numRows' : 'numColumns';
    for (const ref of refs) {
      if (ref.sheetId !== sheetId) continue;
      const start = ref[axis];
      const end = start + ref[size] - 1;
      if (delta > 0) {
        if (at <= start) ref[axis] += delta;
        else if (at <= end) ref[size] += delta;
      } else {
        const delStart = at;
        const delEnd = at - delta - 1;
        const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, delStart) + 1);
        if (delEnd < start) ref[axis] += delta;
        else if (delStart < start) ref[axis] = delStart;
        ref[size] = Math.max(1, ref[size] - overlap);
      }
    }
  }
}

function overlaps(a: GridRef, b: GridRef): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

function hasContent(cell: CellState | null): boolean {
  return !!cell && (cell.value !== '' || !!cell.formula);
}
