// What the page and GET /api/state read from the emulation: sheets as display values, per-cell marks and charts.
import type { Environment } from '../emulator';
import { a1Notation } from '../emulator/spreadsheet/a1';
import type { ChartState, ProtectionState, SheetState } from '../emulator/spreadsheet/state';
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

/** An embedded chart as the page draws it: the figures of the ranges it names, read now, as Sheets redraws them. */
export interface ChartView {
  title: string;
  /** The emulation's chart type (COLUMN, BAR, PIE…); the page draws every type as columns. */
  type: string;
  stacked: boolean;
  /** The cell its top-left corner sits on, and the offset from that cell's corner in pixels. */
  anchor: { a1: string; offsetX: number; offsetY: number };
  /** The first column's labels below the header row. */
  categories: string[];
  /** One per further column: the header cell's text and the numbers below it (null where a cell is not a number). */
  series: { name: string; values: (number | null)[] }[];
}

export interface SheetView {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  /** 1-based columns hidden (Sheet.hideColumns): drawn narrow and blank, as Sheets folds them away. */
  hiddenColumns: number[];
  rows: number;
  columns: number;
  /** cells[r][c], 0-based, covering rows × columns. */
  cells: ViewCell[][];
  charts: ChartView[];
}

// An empty sheet still shows a grid a user can type into.
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
// A chart covers about this many cells right of and below its anchor; the grid reaches that far so it has room.
const CHART_COLUMNS = 6;
const CHART_ROWS = 18;

export function sheetView(env: Environment, name: string): SheetView {
  const sheet = env.spreadsheet.sheet(name);
  const protectedAt = protectionTest(sheet, env.spreadsheet.protections());
  const used = sheet.rows.length;
  const usedColumns = Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0));
  const chartEnds = sheet.charts.map((c) => ({
    row: c.position.row + CHART_ROWS,
    column: c.position.column + CHART_COLUMNS,
  }));
  const rows = Math.min(sheet.maxRows, Math.max(MIN_ROWS, used + 5, ...chartEnds.map((e) => e.row)));
  const columns = Math.min(
    sheet.maxColumns,
    Math.max(MIN_COLUMNS, usedColumns + 1, ...chartEnds.map((e) => e.column)),
  );
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = sheet.rows[r]?.[c] ?? null;
      const view: ViewCell = { text: displayValue(cell) };
      if (cell?.background && cell.background !== '#ffffff') view.background = cell.background;
      if (cell?.fontWeight === 'bold') view.bold = true;
      if (cell?.note) view.note = cell.note;
      if (cell?.validation?.showDropdown && cell.validation.criteria !== 'NUMBER_BETWEEN')
        view.dropdown =
          cell.validation.criteria === 'VALUE_IN_LIST' ? cell.validation.values.map(String) : [];
      if (protectedAt(r + 1, c + 1)) view.protected = true;
      return view;
    }),
  );
  const charts = sheet.charts.map((chart) => chartView(env, chart));
  return {
    name,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns ?? 0,
    hiddenColumns: sheet.hiddenColumns ?? [],
    rows,
    columns,
    cells,
    charts,
  };
}

/**
 * The chart's ranges side by side (Sheets joins them column-wise): the first column holds the labels, each other one
 * a series, and the first row the series' names, as the 集計 sheet's charts are laid out.
 */
function chartView(env: Environment, chart: ChartState): ChartView {
  const columns = chart.ranges.flatMap((range) => {
    const source = env.spreadsheet
      .sheetNames()
      .map((n) => env.spreadsheet.sheet(n))
      .find((s) => s.id === range.sheetId);
    return Array.from({ length: range.numColumns }, (_, c) =>
      Array.from(
        { length: range.numRows },
        (_, r) => source?.rows[range.row - 1 + r]?.[range.column - 1 + c] ?? null,
      ),
    );
  });
  const [labels = [], ...data] = columns;
  const { row, column, offsetX, offsetY } = chart.position;
  return {
    title: String(chart.options.title ?? ''),
    type: chart.type,
    stacked: chart.options.isStacked === true,
    anchor: { a1: a1Notation(row, column), offsetX, offsetY },
    categories: labels.slice(1).map(displayValue),
    series: data.map(([head = null, ...cells]) => ({
      name: displayValue(head),
      values: cells.map((cell) => (typeof cell?.value === 'number' ? cell.value : null)),
    })),
  };
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
