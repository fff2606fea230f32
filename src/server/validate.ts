// 台帳の検証 (検証 sidebar): checks every register row, also hand-typed cells, marks problem cells and clears the
// marks of fixed cells (writing only the marks that change), and answers the counts and one page of the problems;
// the first page and the history check are kept for the sidebar to open on.
import type { HistoryCheck, ValidationReport, ValidationView } from '../domain/api';
import { VALIDATION } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { validationReport } from '../domain/validation-page';
import { checkRegister } from '../sheets/register-checks';
import { handEditedRowCount, RegisterStore } from '../sheets/register-store';
import { nowIso } from './current-user';
import { KEPT, keepAnswer, keptAnswers } from './kept-answers';
import { tamperFindings } from './tamper-check';

/** null (or nothing) is the first page; anything but a whole number ≥ 0 is refused before anything is read. */
function pageOffset(offset: unknown): number {
  if (offset === null || offset === undefined) return 0;
  if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  throw new Refusal({
    code: 'invalid',
    message: VALIDATION.badOffset,
    fields: [{ path: 'offset', message: VALIDATION.badOffset }],
  });
}

export function validateRegister(offset?: unknown): ValidationReport {
  const from = pageOffset(offset);
  const store = new RegisterStore();
  const { master, warnings } = store.readMasterWithWarnings();
  const read = store.readRegister(master);
  const register = { ...read, rows: store.withFormulaEdits(read) };
  const problems = checkRegister(register, master);
  const report: ValidationReport = {
    ...validationReport(register.rows.length + register.rowsWithoutId.length, problems, from),
    handEditRows: handEditedRowCount(register.rows),
    masterWarnings: warnings.map((w) => w.message),
  };
  if (from === 0)
    keepAnswer(KEPT.validation, { report, at: nowIso() } satisfies ValidationView['validation']);
  return report;
}

/** Checks the digest chains of 履歴 and 報告書ログ and 台帳's rows of recorded items, keeping the answer for the sidebar. */
export function verifyHistory(): HistoryCheck {
  const store = new RegisterStore();
  const check: HistoryCheck = {
    tampering: tamperFindings(
      (sheet) => store.sheetValues(sheet),
      store.readRegisterIds().map((id) => ({ id, revision: null })),
    ),
  };
  keepAnswer(KEPT.historyCheck, { check, at: nowIso() } satisfies ValidationView['historyCheck']);
  return check;
}

/** The 検証 sidebar's first answer: the last results kept, without reading the register or the history. */
export function validationView(): ValidationView {
  const kept = keptAnswers();
  return {
    validation: kept(KEPT.validation) as ValidationView['validation'],
    historyCheck: kept(KEPT.historyCheck) as ValidationView['historyCheck'],
  };
}
