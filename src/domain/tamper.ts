// A chain break in one of the sealed sheets, as the 検証 sidebar and the report's pre-flight tell it in Japanese.
import type { TamperFinding } from './api';
import type { ChainBreak } from './chain';
import { VALIDATION } from './messages/validation';

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
    sheetMissing: () => m.sheetMissing(sheet, found.expectedSeq ?? 0),
  }[found.reason]();
  return { sheet, row: found.row, seq: found.seq, reason: found.reason, message };
}
