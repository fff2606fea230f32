// Which calls move cells, and how many: every Range read or write of values, formulas, formats, notes, colours,
// weights or validations, and Sheet.appendRow/clear. The benchmark reports them beside calls, because real
// Apps Script charges for the cells a call moves as well as for the call itself.

export interface CellsMoved {
  read: number;
  written: number;
}

const RANGE_READS = new Set([
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getNumberFormats',
  'getNotes',
  'getBackgrounds',
  'getFontWeights',
  'getDataValidations',
]);
/** Getters that answer the top-left cell only. */
const RANGE_CELL_READS = new Set([
  'getValue',
  'getDisplayValue',
  'getFormula',
  'getNumberFormat',
  'getNote',
  'getBackground',
  'getFontWeight',
  'getDataValidation',
]);
const RANGE_WRITES = new Set([
  'setValues',
  'setValue',
  'setFormula',
  'setNumberFormats',
  'setNumberFormat',
  'setNotes',
  'setNote',
  'setBackgrounds',
  'setBackground',
  'setFontWeights',
  'setFontWeight',
  'setDataValidation',
  'clearDataValidations',
  'clearContent',
  'clear',
]);

interface Sized {
  getNumRows(): number;
  getNumColumns(): number;
}
interface UsedArea {
  getLastRow(): number;
  getLastColumn(): number;
}

/** The cells a call is about to move, measured before it runs (a clear empties what it counts). */
export function cellsMoved(
  className: string,
  method: string,
  target: object,
  args: unknown[],
): CellsMoved | null {
  if (className === 'Range') {
    const range = target as Sized;
    const size = () => range.getNumRows() * range.getNumColumns();
    if (RANGE_READS.has(method)) return { read: size(), written: 0 };
    if (RANGE_CELL_READS.has(method)) return { read: 1, written: 0 };
    if (RANGE_WRITES.has(method)) return { read: 0, written: size() };
    return null;
  }
  if (className === 'Sheet') {
    if (method === 'appendRow') return { read: 0, written: Array.isArray(args[0]) ? args[0].length : 0 };
    if (method === 'clear') {
      const sheet = target as UsedArea;
      return { read: 0, written: sheet.getLastRow() * sheet.getLastColumn() };
    }
  }
  return null;
}
