// 台帳の検証 (検証 sidebar): checks every register row, also hand-typed cells, marks problem cells in a few batched
// calls, clears marks of fixed cells, and reports every problem with its cell.
import type { ValidationReport } from '../domain/api';
import { duplicateIdProblems, extraYearColumns, headerPositions, rowProblems } from '../domain/row-problems';
import { markProblems } from '../sheets/problem-marks';
import { RegisterStore } from '../sheets/register-store';

export function validateRegister(): ValidationReport {
  const store = new RegisterStore();
  const master = store.readMaster();
  const register = store.readRegister(master);
  const extraYears = extraYearColumns(register.header, master);
  const problems = [...register.rows, ...register.rowsWithoutId].flatMap((r) =>
    rowProblems(r.cells, r.row, register.columns, register.index, master, extraYears),
  );
  problems.push(...duplicateIdProblems(register.rows, register.index));
  const headerOf = headerPositions(register.header);
  // The header row is part of the block but never marked: no problem is ever located on row 1.
  markProblems(register.dataRange, 1, (header) => headerOf.get(header), problems);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return {
    checkedRows: register.rows.length + register.rowsWithoutId.length,
    errorCount,
    warningCount: problems.length - errorCount,
    problems,
  };
}
