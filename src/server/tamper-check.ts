// Verifies the digest chains of 履歴 and 報告書ログ, by their headers, and that 台帳 still has a row for every item 履歴
// records: for validation, and for the meeting report's pre-flight. A sheet without one of its columns is refused by
// name, as every read of it is.
import type { TamperFinding } from '../domain/api';
import { HISTORY_CONTENT_KEYS, HISTORY_LATE_KEYS, historyIndex, historyText } from '../domain/history-codec';
import { REGISTER } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { REPORT_LOG_CONTENT_KEYS, reportLogIndex } from '../domain/report/log';
import type { CellValue, ColumnIndex, HeaderedColumn } from '../domain/row-codec';
import { SHEETS } from '../domain/sheet-names';
import {
  missingItemsFinding,
  missingSheetFinding,
  olderRowsFinding,
  type RecordedRowVersion,
  tamperFinding,
} from '../domain/tamper';
import { chainLayout, readAnchor, verify } from '../sheets/sealed-sheet';

interface SealedSheet {
  name: string;
  index: (header: CellValue[]) => ColumnIndex<HeaderedColumn>;
  contentKeys: readonly string[];
  lateKeys?: readonly string[];
}

const SEALED: SealedSheet[] = [
  {
    name: SHEETS.history,
    index: historyIndex,
    contentKeys: HISTORY_CONTENT_KEYS,
    lateKeys: HISTORY_LATE_KEYS,
  },
  { name: SHEETS.reportLog, index: reportLogIndex, contentKeys: REPORT_LOG_CONTENT_KEYS },
];

function findingOf(sealed: SealedSheet, grid: CellValue[][]): TamperFinding | null {
  const { index, missing } = sealed.index(grid[0] ?? []);
  const [absent] = missing;
  if (absent)
    throw new Refusal({ code: 'layout', message: REGISTER.missingColumn(sealed.name, absent.header) });
  const found = verify(grid.slice(1), chainLayout(index, sealed.contentKeys, sealed.lateKeys), sealed.name);
  return found ? tamperFinding(sealed.name, found) : null;
}

/** A sealed sheet deleted by hand after the add-on recorded rows in it: the recorded head still tells. */
function missingSheet(sealed: SealedSheet): TamperFinding | null {
  const anchor = readAnchor(sealed.name);
  return anchor && anchor.seq > 0 ? missingSheetFinding(sealed.name, anchor.seq) : null;
}

/** 履歴's item ID and 版 of each row, from its values (header first). */
function historyVersions(grid: CellValue[][]): { itemId: string; revision: number }[] {
  const { index } = historyIndex(grid[0] ?? []);
  const [idAt, revisionAt] = [index.get('itemId'), index.get('revision')];
  if (idAt === undefined) return [];
  return grid.slice(1).map((cells) => ({
    itemId: historyText(cells[idAt]).trim(),
    revision: revisionAt === undefined ? 0 : Number(historyText(cells[revisionAt])) || 0,
  }));
}

/**
 * One finding per sealed sheet whose chain breaks, one for 台帳 rows gone of items the history records, and one for
 * rows older than the history's latest 版 of their item; `values` gives a sheet's values (header first) when it
 * exists, `register` every 台帳 row's ID and recorded 版 (null where it was not read).
 */
export function tamperFindings(
  values: (sheet: string) => CellValue[][] | null,
  register: readonly RecordedRowVersion[],
): TamperFinding[] {
  const grids = new Map(SEALED.map((sealed) => [sealed.name, values(sealed.name)]));
  const chains = SEALED.flatMap((sealed) => {
    const grid = grids.get(sealed.name);
    const found = grid ? findingOf(sealed, grid) : missingSheet(sealed);
    return found ? [found] : [];
  });
  const history = grids.get(SHEETS.history);
  if (!history) return chains;
  const versions = historyVersions(history);
  const rows = [
    missingItemsFinding(
      versions.map((v) => v.itemId),
      register.map((r) => r.id),
    ),
    olderRowsFinding(versions, register),
  ];
  return [...chains, ...rows.filter((f): f is TamperFinding => f !== null)];
}
