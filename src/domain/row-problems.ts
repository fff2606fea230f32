// Problems of register rows: cells not of their column's kind, required cells left empty, plans typed into
// year columns outside the plan period, duplicate IDs, and the cross-field rules shared with the forms
// (checkItemRecord), each located at its cell.
import { columnLetter } from './a1';
import type { Problem } from './api';
import type { ColumnDef } from './columns';
import { fiscalYearOfHeader } from './fiscal-year';
import { ROW_PROBLEMS } from './messages/row-problems';
import { formatThousandYen } from './money';
import { type CellValue, type DecodedRow, decodeRow, hasUserContent } from './row-codec';
import { checkItemRecord } from './rules';
import { ITEM_ID_PATTERN, type Master, MONEY_MAX } from './schemas';
import { readNumberCell } from './typed-values';

/** A column a user added by hand whose header names a fiscal year outside the plan period. */
export interface ExtraYearColumn {
  fiscalYear: number;
  header: string;
  /** 0-based position in the row. */
  position: number;
}

/**
 * "Inside the plan period" for hand-typed data: a column headed by a fiscal year (令和7年度計画, 2025年度…) that the
 * period does not cover may exist, but any plan typed into it is a problem of that cell.
 */
export function extraYearColumns(headerRow: CellValue[], master: Pick<Master, 'period'>): ExtraYearColumn[] {
  const { startFiscalYear, endFiscalYear } = master.period;
  return headerRow.flatMap((cell, position) => {
    const header = String(cell ?? '').trim();
    const fiscalYear = fiscalYearOfHeader(header);
    return fiscalYear !== null && (fiscalYear < startFiscalYear || fiscalYear > endFiscalYear)
      ? [{ fiscalYear, header, position }]
      : [];
  });
}

/**
 * The problems of one row. `decoded` is the row as the register read already decoded it (decoding it again would
 * double the work of a validation); without it the row is decoded here.
 */
export function rowProblems(
  cells: CellValue[],
  row: number,
  columns: ColumnDef[],
  index: Map<string, number>,
  master: Master,
  extraYears: ExtraYearColumn[] = [],
  decoded: DecodedRow = decodeRow(cells, columns, index),
): Problem[] {
  const { badCells } = decoded;
  // An empty row (or one with only a city's own columns filled) is no item: nothing to check.
  if (!decoded.item.id && !hasUserContent(cells, columns, index)) return [];
  // Plans typed into hand-added year columns are checked with the item's own: on a copy, never on the read item.
  const item = extraYears.length ? { ...decoded.item, schedule: { ...decoded.item.schedule } } : decoded.item;
  for (const extra of extraYears) {
    item.schedule[String(extra.fiscalYear)] = String(cells[extra.position] ?? '').trim();
  }
  const problems: Problem[] = [];
  const at = (key: string): { header: string; position: number } | null => {
    const column = columns.find((c) => c.key === key);
    const position = index.get(key);
    if (column && position !== undefined) return { header: column.header, position };
    const extra = extraYears.find((e) => `schedule.${e.fiscalYear}` === key);
    return extra ? { header: extra.header, position: extra.position } : null;
  };
  const add = (key: string, rule: string, message: string, severity: Problem['severity'] = 'error') => {
    const place = at(key);
    if (!place) return;
    problems.push({
      itemId: item.id,
      itemTitle: item.title,
      row,
      column: place.header,
      a1: `${columnLetter(place.position + 1)}${row}`,
      severity,
      rule,
      message,
    });
  };
  for (const column of columns) {
    const position = index.get(column.key);
    if (position === undefined) continue;
    const cell = cells[position];
    // Numbers as typed (1,234, △500): the range checks see what a person meant, not only number cells.
    const typed = readNumberCell(cell);
    const amount = typed.ok ? typed.value : null;
    const isMoney = column.kind === 'money' || column.kind === 'signedMoney';
    if (isMoney && amount !== null && Math.abs(amount) > MONEY_MAX)
      add(column.key, 'money-range', ROW_PROBLEMS.moneyTooLarge(column.header, formatThousandYen(MONEY_MAX)));
    else if (badCells.includes(column.key)) add(column.key, 'kind', ROW_PROBLEMS.notANumber(column.header));
    else if (column.kind === 'money' && amount !== null && amount < 0) {
      add(column.key, 'negative-money', ROW_PROBLEMS.negativeMoney(column.header));
    } else if (column.kind === 'percent' && amount !== null && (amount < 0 || amount > 100)) {
      add(column.key, 'percent-range', ROW_PROBLEMS.percentRange(column.header));
    } else if (column.required && !column.system && String(cell ?? '').trim() === '') {
      const message = column.list ? ROW_PROBLEMS.requiredChoice : ROW_PROBLEMS.required;
      add(column.key, 'required', message(column.header));
    }
  }
  if (item.id && !ITEM_ID_PATTERN.test(item.id)) add('id', 'id-format', ROW_PROBLEMS.idFormat);
  if (!item.id) add('id', 'id-missing', ROW_PROBLEMS.idMissing);
  if (!item.indicator.name)
    add('indicator.name', 'indicator-missing', ROW_PROBLEMS.indicatorMissing, 'warning');
  const alreadyReported = new Set(problems.map((p) => p.column));
  for (const error of checkItemRecord(item, master)) {
    // A list element (relatedDepartments.2) is located at its list's cell; a schedule year at its own column.
    const key = at(error.path) ? error.path : error.path.replace(/\.\d+$/, '');
    const header = at(key)?.header;
    if (header && !alreadyReported.has(header)) add(key, `rule:${key}`, error.message);
  }
  return problems;
}

/** The same ID on several rows: every such row is marked, since none of them can be told apart by ID. */
export function duplicateIdProblems(
  rows: { row: number; item: { id: string; title: string } }[],
  index: Map<string, number>,
): Problem[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.item.id, (count.get(r.item.id) ?? 0) + 1);
  const column = columnLetter((index.get('id') ?? 0) + 1);
  return rows
    .filter((r) => (count.get(r.item.id) ?? 0) > 1)
    .map((r) => ({
      itemId: r.item.id,
      itemTitle: r.item.title,
      row: r.row,
      column: '取組ID',
      a1: `${column}${r.row}`,
      severity: 'error' as const,
      rule: 'unique-id',
      message: ROW_PROBLEMS.duplicateId(r.item.id),
    }));
}

/** Header text → 0-based position (the first column of that name), to mark problems by their column header. */
export function headerPositions(headerRow: CellValue[]): Map<string, number> {
  const positions = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const header = String(cell ?? '').trim();
    if (header && !positions.has(header)) positions.set(header, i);
  });
  return positions;
}
