// Problems a register row shows on its own: cells not of their column's kind and required cells left empty.

import { columnLetter } from './a1';
import type { Problem } from './api';
import type { ColumnDef } from './columns';
import { ROW_PROBLEMS } from './messages/row-problems';
import { type CellValue, decodeRow } from './row-codec';

export function rowProblems(
  cells: CellValue[],
  row: number,
  columns: ColumnDef[],
  index: Map<string, number>,
): Problem[] {
  const { item, badCells } = decodeRow(cells, columns, index);
  const problems: Problem[] = [];
  for (const column of columns) {
    const at = index.get(column.key);
    if (at === undefined) continue;
    const problem = (rule: string, message: string): Problem => ({
      itemId: item.id,
      row,
      column: column.header,
      a1: `${columnLetter(at + 1)}${row}`,
      severity: 'error',
      rule,
      message,
    });
    const cell = cells[at];
    if (badCells.includes(column.key)) problems.push(problem('kind', ROW_PROBLEMS.notANumber(column.header)));
    else if (column.kind === 'money' && typeof cell === 'number' && cell < 0) {
      problems.push(problem('negative-money', ROW_PROBLEMS.negativeMoney(column.header)));
    } else if (column.kind === 'percent' && typeof cell === 'number' && (cell < 0 || cell > 100)) {
      problems.push(problem('percent-range', ROW_PROBLEMS.percentRange(column.header)));
    } else if (column.required && !column.system && String(cell ?? '').trim() === '') {
      problems.push(problem('required', ROW_PROBLEMS.required(column.header)));
    }
  }
  return problems;
}
