// The 報告書ログ sheet: read once before the document is made (so a broken log refuses before anything is
// created), then, after success, older entries of the round marked 差し替え済み in one write of the 状態 column
// block and the new entry written under the log's own headers, as plain text, sealed onto the log's chain (状態 is
// not digested: the add-on rewrites it).
import { PLAIN_TEXT } from '../domain/cell-formats';
import type { ChainHead } from '../domain/chain';
import { INSTANT_FORMAT, instantText } from '../domain/instant-cells';
import { REGISTER } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import {
  findLogged,
  type LoggedReport,
  logRow,
  REPORT_LOG_CONTENT_KEYS,
  type ReportLogEntry,
  reportLogIndex,
  supersede,
} from '../domain/report/log';
import { asPlainText, type CellValue } from '../domain/row-codec';
import { SHEETS } from '../domain/sheet-names';
import { writeFormattedRows } from './formatted-rows';
import { type ChainLayout, chainLayout, headOf, seal, writeAnchor } from './sealed-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogPlan {
  sheet: Sheet;
  index: Map<string, number>;
  width: number;
  chain: ChainLayout;
  /** The log's chain head, from the same read. */
  head: ChainHead;
  states: string[][];
  superseded: number;
  /** Rows of the log as read, header included: the new entry goes below them. */
  rows: number;
}

/** The whole log in one read, by its headers; a missing header is refused with its name. */
function readLog(sheet: Sheet): { grid: CellValue[][]; header: CellValue[]; index: Map<string, number> } {
  const grid = sheet.getDataRange().getValues() as CellValue[][];
  const header = grid[0] ?? [];
  const { index, missing } = reportLogIndex(header);
  const [absent] = missing;
  if (absent)
    throw new Refusal({ code: 'layout', message: REGISTER.missingColumn(SHEETS.reportLog, absent.header) });
  return { grid, header, index };
}

/** An ISO date-time, as the add-on writes instants (a displayed 2026/12/01 10:00:00 is looked up as shown). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** The logged report whose 作成日時 is `createdAt` (ISO, or as the sheet shows it), or null. */
export function findLoggedReport(sheet: Sheet, createdAt: string): LoggedReport | null {
  const { grid, index } = readLog(sheet);
  const found = findLogged(grid.slice(1), index, createdAt);
  if (found || ISO_INSTANT.test(createdAt)) return found;
  // 作成日時 copied from the cell: as the sheet shows it, in the file's own time zone, which the sheet knows best.
  const column = index.get('createdAt') as number;
  const shown = sheet.getRange(1, column + 1, grid.length, 1).getDisplayValues();
  const at = shown.findIndex((r, i) => i > 0 && String(r[0]).trim() === createdAt);
  if (at < 1) return null;
  return findLogged(grid.slice(1), index, instantText(grid[at]?.[column]));
}

export function planLog(sheet: Sheet, roundId: string): LogPlan {
  const { grid, header, index } = readLog(sheet);
  const chain = chainLayout(index, REPORT_LOG_CONTENT_KEYS);
  return {
    sheet,
    index,
    chain,
    head: headOf(grid.slice(1), chain),
    width: header.length,
    rows: grid.length,
    ...supersede(grid.slice(1), index, roundId),
  };
}

export function writeLog(plan: LogPlan, entry: ReportLogEntry): void {
  const stateColumn = (plan.index.get('state') as number) + 1;
  if (plan.superseded > 0) plan.sheet.getRange(2, stateColumn, plan.states.length, 1).setValues(plan.states);
  // Every column of the log but 作成日時 (a Date cell) is text, so the row is written with its formats (a row past
  // those formatted at set-up would be parsed by Sheets otherwise).
  const row = logRow(entry, plan.index, plan.width).map((cell) =>
    typeof cell === 'string' ? asPlainText(cell) : cell,
  );
  const formats = Array<string>(plan.width).fill(PLAIN_TEXT);
  formats[plan.index.get('createdAt') as number] = INSTANT_FORMAT;
  const head = seal(plan.head, [row], plan.chain);
  writeFormattedRows(plan.sheet, plan.rows + 1, formats, [row]);
  writeAnchor(SHEETS.reportLog, head);
}
