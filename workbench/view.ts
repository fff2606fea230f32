// What the page and GET /api/state read from the emulation: sheets as display values and per-cell marks.
import type { Environment } from '../emulator';
import type { ProtectionState, SheetState } from '../emulator/spreadsheet/state';
import { displayValue } from '../emulator/spreadsheet/values';

/** A cell as the page draws it: display text plus the formats that matter to a user. */
export interface ViewCell {
  text: string;
  background?: string;
  bold?: boolean;
  note?: string;
  dropdown?: string[];
  protected?: boolean;
}

export interface SheetView {
  name: string;
  frozenRows: number;
  rows: number;
  columns: number;
  /** cells[r][c], 0-based, covering rows × columns. */
  cells: ViewCell[][];
}

// An empty sheet still shows a grid a user can type into.
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

export function sheetView(env: Environment, name: string): SheetView {
  const sheet = env.spreadsheet.sheet(name);
  const protectedAt = protectionTest(sheet, env.spreadsheet.protections());
  const used = sheet.rows.length;
  const usedColumns = Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0));
  const rows = Math.min(sheet.maxRows, Math.max(MIN_ROWS, used + 5));
  const columns = Math.min(sheet.maxColumns, Math.max(MIN_COLUMNS, usedColumns + 1));
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = sheet.rows[r]?.[c] ?? null;
      const view: ViewCell = { text: displayValue(cell) };
      if (cell?.background && cell.background !== '#ffffff') view.background = cell.background;
      if (cell?.fontWeight === 'bold') view.bold = true;
      if (cell?.note) view.note = cell.note;
      if (cell?.validation?.criteria === 'VALUE_IN_LIST' && cell.validation.showDropdown)
        view.dropdown = cell.validation.values.map(String);
      if (protectedAt(r + 1, c + 1)) view.protected = true;
      return view;
    }),
  );
  return { name, frozenRows: sheet.frozenRows, rows, columns, cells };
}

function protectionTest(sheet: SheetState, protections: ProtectionState[]) {
  const mine = protections.filter((p) => p.range.sheetId === sheet.id);
  return (row: number, column: number) =>
    mine.some(
      (p) =>
        p.type === 'SHEET' ||
        (row >= p.range.row &&
          row < p.range.row + p.range.numRows &&
          column >= p.range.column &&
          column < p.range.column + p.range.numColumns),
    );
}

/** GET /api/state: sheets' display values, documents as structures, service-call counts, UI records. */
export function stateSnapshot(env: Environment) {
  const sheets: Record<string, string[][]> = {};
  for (const name of env.spreadsheet.sheetNames()) sheets[name] = env.spreadsheet.displayValues(name);
  return {
    user: env.activeUser,
    sheets,
    documents: env.documents.list().map((d) => env.documents.dump(d.id)),
    calls: env.calls.snapshot(),
    ui: env.services.ui,
    triggerErrors: env.triggerErrors,
  };
}
