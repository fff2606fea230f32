// The emulated spreadsheet's state: plain JSON, so it can be saved, loaded and inspected from the host.

/** A date is stored as epoch milliseconds; everything else as Apps Script returns it ('' for empty). */
export type StoredValue = string | number | boolean | { date: number };

export interface CellState {
  value: StoredValue;
  formula?: string;
  numberFormat?: string;
  note?: string;
  background?: string;
  fontWeight?: 'bold' | 'normal';
  validation?: ValidationState;
}

export interface ValidationState {
  criteria: 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'NUMBER_BETWEEN';
  values: unknown[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string;
}

export interface GridRef {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ProtectionState {
  id: number;
  type: 'RANGE' | 'SHEET';
  range: GridRef;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** Whether everyone in the file's domain may edit; absent = never set, which mirrors the file's sharing. */
  domainEdit?: boolean;
}

export interface ChartState {
  id: number;
  type: string;
  ranges: GridRef[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export interface SheetState {
  id: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  /** Absent in a state saved before frozen columns were emulated: none. */
  frozenColumns?: number;
  /** 1-based columns hidden by Sheet.hideColumns (or a user); absent in a state saved before they were emulated: none. */
  hiddenColumns?: number[];
  maxRows: number;
  maxColumns: number;
  /** rows[r][c] for 0-based r, c; missing entries are empty cells. */
  rows: (CellState | null)[][];
  columnWidths: Record<string, number>;
  charts: ChartState[];
}

/** Developer metadata on a row, column or sheet; it moves with inserted and deleted rows (apps-script-facts §5). */
export interface MetadataState {
  id: number;
  key: string;
  value: string;
  location: GridRef;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  /** The file's owner and editors: a new protection starts with them (apps-script-facts §5, §9). */
  owner?: string;
  editors?: string[];
  timeZone: string;
  sheets: SheetState[];
  activeSheetId: number;
  namedRanges: { name: string; range: GridRef }[];
  protections: ProtectionState[];
  metadata: MetadataState[];
  /** Every formula ever written, so a test can prove no user text became one. */
  formulaLog: { sheet: string; a1: string; formula: string }[];
  nextId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function newSpreadsheetState(name: string, id: string): SpreadsheetState {
  return {
    id,
    name,
    timeZone: 'Asia/Tokyo',
    sheets: [newSheetState(1, 'シート1')],
    activeSheetId: 1,
    namedRanges: [],
    protections: [],
    metadata: [],
    formulaLog: [],
    nextId: 2,
  };
}

export function newSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    hidden: false,
    frozenRows: 0,
    frozenColumns: 0,
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    rows: [],
    columnWidths: {},
    charts: [],
  };
}
