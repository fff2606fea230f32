// What was changed by hand in the record, as the 検証 sidebar and the report's pre-flight tell it in Japanese: a break
// of a sealed sheet's chain, a sealed sheet deleted whole, and 台帳 rows gone of items the history records.
import type { TamperFinding } from './api';
import type { ChainBreak, ChainBreakReason } from './chain';
import { VALIDATION } from './messages/validation';
import { SHEETS } from './sheet-names';

export type TamperReason = ChainBreakReason | 'sheetMissing' | 'itemRowsMissing' | 'olderRows';

export function tamperFinding(sheet: string, found: ChainBreak): TamperFinding {
  const m = VALIDATION.chainBreak;
  const seq = found.seq ?? 0;
  const message = {
    unsealed: () => m.unsealed(sheet, found.row),
    badSequence: () => m.badSequence(sheet, found.row),
    duplicateSequence: () => m.duplicateSequence(sheet, found.row, seq),
    missingSequence: () => m.missingSequence(sheet, found.row, seq, found.expectedSeq ?? 0),
    edited: () => m.edited(sheet, found.row, seq),
    truncated: () => m.truncated(sheet, seq, found.expectedSeq ?? 0),
    resealed: () => m.resealed(sheet, found.expectedSeq ?? 0),
  }[found.reason]();
  return { sheet, row: found.row, seq: found.seq, reason: found.reason, message };
}

/** A finding of a whole sheet rather than one of its rows (named at row 1, no 連番). */
const sheetFinding = (sheet: string, reason: TamperReason, message: string): TamperFinding => ({
  sheet,
  row: 1,
  seq: null,
  reason,
  message,
});

/** A sealed sheet deleted by hand after the add-on recorded `recordedSeq` rows in it. */
export const missingSheetFinding = (sheet: string, recordedSeq: number): TamperFinding =>
  sheetFinding(sheet, 'sheetMissing', VALIDATION.chainBreak.sheetMissing(sheet, recordedSeq));

/**
 * The items the history records that 台帳 has no row for, or null. The add-on never deletes a register row (an item
 * leaves the plan by 統合 or 廃止 and keeps its row), so such a row was deleted or its 取組ID typed over by hand, and
 * the item would silently drop out of 集計 and the meeting report.
 */
export function missingItemsFinding(
  historyItemIds: readonly string[],
  registerIds: readonly string[],
): TamperFinding | null {
  const present = new Set(registerIds);
  const missing = [...new Set(historyItemIds)].filter((id) => id !== '' && !present.has(id));
  if (missing.length === 0) return null;
  return sheetFinding(SHEETS.register, 'itemRowsMissing', VALIDATION.chainBreak.itemRowsMissing(missing));
}

/** A 台帳 row as its record says, for the checks against the history: its ID and recorded 版 (null when not read). */
export interface RecordedRowVersion {
  id: string;
  revision: number | null;
}

/**
 * Rows whose recorded 版 is older than the latest the history holds for their item, or null: every change the add-on
 * makes to a row is one history entry at the row's next 版, so an older 版 is an older copy of the row pasted back by
 * hand, its 記録値 with it — the later changes would silently drop out of the figures.
 */
export function olderRowsFinding(
  history: readonly { itemId: string; revision: number }[],
  rows: readonly RecordedRowVersion[],
): TamperFinding | null {
  const latest = new Map<string, number>();
  for (const { itemId, revision } of history) latest.set(itemId, Math.max(latest.get(itemId) ?? 0, revision));
  const older = rows.flatMap((r) => {
    const recorded = latest.get(r.id);
    return r.revision !== null && recorded !== undefined && r.revision < recorded
      ? [VALIDATION.chainBreak.olderRow(r.id, r.revision, recorded)]
      : [];
  });
  if (older.length === 0) return null;
  return sheetFinding(SHEETS.register, 'olderRows', VALIDATION.chainBreak.olderRows(older));
}
