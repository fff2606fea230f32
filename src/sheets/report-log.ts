// The 報告書ログ sheet: read once before the document is made (so a broken log refuses before anything is
// created), then, after success, older entries of the round marked 差し替え済み in one write of the 状態 column
// block and the new entry appended.
import { REPORT_LOG_FORMATS } from '../domain/cell-formats';
import { REPORT } from '../domain/messages';
import { logRow, type ReportLogEntry, stateColumnOf, supersede } from '../domain/report/log';
import { asPlainText } from '../domain/row-codec';
import { writeFormattedRows } from './formatted-rows';
import { Refusal } from './register-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogPlan {
  sheet: Sheet;
  stateColumn: number;
  states: string[][];
  superseded: number;
  /** Rows of the log as read, header included: the new entry goes below them. */
  rows: number;
}

export function planLog(sheet: Sheet, roundId: string): LogPlan {
  const grid = sheet.getDataRange().getValues();
  const result = supersede(grid, roundId);
  if (!result) throw new Refusal({ code: 'layout', message: REPORT.logLayout });
  return { sheet, stateColumn: stateColumnOf(grid) + 1, rows: grid.length, ...result };
}

export function writeLog(plan: LogPlan, entry: ReportLogEntry): void {
  if (plan.superseded > 0)
    plan.sheet.getRange(2, plan.stateColumn, plan.states.length, 1).setValues(plan.states);
  writeFormattedRows(plan.sheet, plan.rows + 1, REPORT_LOG_FORMATS, [logRow(entry).map(asPlainText)]);
}
