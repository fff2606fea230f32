// Problems of one register row: cells not of their column's kind, required cells left empty, and the
// cross-field rules shared with the forms (checkItemRecord), each located at its cell.
import { columnLetter } from './a1';
import type { Problem } from './api';
import type { ColumnDef } from './columns';
import { ROW_PROBLEMS } from './messages/row-problems';
import { type CellValue, decodeRow } from './row-codec';
import { checkItemRecord } from './rules';
import type { Master } from './schemas';

export function rowProblems(
  cells: CellValue[],
  row: number,
  columns: ColumnDef[],
  index: Map<string, number>,
  master: Master,
): Problem[] {
  const { item, badCells } = decodeRow(cells, columns, index);
  const problems: Problem[] = [];
  const at = (key: string) => {
    const column = columns.find((c) => c.key === key);
    const position = index.get(key);
    return column && position !== undefined ? { column, position } : null;
  };
  const add = (key: string, rule: string, message: string, severity: Problem['severity'] = 'error') => {
    const place = at(key);
    if (!place) return;
    problems.push({
      itemId: item.id,
      row,
      column: place.column.header,
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
    if (badCells.includes(column.key)) add(column.key, 'kind', ROW_PROBLEMS.notANumber(column.header));
    else if (column.kind === 'money' && typeof cell === 'number' && cell < 0) {
      add(column.key, 'negative-money', ROW_PROBLEMS.negativeMoney(column.header));
    } else if (column.kind === 'percent' && typeof cell === 'number' && (cell < 0 || cell > 100)) {
      add(column.key, 'percent-range', ROW_PROBLEMS.percentRange(column.header));
    } else if (column.required && !column.system && String(cell ?? '').trim() === '') {
      add(column.key, 'required', ROW_PROBLEMS.required(column.header));
    }
  }
  if (item.id && !/^\d{1,2}-\d{1,3}-\d{2,4}$/.test(item.id)) add('id', 'id-format', ROW_PROBLEMS.idFormat);
  if (!item.indicator.name)
    add('indicator.name', 'indicator-missing', ROW_PROBLEMS.indicatorMissing, 'warning');
  const alreadyReported = new Set(problems.map((p) => p.column));
  for (const error of checkItemRecord(item, master)) {
    const key = error.path.replace(/\.\d+$/, '');
    const header = at(key)?.column.header;
    if (header && !alreadyReported.has(header)) add(key, `rule:${key}`, error.message);
  }
  return problems;
}
