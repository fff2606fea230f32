// What was changed by hand in the record, as the 検証 sidebar and the report's pre-flight tell it in Japanese: a break
// of a sealed sheet's chain, a sealed sheet deleted whole, and 台帳 rows gone of items the history records.
import type { TamperFinding } from './api';
import type { ChainBreak, ChainBreakReason } from './chain';
import { VALIDATION } from './messages/validation';
import { SHEETS } from './sheet-names';

export type TamperReason = ChainBreakReason | 'sheetMissing' | 'itemRowsMissing';

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

/** A sealed sheet deleted by hand after the add-on recorded `recordedSeq` rows in it. */
export function missingSheetFinding(sheet: string, recordedSeq: number): TamperFinding {
  return {
    sheet,
    row: 1,
    seq: null,
    reason: 'sheetMissing',
    message: VALIDATION.chainBreak.sheetMissing(sheet, recordedSeq),
  };
}

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
  return {
    sheet: SHEETS.register,
    row: 1,
    seq: null,
    reason: 'itemRowsMissing',
    message: VALIDATION.chainBreak.itemRowsMissing(missing),
  };
}
