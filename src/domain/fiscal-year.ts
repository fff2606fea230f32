// Fiscal years (年度, April–March) and their names in the Japanese calendar (和暦).

/** Eras with their first day; a date belongs to the latest era that began on or before it. */
const ERAS = [
  { name: '令和', start: { year: 2019, month: 5, day: 1 } },
  { name: '平成', start: { year: 1989, month: 1, day: 8 } },
] as const;

/** The fiscal year of a calendar date: April 2023 – March 2024 is fiscal year 2023. */
export function fiscalYearOf(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

/** "令和元年度" for FY2019 (年度 are named by the era in force at their end of April), "令和4年度" for FY2022. */
export function warekiFiscalYear(fiscalYear: number): string {
  // A fiscal year is named after the era of the calendar year it starts in; FY2019 (from April 2019) is 令和元年度
  // by convention even though Reiwa began in May, and FY1988 was 昭和63年度.
  const era = fiscalYear >= 2019 ? ERAS[0] : ERAS[1];
  const n = fiscalYear - era.start.year + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}

/** Header of a per-year schedule column, e.g. "令和4年度計画". */
export function fiscalYearHeader(fiscalYear: number): string {
  return `${warekiFiscalYear(fiscalYear)}計画`;
}
