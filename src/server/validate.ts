// 台帳の検証 (menu): checks every register row, also hand-typed cells, marks problem cells in a few batched
// calls, clears marks of fixed cells, and tells the user how many problems remain.
import { columnLetter } from '../domain/a1';
import type { Problem, ValidationReport } from '../domain/api';
import { ROW_PROBLEMS, VALIDATION } from '../domain/messages';
import { rowProblems } from '../domain/row-problems';
import { markProblems } from '../sheets/problem-marks';
import { type RegisterRow, RegisterStore } from '../sheets/register-store';

/** The same ID on several rows: every such row is marked, since none of them can be told apart by ID. */
function duplicateIdProblems(rows: RegisterRow[], index: Map<string, number>): Problem[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.item.id, (count.get(r.item.id) ?? 0) + 1);
  const column = (index.get('id') ?? 0) + 1;
  return rows
    .filter((r) => (count.get(r.item.id) ?? 0) > 1)
    .map((r) => ({
      itemId: r.item.id,
      row: r.row,
      column: '取組ID',
      a1: `${columnLetter(column)}${r.row}`,
      severity: 'error' as const,
      rule: 'unique-id',
      message: ROW_PROBLEMS.duplicateId(r.item.id),
    }));
}

export function validateRegister(): ValidationReport {
  const store = new RegisterStore();
  const master = store.readMaster();
  const register = store.readRegister(master);
  const problems = register.rows.flatMap((r) =>
    rowProblems(r.cells, r.row, register.columns, register.index, master),
  );
  problems.push(...duplicateIdProblems(register.rows, register.index));
  const headerOf = new Map(register.columns.map((c) => [c.header, register.index.get(c.key)]));
  // The header row is part of the block but never marked: no problem is ever located on row 1.
  markProblems(register.dataRange, 1, (header) => headerOf.get(header), problems);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return {
    checkedRows: register.rows.length,
    errorCount,
    warningCount: problems.length - errorCount,
    problems,
  };
}

export function showValidationResult(report: ValidationReport): void {
  const ui = SpreadsheetApp.getUi();
  const lines = report.problems.slice(0, 20).map((p) => `${VALIDATION.row(p.row)} ${p.message}`);
  const text =
    report.problems.length === 0
      ? VALIDATION.noProblems
      : [VALIDATION.summary(report.checkedRows, report.errorCount, report.warningCount), ...lines].join('\n');
  ui.alert(VALIDATION.title, text, ui.ButtonSet.OK);
}
