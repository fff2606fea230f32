// Reads a string as Sheets reads text typed into an automatic-format cell of a ja_JP spreadsheet (Tokyo time).
// [doc] Sheets API ValueInputOption USER_ENTERED (setValue/setValues/appendRow): "strings may be converted to
// numbers, dates, etc. following the same rules that are applied when entering text into a cell via the Google
// Sheets UI" (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption); "$100.15" becomes a number
// (docs.sheetdb.io/value-render-input-option); VALUE() reads "7/20/1969" and "12:00:00" the same way
// (support.google.com/docs/answer/3094220). [seen] '01234' → 1234, leading zeros lost (vlucas/sheetquery#20,
// burnash/gspread#231, google/hyou#4); "2026-09-14" → a date; "10:05:12" → a time (apps-script-facts §9).
// [open] — unconfirmed for ja_JP, parsed here because that is the side more dangerous for the add-on:
//   - Y-M-D with a one- or two-digit year ("1-2-03" → 2001-02-03; 00–29 → 20xx, 30–99 → 19xx),
//   - M/D and M-D without a year ("4/1" → 1 April of the current year), M月D日, Y年M月D日,
//   - 和暦 dates: "R4.10.31", "H31/4/30", "令和4年10月31日", "令和元年5月1日",
//   - full-width digits and signs ("０１２３" → 123, "５０％" → 0.5),
//   - currency marks ¥ ￥ $ before a number.
// Values a Sheets cell cannot hold (Infinity, NaN: "1e999") stay text, so they never enter the state.
import type { StoredValue } from './state';

/** The inferred number format Sheets gives a cell whose text it parsed (the cell keeps its own if it has one). */
export interface Parsed {
  value: StoredValue;
  format?: string;
}

/** The spreadsheet's zone, Asia/Tokyo (no daylight saving). */
export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?([eE][+-]?\d+)?$|^[+-]?\.\d+([eE][+-]?\d+)?$/;
const CURRENCY = /^[¥$]/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([AaPp][Mm]))?$/;
const ERAS: Record<string, number> = {
  M: 1867,
  明治: 1867,
  T: 1911,
  大正: 1911,
  S: 1925,
  昭和: 1925,
  H: 1988,
  平成: 1988,
  R: 2018,
  令和: 2018,
};
const SEP = '[-/.]';
const Y_M_D = new RegExp(`^(\\d{1,4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`);
const M_D = /^(\d{1,2})[-/](\d{1,2})$/;
const KANJI_DATE = /^(?:(\d{1,4})年)?(\d{1,2})月(\d{1,2})日$/;
const ERA_DATE = new RegExp(`^([MTSHRmtshr])(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`);
const KANJI_ERA_DATE = /^(明治|大正|昭和|平成|令和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/;

/** Full-width ASCII (what a Japanese IME types: "０１２３", "５０％", "：") read as half-width. */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Epoch ms of a Tokyo wall-clock date and time, or null when the date does not exist (2月30日). */
function tokyoMs(y: number, m: number, d: number, seconds = 0): number | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const ms = Date.UTC(y, m - 1, d) - TOKYO_OFFSET_MS;
  const check = new Date(ms + TOKYO_OFFSET_MS);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return ms + seconds * 1000;
}

/** Seconds since midnight of "10:05", "10:05:12", "1:05 PM"; null when not a time. */
function timeOfDay(text: string): number | null {
  const t = TIME.exec(text);
  if (!t) return null;
  let h = Number(t[1]);
  const min = Number(t[2]);
  const s = Number(t[3] ?? 0) + Number(`0.${t[4] ?? '0'}`);
  const meridiem = t[5]?.toUpperCase();
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  if (min > 59 || s >= 60) return null;
  return h * 3600 + min * 60 + s;
}

function dateOnly(text: string, currentYear: number): number | null {
  let m = ERA_DATE.exec(text);
  if (m) {
    const base = ERAS[(m[1] as string).toUpperCase()] as number;
    return tokyoMs(base + Number(m[2]), Number(m[3]), Number(m[4]));
  }
  m = KANJI_ERA_DATE.exec(text);
  if (m) {
    const base = ERAS[m[1] as string] as number;
    return tokyoMs(base + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4]));
  }
  m = Y_M_D.exec(text);
  if (m) return tokyoMs(twoDigitYear(m[1] as string), Number(m[2]), Number(m[3]));
  m = KANJI_DATE.exec(text);
  if (m) return tokyoMs(m[1] ? twoDigitYear(m[1]) : currentYear, Number(m[2]), Number(m[3]));
  m = M_D.exec(text);
  if (m) return tokyoMs(currentYear, Number(m[1]), Number(m[2]));
  return null;
}

/** Sheets' day zero, 1899-12-30 (developers.google.com/sheets/api/guides/formats): a time alone is on it. */
const DAY_ZERO_MS = Date.UTC(1899, 11, 30) - TOKYO_OFFSET_MS;

function number(text: string): Parsed | null {
  let body = text;
  let scale = 1;
  let format: string | undefined;
  if (body.endsWith('%')) {
    body = body.slice(0, -1).trim();
    scale = 0.01;
    format = body.includes('.') ? '0.00%' : '0%';
  }
  const sign = /^[+-]/.test(body) ? (body[0] as string) : '';
  const unsigned = sign ? body.slice(1) : body;
  if (CURRENCY.test(unsigned)) body = sign + unsigned.slice(1).trim();
  if (!NUMBER.test(body)) return null;
  const value = Number(body.replace(/,/g, '')) * scale;
  if (!Number.isFinite(value)) return null;
  return format ? { value, format } : { value };
}

/** What a cell holds after `text` is typed into it (the caller handles "'" and "="). */
export function parseTyped(text: string, currentYear: number): Parsed {
  const trimmed = halfWidth(text).trim();
  if (trimmed === '') return { value: text };
  const asNumber = number(trimmed);
  if (asNumber) return asNumber;
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const time = timeOfDay(trimmed);
  if (time !== null) return { value: { date: DAY_ZERO_MS + time * 1000 }, format: 'H:mm:ss' };
  const [datePart, timePart] = trimmed.split(/\s+(?=\d{1,2}:)/);
  const day = dateOnly(datePart as string, currentYear);
  if (day !== null) {
    if (timePart === undefined) return { value: { date: day }, format: 'yyyy/MM/dd' };
    const at = timeOfDay(timePart);
    if (at !== null) return { value: { date: day + at * 1000 }, format: 'yyyy/MM/dd H:mm:ss' };
  }
  return { value: text };
}
