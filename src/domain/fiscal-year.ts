// Fiscal years (年度, April–March), their names in the Japanese calendar (和暦), and ISO date helpers in Asia/Tokyo.
import { ERAS } from './eras';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const dayNumber = (d: DateParts) => d.year * 10000 + d.month * 100 + d.day;
const eraYear = (n: number) => (n === 1 ? '元' : String(n));

/** The fiscal year of a calendar date: April 2023 – March 2024 is fiscal year 2023. */
export function fiscalYearOf(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

/** The fiscal year of an ISO date 'YYYY-MM-DD'; null when the text is not a real date. */
export function fiscalYearOfIsoDate(iso: string): number | null {
  const parts = parseIsoDate(iso);
  return parts ? fiscalYearOf(parts.year, parts.month) : null;
}

/**
 * Era and era year of a fiscal year. By convention a 年度 takes the era that began in its calendar year or
 * earlier: FY2019 is 令和元年度 (although April 2019 was still 平成31年), FY1989 is 平成元年度, FY1988 is 昭和63年度.
 */
function fiscalYearEra(fiscalYear: number): { name: string; n: number } {
  const era = ERAS.find((e) => e.firstYear <= fiscalYear) ?? (ERAS[ERAS.length - 1] as (typeof ERAS)[number]);
  return { name: era.name, n: fiscalYear - era.firstYear + 1 };
}

/** "令和元年度" for FY2019 (never 令和1年度), "令和4年度" for FY2022, "昭和63年度" for FY1988. */
export function warekiFiscalYear(fiscalYear: number): string {
  const { name, n } = fiscalYearEra(fiscalYear);
  return `${name}${eraYear(n)}年度`;
}

/** A plan period such as "令和4〜6年度"; across eras "平成30〜令和2年度"; one year "令和4年度". */
export function planPeriodLabel(startFiscalYear: number, endFiscalYear: number): string {
  if (startFiscalYear === endFiscalYear) return warekiFiscalYear(startFiscalYear);
  const start = fiscalYearEra(startFiscalYear);
  const end = fiscalYearEra(endFiscalYear);
  const endText = start.name === end.name ? eraYear(end.n) : `${end.name}${eraYear(end.n)}`;
  return `${start.name}${eraYear(start.n)}〜${endText}年度`;
}

/** Header of a per-year schedule column, e.g. "令和4年度計画". */
export function fiscalYearHeader(fiscalYear: number): string {
  return `${warekiFiscalYear(fiscalYear)}計画`;
}

/** A date in 和暦 by the era in force on that day: '2019-04-30' → '平成31年4月30日', '2019-05-01' → '令和元年5月1日'. */
export function formatWarekiDate(date: string | DateParts): string {
  const parts = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!parts) return '';
  const era = ERAS.find((e) => dayNumber(e.start) <= dayNumber(parts));
  if (!era) return `${parts.year}年${parts.month}月${parts.day}日`;
  return `${era.name}${eraYear(parts.year - era.firstYear + 1)}年${parts.month}月${parts.day}日`;
}

/** 'YYYY-MM-DD' → its parts, or null when malformed or not a real calendar day (e.g. 2023-02-30). */
export function parseIsoDate(iso: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate(parts: DateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** Japan has had no daylight saving time since 1951, so Asia/Tokyo is a fixed UTC+9 for every date the plan uses. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar day in Tokyo of an instant, whatever the time zone of the machine running this. */
export function tokyoDateParts(instant: Date): DateParts {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 'YYYY-MM-DD' of an instant in Tokyo. */
export function isoDateInTokyo(instant: Date): string {
  return formatIsoDate(tokyoDateParts(instant));
}

/** ISO date-time of an instant in Tokyo time, e.g. '2023-11-24T09:30:00+09:00'. */
export function isoDateTimeInTokyo(instant: Date): string {
  const s = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  return `${isoDateInTokyo(instant)}T${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())}+09:00`;
}

/** The fiscal year an instant falls in, by the Tokyo calendar. */
export function fiscalYearOfInstant(instant: Date): number {
  const { year, month } = tokyoDateParts(instant);
  return fiscalYearOf(year, month);
}

/**
 * The fiscal year a header names, as a user might type it for an extra schedule column: "令和7年度計画",
 * "令和元年度", "平成30年度", "2025年度". null when the header names no fiscal year.
 */
export function fiscalYearOfHeader(header: string): number | null {
  const text = header.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const western = /^(\d{4})年度(計画)?$/.exec(text);
  if (western) return Number(western[1]);
  const wareki = /^(令和|平成|昭和|大正|明治)(元|\d{1,2})年度(計画)?$/.exec(text);
  if (!wareki) return null;
  const era = ERAS.find((e) => e.name === wareki[1]) as (typeof ERAS)[number];
  return era.firstYear + (wareki[2] === '元' ? 1 : Number(wareki[2])) - 1;
}
