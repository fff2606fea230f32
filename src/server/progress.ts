// Recording progress: the item's current fields and one history row, as one logical step under the lock.
// The row carries the request's ID, so a retried request is recognised without reading the history and never
// adds a second history row; the same ID with other content is refused, and permissions are checked first.
// The item's row is found through the ID column and checked (revision, hand edits) before the lock, then read and
// checked again under it, formulas typed into its add-on cells included.
import type { HandEdit, RecordProgressResult, UserContext } from '../domain/api';
import { describeChanges, historyEntry } from '../domain/history';
import {
  editedItem,
  PROGRESS_FIELDS,
  progressFieldsOf,
  refuseIfHandEdited,
  refuseIfStale,
  requireEditable,
} from '../domain/item-edits';
import { outOfGradingState } from '../domain/lifecycle';
import { HISTORY, LIFECYCLE, REGISTER } from '../domain/messages';
import { refuseInvalid } from '../domain/refusal';
import { isRetryOf } from '../domain/replay';
import { closedRoundCorrection } from '../domain/rounds';
import { checkProgressInput } from '../domain/rules';
import { type Item, type Master, type ProgressInput, ProgressInputSchema } from '../domain/schemas';
import type { RegisterRow } from '../sheets/register-store';
import { nowIso } from './current-user';
import { parseInput } from './parse-input';
import { writeStep } from './write-step';

/**
 * Refuses what may not be recorded on the row as read; true when the row already holds this very request.
 * `handEdits` answers the row's cells typed by hand, asked only for a new report.
 */
function isRecorded(
  input: ProgressInput,
  found: RegisterRow,
  user: UserContext,
  handEdits: () => HandEdit[],
): boolean {
  // Permissions first: a replayed 最終送信ID must not tell another department anything.
  requireEditable(user, found.item.department);
  if (found.item.lastRequestId === input.requestId) {
    if (!isRetryOf(input, found.item))
      refuseInvalid([{ path: 'requestId', message: REGISTER.requestIdReused }]);
    return true;
  }
  const fields = progressFieldsOf(input);
  refuseIfHandEdited(found.item, handEdits(), fields);
  refuseIfStale(found.item, input.baseRevision, fields, PROGRESS_FIELDS);
  return false;
}

/** A new report must be on an item in the round's grading and pass the round's close. */
function refuseUnlessReportable(input: ProgressInput, item: Item, master: Master, user: UserContext): string {
  const state = outOfGradingState(master, item, input.roundId);
  if (state) {
    const round = master.rounds.find((r) => r.id === input.roundId)?.label ?? input.roundId;
    refuseInvalid([{ path: 'itemId', message: LIFECYCLE.notGraded(item.id, state, round) }]);
  }
  return closedRoundCorrection(master, input, user);
}

export function recordProgress(payload: unknown): RecordProgressResult {
  const input = parseInput(ProgressInputSchema, payload, checkProgressInput);
  return writeStep(
    (master) => checkProgressInput(input, master),
    ({ store, master, user, layout }) => {
      const seen = store.locateRow(layout, input.itemId);
      // Before the lock, the cells typed over the row's record (no call more); formulas are read under it. A retry of
      // a report recorded before its round closed is answered; a new report must pass the close and the item's 異動.
      if (!isRecorded(input, seen, user, () => seen.handEdits))
        refuseUnlessReportable(input, seen.item, master, user);
      return () => {
        // The row as it is now, its formulas read on the ranges then written.
        const found = store.rereadRow(layout, seen);
        if (
          isRecorded(input, found, user, () => [...found.handEdits, ...store.formulaEdits(layout, found)])
        ) {
          const entry = historyEntry(found.item, 'progress', input.requestId, found.item.lastRoundId, '');
          return { item: found.item, entry, duplicate: true };
        }
        const correction = refuseUnlessReportable(input, found.item, master, user);
        const updated = editedItem(
          found.item,
          { ...progressFieldsOf(input), lastRoundId: input.roundId, lastRequestId: input.requestId },
          user,
          nowIso(),
        );
        const entry = historyEntry(
          updated,
          'progress',
          input.requestId,
          input.roundId,
          [describeChanges(found.item, updated), correction].filter(Boolean).join(HISTORY.separator),
        );
        store.prepareHistoryAppend();
        store.writeItem(layout, found, updated);
        store.appendHistory([entry]);
        return { item: updated, entry, duplicate: false };
      };
    },
  );
}
