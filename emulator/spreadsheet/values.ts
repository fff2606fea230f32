// How a written value is stored (strings are read like typed input) and how a stored value is read or displayed.
// apps-script-facts §5: getValues gives Number/Boolean/Date/String and '' for empty; a string starting with "="
// becomes a formula. A leading apostrophe forces text and is not part of the value. Strings in a cell formatted
// as plain text ("@") stay strings; elsewhere Sheets parses numbers, TRUE/FALSE and ISO-like dates.
// [open] whether "@" stops "=": we keep it a formula, so the add-on must neutralise formulas itself.
import type { CellState, StoredValue } from './state';

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface WrittenCell {
  value: StoredValue;
  formula?: string;
}

/** What a cell holds after a script writes `input` into it (setValue/setValues/appendRow). */
export function storeWritten(input: unknown, numberFormat: string | undefined): WrittenCell {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input === 'object' && isDateLike(input)) {
    return { value: { date: (input as Date).getTime() } };
  }
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (numberFormat === '@') return { value: text };
  return { value: parseTyped(text) };
}

function isDateLike(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function parseTyped(text: string): StoredValue {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [, y, m, d] = date.map(Number) as [number, number, number, number];
    const ms = Date.UTC(y, m - 1, d) - TOKYO_OFFSET_MS;
    const check = new Date(ms + TOKYO_OFFSET_MS);
    if (check.getUTCMonth() === m - 1 && check.getUTCDate() === d) return { date: ms };
  }
  return text;
}

/** The value getValues returns for a cell, made with the script realm's Date. */
export function readValue(
  cell: CellState | null | undefined,
  RealmDate: DateConstructor,
): string | number | boolean | Date {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'object') return new RealmDate(v.date);
  return v;
}

function tokyoParts(ms: number) {
  const d = new Date(ms + TOKYO_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    yyyy: String(d.getUTCFullYear()),
    MM: two(d.getUTCMonth() + 1),
    dd: two(d.getUTCDate()),
    HH: two(d.getUTCHours()),
    mm: two(d.getUTCMinutes()),
    ss: two(d.getUTCSeconds()),
  };
}

/** getDisplayValue: the supported number formats are "@", "0", "0.0", "#,##0", "0%", dates, and general. */
export function displayValue(cell: CellState | null | undefined): string {
  if (!cell) return '';
  if (cell.formula && cell.value === '') return '';
  const v = cell.value;
  const format = cell.numberFormat ?? '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const p = tokyoParts(v.date);
    if (/h/i.test(format)) return `${p.yyyy}/${p.MM}/${p.dd} ${p.HH}:${p.mm}:${p.ss}`;
    return format.includes('-') ? `${p.yyyy}-${p.MM}-${p.dd}` : `${p.yyyy}/${p.MM}/${p.dd}`;
  }
  switch (format) {
    case '0':
      return Math.round(v).toString();
    case '0.0':
      return v.toFixed(1);
    case '#,##0':
      return Math.round(v).toLocaleString('en-US');
    case '0%':
      return `${Math.round(v * 100)}%`;
    default:
      return String(Number.isInteger(v) ? v : Number(v.toPrecision(10)));
  }
}
