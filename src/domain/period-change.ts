// A change of the plan period as the register sees it: which per-year columns leave (their values go to the history),
// which years enter, and where each new column goes — beside the other columns of its kind, never after the system
// columns. The per-year kinds are the 年度計画 and the yearly targets (目標値, 効果額目標 歳出削減 / 歳入確保).
import { registerColumns } from './columns';
import { fiscalYearHeader, fiscalYearOfHeader } from './fiscal-year';
import { LEDGER } from './messages/ledger';
import type { CellValue } from './row-codec';
import type { Master } from './schemas';

type Period = Master['period'];

/** One kind of per-year column: its Item field and its header for a fiscal year. */
interface YearFamily {
  key: 'schedule' | 'indicatorTargets' | 'cutTargets' | 'revenueTargets';
  header: (fiscalYear: number) => string;
}

export const YEAR_FAMILIES: readonly YearFamily[] = [
  { key: 'schedule', header: fiscalYearHeader },
  { key: 'indicatorTargets', header: LEDGER.indicatorTargetHeader },
  { key: 'cutTargets', header: LEDGER.cutTargetHeader },
  { key: 'revenueTargets', header: LEDGER.revenueTargetHeader },
];

/** The yearly targets, laid out as one group per year in this order. */
const TARGET_FAMILIES = YEAR_FAMILIES.filter((f) => f.key !== 'schedule');

export type YearFamilyKey = YearFamily['key'];

export interface YearColumn {
  family: YearFamilyKey;
  fiscalYear: number;
  /** 0-based position in the header row. */
  at: number;
}

export const yearFamily = (key: YearFamilyKey) => YEAR_FAMILIES.find((f) => f.key === key) as YearFamily;

/**
 * The add-on's own per-year columns in a header row, by exact header ("令和N年度計画", "令和N年度目標値", …): a city's
 * "2025年度" column is its own.
 */
export function yearColumnsIn(header: readonly CellValue[]): YearColumn[] {
  return header.flatMap((cell, at) => {
    const text = String(cell ?? '').trim();
    const prefix = /^[^年]*年度/.exec(text)?.[0];
    const fiscalYear = prefix ? fiscalYearOfHeader(prefix) : null;
    if (fiscalYear === null) return [];
    const family = YEAR_FAMILIES.find((f) => f.header(fiscalYear) === text);
    return family ? [{ family: family.key, fiscalYear, at }] : [];
  });
}

/** The 年度計画 columns alone. */
export const scheduleColumnsIn = (header: readonly CellValue[]): YearColumn[] =>
  yearColumnsIn(header).filter((c) => c.family === 'schedule');

/** The per-year columns of years outside the period (right to left, so deleting one keeps the others' positions). */
export function leavingColumns(header: readonly CellValue[], period: Period): YearColumn[] {
  return yearColumnsIn(header)
    .filter((c) => c.fiscalYear < period.startFiscalYear || c.fiscalYear > period.endFiscalYear)
    .sort((a, b) => b.at - a.at);
}

/** The position after the last of the layout's `headers` the row has (-1: none of them). */
function afterLastOf(row: readonly string[], headers: readonly string[]): number {
  const last = Math.max(...headers.map((h) => row.indexOf(h)));
  return last >= 0 ? last + 1 : -1;
}

/**
 * Where each year of the period without its columns gets them, in the order to insert them (each `at` counts the
 * columns inserted before it). A 年度計画 goes after the column of the nearest earlier year, else before that of the
 * nearest later one, else after the columns that precede the schedule (関係課). A year's targets go as one group
 * (目標値, 歳出削減, 歳入確保) after the nearest earlier year's group, else before the nearest later one's, else after the
 * columns that precede the targets. A header without any of those gets them at the end.
 */
export function yearInsertions(header: readonly CellValue[], period: Period): YearColumn[] {
  const row = header.map((h) => String(h ?? '').trim());
  const columns = registerColumns(period);
  const headersBefore = (key: string) =>
    columns
      .slice(
        0,
        Math.max(
          0,
          columns.findIndex((c) => c.key.startsWith(`${key}.`)),
        ),
      )
      .map((c) => c.header);
  const insertions: YearColumn[] = [];
  const insert = (family: YearFamilyKey, fiscalYear: number, at: number) => {
    row.splice(at, 0, yearFamily(family).header(fiscalYear));
    insertions.push({ family, fiscalYear, at });
  };
  for (let fy = period.startFiscalYear; fy <= period.endFiscalYear; fy++) {
    const present = scheduleColumnsIn(row);
    if (present.some((c) => c.fiscalYear === fy)) continue;
    const earlier = present.filter((c) => c.fiscalYear < fy).sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
    const later = present.filter((c) => c.fiscalYear > fy).sort((a, b) => a.fiscalYear - b.fiscalYear)[0];
    const leading = afterLastOf(row, headersBefore('schedule'));
    insert('schedule', fy, earlier ? earlier.at + 1 : later ? later.at : leading >= 0 ? leading : row.length);
  }
  // A register from before the yearly targets gets them from set-up's repair, as any missing column: no period change.
  const hasTargets = yearColumnsIn(row).some((c) => c.family !== 'schedule');
  for (let fy = period.startFiscalYear; hasTargets && fy <= period.endFiscalYear; fy++) {
    const present = yearColumnsIn(row).filter((c) => c.family !== 'schedule');
    if (present.some((c) => c.fiscalYear === fy)) continue;
    const years = [...new Set(present.map((c) => c.fiscalYear))];
    const earlier = Math.max(...years.filter((y) => y < fy));
    const later = Math.min(...years.filter((y) => y > fy));
    const groupOf = (year: number) => present.filter((c) => c.fiscalYear === year).map((c) => c.at);
    const fixed = headersBefore('indicatorTargets').filter((h) => !yearColumnsIn([h]).length);
    const at = Number.isFinite(earlier)
      ? Math.max(...groupOf(earlier)) + 1
      : Number.isFinite(later)
        ? Math.min(...groupOf(later))
        : afterLastOf(row, fixed) >= 0
          ? afterLastOf(row, fixed)
          : row.length;
    for (const [i, family] of TARGET_FAMILIES.entries()) insert(family.key, fy, at + i);
  }
  return insertions;
}
