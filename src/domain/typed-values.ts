// Dates and numbers read from cells as the people who typed them meant them: Date cells, 2022/10/31, 2022-10-31,
// 和暦 (令和4年10月31日, R4.10.31), full-width digits; 1,234, △500 (minus, as municipal tables write it).
import { ERAS } from './eras';
import { type DateParts, formatIsoDate, tokyoDateParts } from './fiscal-year';
import type { CellValue } from './row-codec';

/** What a cell read as a date or a number gives: its value, nothing (a blank cell), or a cell that is neither. */
export type Typed<T> = { ok: true; value: T | null } | { ok: false };

const BLANK = { ok: true, value: null } as const;
const BAD = { ok: false } as const;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Full-width ASCII and the ideographic space (what a Japanese IME types: ２０２２／１０／３１, １，２３４) as half-width. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const dayNumber = (d: DateParts) => d.year * 10000 + d.month * 100 + d.day;

/** The parts when they name a real calendar day (not 2月30日), else null. */
function realDay(year: number, month: number, day: number): DateParts | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  return { year, month, day };
}

/**
 * An era date as a Gregorian day, or null when it is no real day or falls outside its era: before the era began
 * (令和元年4月30日) or on or after the next era's first day (平成31年5月1日 was 令和元年5月1日).
 */
function eraDay(eraKey: string, eraYear: number, month: number, day: number): DateParts | null {
  const at = ERAS.findIndex((e) => e.name === eraKey || e.initial === eraKey.toUpperCase());
  const era = ERAS[at];
  if (!era || eraYear < 1) return null;
  const parts = realDay(era.firstYear + eraYear - 1, month, day);
  if (!parts || dayNumber(parts) < dayNumber(era.start)) return null;
  const next = ERAS[at - 1];
  return next && dayNumber(parts) >= dayNumber(next.start) ? null : parts;
}

const WESTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const ERA_NAMES = ERAS.map((e) => e.name).join('|');
const ERA_INITIALS = ERAS.map((e) => e.initial).join('');
const KANJI_ERA = new RegExp(
  `^(${ERA_NAMES})\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$`,
);
const SHORT_ERA = new RegExp(
  `^([${ERA_INITIALS}])\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$`,
  'i',
);

/** Date text as people type it, or null: 2022/10/31, 2022-10-31, 2022年10月31日, 令和4年10月31日, R4.10.31, R4/10/31. */
export function parseDateText(text: string): DateParts | null {
  const t = halfWidth(text).trim();
  let m = WESTERN.exec(t);
  if (m) return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = KANJI_ERA.exec(t);
  if (m) return eraDay(m[1] as string, m[2] === '元' ? 1 : Number(m[2]), Number(m[3]), Number(m[4]));
  m = SHORT_ERA.exec(t);
  if (m) return eraDay(m[1] as string, Number(m[2]), Number(m[3]), Number(m[4]));
  return null;
}

/**
 * A date cell as yyyy-mm-dd. A date typed into an automatic cell arrives as a Date (apps-script-facts §9), taken
 * as its day in Tokyo, the spreadsheet's zone; a plain-text cell arrives as typed and is read by parseDateText.
 */
export function readDateCell(cell: CellValue | null | undefined): Typed<string> {
  if (isDate(cell))
    return Number.isFinite(cell.getTime()) ? { ok: true, value: formatIsoDate(tokyoDateParts(cell)) } : BAD;
  if (typeof cell !== 'string') return cell === undefined || cell === null ? BLANK : BAD;
  if (halfWidth(cell).trim() === '') return BLANK;
  const parts = parseDateText(cell);
  return parts ? { ok: true, value: formatIsoDate(parts) } : BAD;
}

const DIGITS = /^\d+(,\d+)*(\.\d+)?$|^\.\d+$/;

/**
 * Number text as people type it, or null: full-width digits, thousands separators (1,234 / １，２３４), a sign,
 * △ or ▲ for minus (how municipal budget tables write a negative amount), spaces around. A comma between digits is
 * dropped wherever it stands (1,5 is 15, as the register has always read it); a comma at an end or two in a row is
 * no number.
 */
export function parseNumberText(text: string): number | null {
  let t = halfWidth(text).trim();
  let sign = 1;
  const signed = /^([-+△▲−])\s*/.exec(t);
  if (signed) {
    sign = signed[1] === '+' ? 1 : -1;
    t = t.slice(signed[0].length);
  }
  if (!DIGITS.test(t)) return null;
  const n = sign * Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** A number cell: numbers as they are, text read by parseNumberText, blank as nothing; anything else is bad. */
export function readNumberCell(cell: CellValue | null | undefined): Typed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : BAD;
  if (cell === undefined || cell === null) return BLANK;
  if (typeof cell !== 'string') return BAD;
  if (halfWidth(cell).trim() === '') return BLANK;
  const n = parseNumberText(cell);
  return n === null ? BAD : { ok: true, value: n };
}
