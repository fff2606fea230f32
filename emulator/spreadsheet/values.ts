// How a written value is stored (strings are read like typed input) and how a stored value is read or displayed.
// apps-script-facts §5, §9: getValues gives Number/Boolean/Date/String and '' for empty; a string starting with
// "=" becomes a formula; a leading apostrophe forces text and is not part of the value; strings in a cell
// formatted as plain text ("@") stay strings; elsewhere they are parsed as typed input (typed-input.ts).
// [open] in a "@" cell: whether a leading apostrophe is kept, whether "=" still makes a formula, and whether a Date
// stays a date — all choices of the environment (PlainTextBehaviour), so the add-on can be proven right under every
// answer.
import { formatWithSections, hasSectionsOrLiterals } from './number-format';
import type { CellState, StoredValue } from './state';
import { parseTyped, TOKYO_OFFSET_MS } from './typed-input';

/** The unsettled answers of apps-script-facts §9, chosen per environment. */
export interface PlainTextBehaviour {
  /** A leading "'" written into a "@" cell: dropped (as in an automatic cell) or kept as part of the text. */
  apostrophe: 'dropped' | 'kept';
  /** A string starting with "=" written into a "@" cell: a formula anyway, or text. */
  equals: 'formula' | 'text';
  /**
   * A Date written into a "@" cell: kept as a date, or stored as text (its date and time in the file's zone, as the
   * sheet would show it), which getValues then gives back as a String. Found nowhere in Google's reference or in
   * public reports; absent: the default.
   */
  date?: 'kept' | 'text';
}

/**
 * The default takes the side that lets a formula through (the add-on must neutralise "=" itself) and turns a Date into
 * text (the add-on must give an instant's cell a date format before it writes a Date there).
 */
export const DEFAULT_PLAIN_TEXT: PlainTextBehaviour = {
  apostrophe: 'dropped',
  equals: 'formula',
  date: 'text',
};

export interface WrittenCell {
  value: StoredValue;
  formula?: string;
  /** The number format Sheets infers from parsed text (a percentage, a time), for a cell without one. */
  format?: string;
}

/** What a cell holds after a script writes `input` into it (setValue/setValues/appendRow). */
export function storeWritten(
  input: unknown,
  numberFormat: string | undefined,
  plainText: PlainTextBehaviour,
  /** The year "4/1" is in: the emulation's clock, never the machine's. */
  currentYear: number,
): WrittenCell {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'boolean') return { value: input };
  // [open] what Sheets does with Infinity/NaN from a script: kept as their text, never as a number the state
  // file cannot hold (JSON writes them as null).
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : String(input) };
  if (typeof input === 'object' && isDateLike(input)) {
    const ms = (input as Date).getTime();
    if (!Number.isFinite(ms)) return { value: String(input) };
    const asText = numberFormat === '@' && (plainText.date ?? DEFAULT_PLAIN_TEXT.date) === 'text';
    return { value: asText ? dateTimeText(ms) : { date: ms } };
  }
  const text = String(input);
  const plain = numberFormat === '@';
  if (text.startsWith("'")) return { value: plain && plainText.apostrophe === 'kept' ? text : text.slice(1) };
  if (text.startsWith('=') && text.length > 1 && !(plain && plainText.equals === 'text')) {
    return { value: '', formula: text };
  }
  if (plain) return { value: text };
  const parsed = parseTyped(text, currentYear);
  return parsed.format && !numberFormat ? parsed : { value: parsed.value };
}

function isDateLike(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
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

/** A date and time as a ja_JP sheet shows it: 2026/12/01 16:13:44 in the file's zone (Asia/Tokyo). */
function dateTimeText(ms: number): string {
  const p = tokyoParts(ms);
  return `${p.yyyy}/${p.MM}/${p.dd} ${p.HH}:${p.mm}:${p.ss}`;
}

/**
 * getDisplayValue: the supported number formats are "@", "0", "0.0", "#,##0", "0%", "0.00%", dates, times, and general,
 * and sections (positive;negative[;zero]) and quoted literals around the number patterns (number-format.ts).
 */
export function displayValue(cell: CellState | null | undefined): string {
  if (!cell) return '';
  if (cell.formula && cell.value === '') return '';
  const v = cell.value;
  const format = cell.numberFormat ?? '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const p = tokyoParts(v.date);
    if (/^h/i.test(format)) return `${p.HH}:${p.mm}:${p.ss}`;
    if (/h/i.test(format)) return dateTimeText(v.date);
    return format.includes('-') ? `${p.yyyy}-${p.MM}-${p.dd}` : `${p.yyyy}/${p.MM}/${p.dd}`;
  }
  if (hasSectionsOrLiterals(format)) return formatWithSections(format, v, digitPattern);
  return digitPattern(format, v) ?? String(Number.isInteger(v) ? v : Number(v.toPrecision(10)));
}

/** The digit patterns emulated: a number under one of them, undefined under any other. */
function digitPattern(format: string, v: number): string | undefined {
  switch (format) {
    case '0':
      return Math.round(v).toString();
    case '0.0':
      return v.toFixed(1);
    case '#,##0':
      return Math.round(v).toLocaleString('en-US');
    case '0%':
      return `${Math.round(v * 100)}%`;
    case '0.00%':
      return `${(v * 100).toFixed(2)}%`;
    default:
      return undefined;
  }
}
