// A change of the plan period as the register sees it: which 年度計画 columns leave (their values go to the history),
// which years enter, and where each new column goes — beside the other 年度 columns, never after the system columns.
import { registerColumns } from './columns';
import { fiscalYearHeader, fiscalYearOfHeader } from './fiscal-year';
import type { CellValue } from './row-codec';
import type { Master } from './schemas';

type Period = Master['period'];

export interface ScheduleColumn {
  fiscalYear: number;
  /** 0-based position in the header row. */
  at: number;
}

/** The add-on's own 年度計画 columns in a header row: exactly "令和N年度計画" (a city's "2025年度" column is its own). */
export function scheduleColumnsIn(header: readonly CellValue[]): ScheduleColumn[] {
  return header.flatMap((cell, at) => {
    const text = String(cell ?? '').trim();
    const fiscalYear = fiscalYearOfHeader(text);
    return fiscalYear !== null && fiscalYearHeader(fiscalYear) === text ? [{ fiscalYear, at }] : [];
  });
}

/** The columns of years outside the period (right to left, so deleting one keeps the others' positions). */
export function leavingColumns(header: readonly CellValue[], period: Period): ScheduleColumn[] {
  return scheduleColumnsIn(header)
    .filter((c) => c.fiscalYear < period.startFiscalYear || c.fiscalYear > period.endFiscalYear)
    .sort((a, b) => b.at - a.at);
}

/**
 * Where each year of the period without a column gets one, in the order to insert them (each `at` counts the
 * columns inserted before it): after the column of the nearest earlier year, else before that of the nearest later
 * one, else after the columns that precede the schedule (関係課). A header without any of those gets them at the end.
 */
export function scheduleInsertions(header: readonly CellValue[], period: Period): ScheduleColumn[] {
  const row = header.map((h) => String(h ?? '').trim());
  const columns = registerColumns(period);
  const leading = columns.slice(
    0,
    columns.findIndex((c) => c.key.startsWith('schedule.')),
  );
  const insertions: ScheduleColumn[] = [];
  for (let fy = period.startFiscalYear; fy <= period.endFiscalYear; fy++) {
    const present = scheduleColumnsIn(row);
    if (present.some((c) => c.fiscalYear === fy)) continue;
    const earlier = present.filter((c) => c.fiscalYear < fy).sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
    const later = present.filter((c) => c.fiscalYear > fy).sort((a, b) => a.fiscalYear - b.fiscalYear)[0];
    const lastLeading = Math.max(...leading.map((c) => row.indexOf(c.header)));
    const at = earlier ? earlier.at + 1 : later ? later.at : lastLeading >= 0 ? lastLeading + 1 : row.length;
    row.splice(at, 0, fiscalYearHeader(fy));
    insertions.push({ fiscalYear: fy, at });
  }
  return insertions;
}
