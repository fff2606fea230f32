// 台帳の検証 (検証 sidebar): checks every register row, also hand-typed cells, marks problem cells in a few batched
// calls, clears marks of fixed cells, and reports every problem with its cell.
import type { ValidationReport } from '../domain/api';
import { checkRegister } from '../sheets/register-checks';
import { RegisterStore } from '../sheets/register-store';

export function validateRegister(): ValidationReport {
  const store = new RegisterStore();
  const { master, warnings } = store.readMasterWithWarnings();
  const read = store.readRegister(master);
  const register = { ...read, rows: store.withFormulaEdits(read) };
  const problems = checkRegister(register, master);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return {
    checkedRows: register.rows.length + register.rowsWithoutId.length,
    handEditRows: register.rows.filter((r) => r.handEdits.length > 0).length,
    errorCount,
    warningCount: problems.length - errorCount,
    problems,
    masterWarnings: warnings.map((w) => w.message),
  };
}
