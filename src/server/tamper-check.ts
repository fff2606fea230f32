// Verifies the digest chains of 履歴 and 報告書ログ, by their headers: for validation, and for the meeting
// report's pre-flight. A sheet without one of its columns is refused by name, as every read of it is.
import type { TamperFinding } from '../domain/api';
import { HISTORY_CONTENT_KEYS, HISTORY_LATE_KEYS, historyIndex } from '../domain/history-codec';
import { REGISTER } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { REPORT_LOG_CONTENT_KEYS, reportLogIndex } from '../domain/report/log';
import type { CellValue, ColumnIndex, HeaderedColumn } from '../domain/row-codec';
import { SHEETS } from '../domain/sheet-names';
import { tamperFinding } from '../domain/tamper';
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
  if (!anchor || !(anchor.seq > 0)) return null;
  return tamperFinding(sealed.name, { row: 1, seq: null, reason: 'sheetMissing', expectedSeq: anchor.seq });
}

/** One finding per sealed sheet whose chain breaks; `values` gives a sheet's values (header first) when it exists. */
export function tamperFindings(values: (sheet: string) => CellValue[][] | null): TamperFinding[] {
  return SEALED.flatMap((sealed) => {
    const grid = values(sealed.name);
    const found = grid ? findingOf(sealed, grid) : missingSheet(sealed);
    return found ? [found] : [];
  });
}
