// The report log's rows: a new entry, and which older entries of the same round it supersedes.
import { REPORT } from '../messages/report';
import type { CellValue } from '../row-codec';
import { REPORT_LOG_HEADERS } from '../sheet-names';

export interface ReportLogEntry {
  createdAt: string;
  roundId: string;
  title: string;
  url: string;
  user: string;
}

export function logRow(entry: ReportLogEntry): string[] {
  const byHeader: Record<(typeof REPORT_LOG_HEADERS)[number], string> = {
    作成日時: entry.createdAt,
    報告回: entry.roundId,
    表題: entry.title,
    リンク: entry.url,
    作成者: entry.user,
    状態: REPORT.logCreated,
  };
  return REPORT_LOG_HEADERS.map((h) => byHeader[h]);
}

/**
 * The 状態 column (data rows only) after a new report of roundId: every earlier 作成済み entry of that round
 * becomes 差し替え済み. Columns are found by header; null when the log's headers are missing.
 */
export function supersede(
  grid: CellValue[][],
  roundId: string,
): { states: string[][]; superseded: number } | null {
  const header = (grid[0] ?? []).map(String);
  const roundCol = header.indexOf('報告回');
  const stateCol = header.indexOf('状態');
  if (roundCol < 0 || stateCol < 0) return null;
  let superseded = 0;
  const states = grid.slice(1).map((row) => {
    const state = String(row[stateCol] ?? '');
    if (String(row[roundCol]) === roundId && state === REPORT.logCreated) {
      superseded++;
      return [REPORT.logSuperseded];
    }
    return [state];
  });
  return { states, superseded };
}

export const stateColumnOf = (grid: CellValue[][]) => (grid[0] ?? []).map(String).indexOf('状態');
