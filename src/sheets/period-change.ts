// Set-up's part in a change of the plan period (typed in マスタ): the per-year columns (年度計画, yearly targets) of
// years that left the period are emptied into the history and deleted, the new years' columns are inserted beside
// the others of their kind.
import { columnLetter } from '../domain/a1';
import type { PeriodChangeResult } from '../domain/api';
import { registerColumns } from '../domain/columns';
import { planPeriodLabel } from '../domain/fiscal-year';
import { canonicalCell, contiguousRuns, RECORD_KEY, restampedRecord } from '../domain/hand-edits';
import { historyEntry } from '../domain/history';
import { planOf } from '../domain/item-edits';
import { SETUP } from '../domain/messages';
import {
  leavingColumns,
  scheduleColumnsIn,
  type YearColumn,
  yearColumnsIn,
  yearFamily,
  yearInsertions,
} from '../domain/period-change';
import { Refusal } from '../domain/refusal';
import { type CellValue, columnIndex, decodeRow, encodeRow } from '../domain/row-codec';
import { type HistoryEntry, ITEM_ID_PATTERN, type Item, type Master } from '../domain/schemas';
import { SHEETS } from '../domain/sheet-names';
import { setValuesAsText } from './kept-text';
import type { RegisterStore } from './register-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#dce6f1';
/** The cells a moved item's row gets anew; its other cells stay exactly as they are. */
const STAMP_KEYS = ['updatedBy', 'updatedAt', 'revision', RECORD_KEY] as const;

interface Moved {
  /** 1-based sheet row. */
  row: number;
  /** The row as read, in the old layout. */
  cells: CellValue[];
  item: Item;
  entry: HistoryEntry;
}

/** The columns a header's rows decode by: the period's and those of every year the header still has a column for. */
function columnsCovering(header: CellValue[], period: Master['period']) {
  const years = [
    period.startFiscalYear,
    period.endFiscalYear,
    ...yearColumnsIn(header).map((c) => c.fiscalYear),
  ];
  return registerColumns({ startFiscalYear: Math.min(...years), endFiscalYear: Math.max(...years) });
}

/**
 * Brings the register's 年度 columns to the period: answers the header as it is afterwards and what changed (null
 * when nothing did). Every row is read before the first write; an item with a value in a leaving column gets the
 * next revision and one history entry naming the values moved, its plan before kept as 変更前の計画.
 */
export function applyPeriodChange(
  sheet: Sheet,
  store: RegisterStore,
  master: Master,
  header: CellValue[],
  stamp: { nowIso: string; user: string },
): { header: CellValue[]; change: PeriodChangeResult | null } {
  const leaving = leavingColumns(header, master.period);
  const afterDeletion = header.filter((_, at) => !leaving.some((c) => c.at === at));
  const insertions = yearInsertions(afterDeletion, master.period);
  if (leaving.length === 0 && (insertions.length === 0 || scheduleColumnsIn(header).length === 0))
    return { header, change: null };

  const oldColumns = columnsCovering(header, master.period);
  const { index: oldIndex } = columnIndex(header, oldColumns);
  const years = scheduleColumnsIn(header).map((c) => c.fiscalYear);
  const changes = SETUP.periodChanged(
    planPeriodLabel(Math.min(...years), Math.max(...years)),
    planPeriodLabel(master.period.startFiscalYear, master.period.endFiscalYear),
  );
  const lastRow = sheet.getLastRow();
  const rows =
    lastRow > 1 ? (sheet.getRange(2, 1, lastRow - 1, header.length).getValues() as CellValue[][]) : [];
  const moved: Moved[] = [];
  rows.forEach((cells, i) => {
    const values = [...leaving]
      .reverse()
      .map((c) => ({ header: String(header[c.at]), value: canonicalCell(cells[c.at]) }))
      .filter((v) => v.value !== '');
    if (values.length === 0) return;
    const decoded = decodeRow(cells, oldColumns, oldIndex).item;
    // The plan as the row held it: the years it had columns for, no more.
    const before = {
      ...decoded,
      schedule: Object.fromEntries(years.map((fy) => [String(fy), decoded.schedule[String(fy)] ?? ''])),
    };
    const staying = <T>(byYear: Record<string, T>) =>
      Object.fromEntries(
        Object.entries(byYear).filter(([fy]) => !leaving.some((c) => String(c.fiscalYear) === fy)),
      );
    // A history entry needs an item: a value on a row without one is refused by its cell, not deleted unseen.
    if (!ITEM_ID_PATTERN.test(before.id))
      throw new Refusal({
        code: 'layout',
        message: SETUP.periodRowWithoutId(
          `${SHEETS.register}!${columnLetter((leaving.find((c) => canonicalCell(cells[c.at]) !== '') as YearColumn).at + 1)}${i + 2}`,
        ),
      });
    const after = {
      ...before,
      schedule: staying(before.schedule),
      indicatorTargets: staying(before.indicatorTargets),
      cutTargets: staying(before.cutTargets),
      revenueTargets: staying(before.revenueTargets),
      revision: before.revision + 1,
      updatedBy: stamp.user,
      updatedAt: stamp.nowIso,
    };
    const entry = historyEntry(
      after,
      'update',
      `period-${after.id}-${after.revision}`,
      '',
      `${changes}${values.map((v) => SETUP.periodValueMoved(v.header, v.value)).join('、')}`,
      planOf(before),
    );
    moved.push({ row: i + 2, cells, item: after, entry });
  });

  if (moved.length > 0) store.prepareHistoryAppend();
  for (const column of leaving) sheet.deleteColumn(column.at + 1);
  const finalHeader = [...afterDeletion];
  for (const insertion of insertions) {
    sheet.insertColumnsBefore(insertion.at + 1, 1);
    const text = yearFamily(insertion.family).header(insertion.fiscalYear);
    const cell = sheet.getRange(1, insertion.at + 1);
    cell.setValue(text);
    cell.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    finalHeader.splice(insertion.at, 0, text);
  }
  if (moved.length > 0) restampRows(sheet, store, master, header, finalHeader, moved);
  return {
    header: finalHeader,
    change: {
      added: insertions.map((c) => yearFamily(c.family).header(c.fiscalYear)),
      removed: leaving.map((c) => String(header[c.at])).reverse(),
      itemsMoved: moved.length,
    },
  };
}

/** The moved items' revision, who and when, and their record without the deleted columns: one write per run. */
function restampRows(
  sheet: Sheet,
  store: RegisterStore,
  master: Master,
  oldHeader: CellValue[],
  header: CellValue[],
  moved: Moved[],
): void {
  const columns = registerColumns(master.period);
  const { index } = columnIndex(header, columns);
  const oldAt = new Map(oldHeader.map((h, at) => [String(h), at] as const).reverse());
  const positions = STAMP_KEYS.flatMap((key) => (index.has(key) ? [index.get(key) as number] : []));
  const encodedRows = new Map<number, CellValue[]>();
  for (const { row, cells, item, entry } of moved) {
    // The row in the new layout: each cell under its header, the inserted columns empty.
    const current = header.map((h) => {
      const at = oldAt.get(String(h));
      return at === undefined ? '' : (cells[at] ?? '');
    });
    const encoded = encodeRow(item, columns, index, current);
    const recordAt = index.get(RECORD_KEY);
    if (recordAt !== undefined)
      encoded[recordAt] =
        restampedRecord(current[recordAt], columns, index, {
          revision: entry.revision,
          updatedBy: entry.user,
          updatedAt: entry.at,
        }) ?? '';
    encodedRows.set(row, encoded);
  }
  // One write per run of adjacent moved rows and adjacent stamp columns: the rows between keep every cell.
  for (const rows of contiguousRuns(encodedRows.keys()))
    for (const { first, count } of contiguousRuns(positions)) {
      const block = Array.from({ length: rows.count }, (_, r) =>
        (encodedRows.get(rows.first + r) as CellValue[]).slice(first, first + count),
      );
      setValuesAsText(sheet.getRange(rows.first, first + 1, rows.count, count), block);
    }
  store.appendHistory(moved.map((m) => m.entry));
}
