// Converts between register rows (cell values as getValues returns them) and Items, by header, never by position.
// User text is encoded so that it can never become a formula in a cell.
import { type ColumnDef, registerColumns } from './columns';
import { instantCell, instantText } from './instant-cells';
import { type Item, type Master, MONEY_MAX } from './schemas';
import { readNumberCell } from './typed-values';

export type CellValue = string | number | boolean | Date;

/**
 * Text that Sheets would read as a formula (= + - @) or whose own leading apostrophe Sheets would swallow gets an
 * apostrophe in front: Sheets stores the rest as plain text, and getValues returns exactly the user's text.
 */
export function asPlainText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** What every header-indexed sheet (台帳, 履歴, 報告書ログ) knows of a column: the field it holds and its header. */
export interface HeaderedColumn {
  key: string;
  header: string;
}

export interface ColumnIndex<C extends HeaderedColumn = ColumnDef> {
  /** Column key → 0-based index in the row. */
  index: Map<string, number>;
  /** Columns of the layout whose header is not in the header row. */
  missing: C[];
}

/** Finds each column by its header text (the first cell with it), never by position. */
export function columnIndex<C extends HeaderedColumn>(
  headerRow: CellValue[],
  columns: readonly C[],
): ColumnIndex<C> {
  const positions = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const header = String(cell).trim();
    if (header && !positions.has(header)) positions.set(header, i);
  });
  const index = new Map<string, number>();
  const missing: C[] = [];
  for (const column of columns) {
    const at = positions.get(column.header);
    if (at === undefined) missing.push(column);
    else index.set(column.key, at);
  }
  return { index, missing };
}

/** A new row of `width` cells with each value under its column's header and '' elsewhere. */
export function rowByHeader(
  index: Map<string, number>,
  width: number,
  values: Record<string, CellValue>,
): CellValue[] {
  const row = Array<CellValue>(width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const at = index.get(key);
    if (at !== undefined) row[at] = value;
  }
  return row;
}

/** The cell of a column in a row read by header (undefined when the column is not there). */
export function cellOf(row: CellValue[], index: Map<string, number>, key: string): CellValue | undefined {
  const at = index.get(key);
  return at === undefined ? undefined : row[at];
}

/** A cell as text; a Date (Sheets gives one for a date cell) as its ISO instant. Strings first: most cells are. */
const text = (v: CellValue | undefined): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === undefined || v === null) return '';
  // A Date from another realm fails instanceof; the tag check is only reached for objects.
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]')
    return (v as Date).toISOString();
  return String(v);
};

/** A number cell as people type it (1,234, △500, full-width digits), '' → null; anything else is a problem. */
function number(v: CellValue | undefined): { value: number | null; ok: boolean } {
  const read = readNumberCell(v);
  return read.ok ? { value: read.value, ok: true } : { value: null, ok: false };
}

export interface DecodedRow {
  item: Item;
  /** Keys of the columns whose cell could not be read as its kind (e.g. text in a money column). */
  badCells: string[];
}

function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

export function emptyItem(id: string): Item {
  return {
    id,
    pillarNo: 0,
    reformNo: 0,
    title: '',
    description: '',
    department: '',
    relatedDepartments: [],
    schedule: {},
    indicator: { name: '', unit: '', baseline: null, target: null },
    indicatorActual: null,
    savingsPlan: { cut: null, revenue: null },
    savingsActual: { cut: null, revenue: null },
    actualBasis: '',
    effectType: '',
    indicatorTargets: {},
    cutTargets: {},
    revenueTargets: {},
    status: '',
    progress: null,
    grade: '',
    activity: '',
    issues: '',
    nextSteps: '',
    addedRoundId: '',
    lifecycle: '',
    lifecycleRoundId: '',
    mergedInto: '',
    crossListedReformNo: null,
    lastRoundId: '',
    lastRequestId: '',
    updatedBy: '',
    updatedAt: '',
    revision: 0,
  };
}

/** The yearly targets of an item without any, as its row reads: every year of the period empty. */
export function emptyTargets(
  period: Master['period'],
): Pick<Item, 'indicatorTargets' | 'cutTargets' | 'revenueTargets'> {
  const none = () => {
    const years: Record<string, number | null> = {};
    for (let fy = period.startFiscalYear; fy <= period.endFiscalYear; fy++) years[String(fy)] = null;
    return years;
  };
  return { indicatorTargets: none(), cutTargets: none(), revenueTargets: none() };
}

/** One column as decodeRow reads it: where its cell is, and the object and key its value goes to. */
interface ColumnStep {
  column: ColumnDef;
  at: number | undefined;
  /** The first part of a dotted key (indicator.name → indicator; keys have at most one dot), or null for a top-level field. */
  head: string | null;
  key: string;
}

/**
 * The steps of decodeRow for one layout and header index, worked out once per read (not per cell): a register read
 * decodes thousands of rows with the same columns and index.
 */
const plans = new WeakMap<ColumnDef[], WeakMap<Map<string, number>, ColumnStep[]>>();

function planOf(columns: ColumnDef[], index: Map<string, number>): ColumnStep[] {
  let byIndex = plans.get(columns);
  if (!byIndex) {
    byIndex = new WeakMap();
    plans.set(columns, byIndex);
  }
  let plan = byIndex.get(index);
  if (!plan) {
    plan = columns.map((column) => {
      const dot = column.key.indexOf('.');
      return {
        column,
        at: index.get(column.key),
        head: dot < 0 ? null : column.key.slice(0, dot),
        key: dot < 0 ? column.key : column.key.slice(dot + 1),
      };
    });
    byIndex.set(index, plan);
  }
  return plan;
}

/** Reads an item leniently: a cell that is not of its column's kind is reported in badCells and read as empty. */
export function decodeRow(row: CellValue[], columns: ColumnDef[], index: Map<string, number>): DecodedRow {
  const item = emptyItem('') as unknown as Record<string, Record<string, unknown>>;
  const badCells: string[] = [];
  for (const step of planOf(columns, index)) {
    const { column } = step;
    const cell = step.at === undefined ? undefined : row[step.at];
    let value: unknown;
    switch (column.kind) {
      case 'record': // not an item field: read by readRecord
        break;
      case 'int':
      case 'number':
      case 'money':
      case 'signedMoney':
      case 'percent': {
        const read = number(cell);
        // An amount beyond MONEY_MAX (typed by hand) is not counted: two 1.7e308 would sum to Infinity.
        const isMoney = column.kind === 'money' || column.kind === 'signedMoney';
        const tooLarge = isMoney && read.value !== null && Math.abs(read.value) > MONEY_MAX;
        if (!read.ok || tooLarge) badCells.push(column.key);
        const fallback = column.kind === 'int' ? 0 : null;
        value = tooLarge ? null : (read.value ?? fallback);
        break;
      }
      case 'datetime':
        value = instantText(cell);
        break;
      case 'textList':
        value = text(cell)
          .split(/[、,]/)
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      default:
        value = text(cell).trim();
    }
    // Every nested object (schedule, indicator, savings…) exists in emptyItem.
    const target = step.head === null ? item : (item[step.head] as Record<string, unknown>);
    target[step.key] = value;
  }
  return { item: item as unknown as Item, badCells };
}

/** An ID cell as decodeRow reads it: its text, trimmed. */
export const idOf = (cell: CellValue | undefined): string => text(cell).trim();

/** Whether a user typed anything into the row's non-system register columns (a city's own columns do not count). */
export function hasUserContent(row: CellValue[], columns: ColumnDef[], index: Map<string, number>): boolean {
  return columns.some((column) => {
    const at = index.get(column.key);
    return !column.system && at !== undefined && text(row[at]).trim() !== '';
  });
}

/** The cell value of one column for an item: numbers as numbers, text neutralised. */
export function encodeCell(item: Item, column: ColumnDef): CellValue {
  const value = getPath(item, column.key);
  switch (column.kind) {
    case 'int':
    case 'number':
    case 'money':
    case 'signedMoney':
    case 'percent':
      return typeof value === 'number' ? value : '';
    case 'textList':
      return asPlainText((value as string[] | undefined)?.join('、') ?? '');
    case 'record': // written by encodeRecordedRow, which needs the whole row
      return '';
    case 'datetime':
      return instantCell(typeof value === 'string' ? value : '');
    default:
      return asPlainText(typeof value === 'string' ? value : '');
  }
}

/**
 * The row to write for an item: starts from the row as it is (extra columns a city added keep their values) and
 * sets every column the layout knows, at the position its header has now.
 */
export function encodeRow(
  item: Item,
  columns: ColumnDef[],
  index: Map<string, number>,
  current: CellValue[],
): CellValue[] {
  // Text read back from a cell is the user's text without its protecting apostrophe: put it back.
  const row = current.map((cell) => (typeof cell === 'string' ? asPlainText(cell) : cell));
  for (const column of columns) {
    const at = index.get(column.key);
    if (at !== undefined) row[at] = encodeCell(item, column);
  }
  return row;
}

/** The register columns of a master's plan period. */
export const columnsOf = (master: Pick<Master, 'period'>): ColumnDef[] => registerColumns(master.period);
