// 台帳の検証 (menu): checks every register row, also hand-typed cells, marks problem cells in a few batched
// calls, clears marks of fixed cells, and tells the user how many problems remain.
import type { ValidationReport } from '../domain/api';
import { VALIDATION } from '../domain/messages';
import { rowProblems } from '../domain/row-problems';
import { markProblems } from '../sheets/problem-marks';
import { RegisterStore } from '../sheets/register-store';

export function validateRegister(): ValidationReport {
  const store = new RegisterStore();
  const master = store.readMaster();
  const register = store.readRegister(master);
  const problems = register.rows.flatMap((r) =>
    rowProblems(r.cells, r.row, register.columns, register.index),
  );
  const lastRow = Math.max(2, ...register.rows.map((r) => r.row));
  const block = register.sheet.getRange(2, 1, lastRow - 1, Math.max(1, register.width));
  const headerOf = new Map(register.columns.map((c) => [c.header, register.index.get(c.key)]));
  markProblems(block, 2, (header) => headerOf.get(header), problems);
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
  ui.alert(VALIDATION.sidebarTitle, text, ui.ButtonSet.OK);
}
