// The report log's rows, by the log sheet's headers, never by position: a new entry, and which older entries
// of the same round it supersedes.
import { CHAIN_COLUMNS } from '../chain';
import { instantCell, instantText } from '../instant-cells';
import { REPORT } from '../messages/report';
import { type CellValue, cellOf, columnIndex, type HeaderedColumn, rowByHeader } from '../row-codec';

export interface ReportLogEntry {
  createdAt: string;
  roundId: string;
  title: string;
  url: string;
  user: string;
}

/** The log's columns, in the order set-up lays them out. */
const REPORT_LOG_COLUMNS: readonly HeaderedColumn[] = [
  { key: 'createdAt', header: REPORT.logHeaders.createdAt },
  { key: 'roundId', header: REPORT.logHeaders.roundId },
  { key: 'title', header: REPORT.logHeaders.title },
  { key: 'url', header: REPORT.logHeaders.url },
  { key: 'user', header: REPORT.logHeaders.user },
  { key: 'state', header: REPORT.logHeaders.state },
  ...CHAIN_COLUMNS,
];

/** The keys digested by the chain: not 状態, which the add-on rewrites when a report is superseded. */
export const REPORT_LOG_CONTENT_KEYS = ['createdAt', 'roundId', 'title', 'url', 'user'];

export const REPORT_LOG_HEADERS = REPORT_LOG_COLUMNS.map((c) => c.header);

/** Where each log column is in this header row; every column is required. */
export const reportLogIndex = (headerRow: CellValue[]) => columnIndex(headerRow, REPORT_LOG_COLUMNS);

/** The row for a new entry: `width` cells, each value under its header. */
export function logRow(entry: ReportLogEntry, index: Map<string, number>, width: number): CellValue[] {
  return rowByHeader(index, width, {
    ...entry,
    createdAt: instantCell(entry.createdAt),
    state: REPORT.logCreated,
  });
}

/**
 * The 状態 column (data rows only) after a new report of roundId: every earlier 作成済み entry of that round
 * becomes 差し替え済み.
 */
export function supersede(
  rows: CellValue[][],
  index: Map<string, number>,
  roundId: string,
): { states: string[][]; superseded: number } {
  let superseded = 0;
  const states = rows.map((row) => {
    const state = String(cellOf(row, index, 'state') ?? '');
    if (String(cellOf(row, index, 'roundId')) === roundId && state === REPORT.logCreated) {
      superseded++;
      return [REPORT.logSuperseded];
    }
    return [state];
  });
  return { states, superseded };
}

/** A logged report, as its row reads: the key a regeneration names (作成日時) and the round it showed. */
export interface LoggedReport {
  createdAt: string;
  roundId: string;
  title: string;
}

/** A cell as text; 作成日時, a Date cell since instants became dates, as the ISO text the add-on wrote. */
const text = (cell: CellValue | undefined) => instantText(cell);

/** The log row (header excluded) whose 作成日時 is `createdAt`, or null. */
export function findLogged(
  rows: CellValue[][],
  index: Map<string, number>,
  createdAt: string,
): LoggedReport | null {
  const row = rows.find((r) => text(cellOf(r, index, 'createdAt')) === createdAt);
  if (!row) return null;
  return {
    createdAt,
    roundId: text(cellOf(row, index, 'roundId')),
    title: text(cellOf(row, index, 'title')),
  };
}
