// The 報告書ログ sheet: read once before the document is made (so a broken log refuses before anything is
// created), then, after success, older entries of the round marked 差し替え済み in one write of the 状態 column
// block and the new entry appended.
import { REPORT } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { logRow, type ReportLogEntry, stateColumnOf, supersede } from '../domain/report/log';
import { asPlainText } from '../domain/row-codec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogPlan {
  sheet: Sheet;
  stateColumn: number;
  states: string[][];
  superseded: number;
}

export function planLog(sheet: Sheet, roundId: string): LogPlan {
  const grid = sheet.getDataRange().getValues();
  const result = supersede(grid, roundId);
  if (!result) throw new Refusal({ code: 'layout', message: REPORT.logLayout });
  return { sheet, stateColumn: stateColumnOf(grid) + 1, ...result };
}

export function writeLog(plan: LogPlan, entry: ReportLogEntry): void {
  if (plan.superseded > 0)
    plan.sheet.getRange(2, plan.stateColumn, plan.states.length, 1).setValues(plan.states);
  plan.sheet.appendRow(logRow(entry).map(asPlainText));
}
