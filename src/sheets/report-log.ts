// The 報告書ログ sheet: read once before the document is made (so a broken log refuses before anything is
// created), then, after success, older entries of the round marked 差し替え済み in one write of the 状態 column
// block and the new entry appended, sealed onto the log's chain (状態 is not digested: the add-on rewrites it).

import type { ChainHead } from '../domain/chain';
import { REPORT } from '../domain/messages';
import { logRow, type ReportLogEntry, stateColumnOf, supersede } from '../domain/report/log';
import { asPlainText, type CellValue } from '../domain/row-codec';
import { Refusal } from './register-store';
import { headOf, REPORT_LOG_CHAIN, sealed } from './sealed-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogPlan {
  sheet: Sheet;
  /** The log's chain head, from the same read. */
  head: ChainHead;
  stateColumn: number;
  states: string[][];
  superseded: number;
}

export function planLog(sheet: Sheet, roundId: string): LogPlan {
  const grid = sheet.getDataRange().getValues();
  const result = supersede(grid, roundId);
  if (!result) throw new Refusal({ code: 'layout', message: REPORT.logLayout });
  return {
    sheet,
    head: headOf(grid as CellValue[][], REPORT_LOG_CHAIN),
    stateColumn: stateColumnOf(grid) + 1,
    ...result,
  };
}

export function writeLog(plan: LogPlan, entry: ReportLogEntry): void {
  if (plan.superseded > 0)
    plan.sheet.getRange(2, plan.stateColumn, plan.states.length, 1).setValues(plan.states);
  const { rows } = sealed(plan.head, [logRow(entry).map(asPlainText)], REPORT_LOG_CHAIN);
  plan.sheet.appendRow(rows[0] as CellValue[]);
}
