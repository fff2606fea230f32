// Recording progress: the item's current fields and one history row, as one logical step under the lock.
// The row carries the request's ID, so a retried request is recognised without reading the history and never
// adds a second history row; the same ID with other content is refused, and permissions are checked first.
// The item's row is found through the ID column and checked before the lock, then read and checked again under it.
import type { RecordProgressResult, UserContext } from '../domain/api';
import { describeChanges, historyEntry } from '../domain/history';
import {
  editedItem,
  PROGRESS_FIELDS,
  progressFieldsOf,
  refuseIfStale,
  requireEditable,
} from '../domain/item-edits';
import { REGISTER } from '../domain/messages';
import { refuseInvalid } from '../domain/refusal';
import { isRetryOf } from '../domain/replay';
import { checkProgressInput } from '../domain/rules';
import { type ProgressInput, ProgressInputSchema } from '../domain/schemas';
import type { RegisterRow } from '../sheets/register-store';
import { nowIso } from './current-user';
import { parseInput } from './parse-input';
import { writeStep } from './write-step';

/** Refuses what may not be recorded on the row as read; true when the row already holds this very request. */
function isRecorded(input: ProgressInput, found: RegisterRow, user: UserContext): boolean {
  // Permissions first: a replayed 最終送信ID must not tell another department anything.
  requireEditable(user, found.item.department);
  if (found.item.lastRequestId === input.requestId) {
    if (!isRetryOf(input, found.item))
      refuseInvalid([{ path: 'requestId', message: REGISTER.requestIdReused }]);
    return true;
  }
  refuseIfStale(found.item, input.baseRevision, progressFieldsOf(input), PROGRESS_FIELDS);
  return false;
}

export function recordProgress(payload: unknown): RecordProgressResult {
  const input = parseInput(ProgressInputSchema, payload, checkProgressInput);
  return writeStep(
    (master) => checkProgressInput(input, master),
    ({ store, user, layout }) => {
      const seen = store.locateRow(layout, input.itemId);
      isRecorded(input, seen, user);
      return () => {
        const found = store.rereadRow(layout, seen);
        if (isRecorded(input, found, user)) {
          const entry = historyEntry(found.item, 'progress', input.requestId, found.item.lastRoundId, '');
          return { item: found.item, entry, duplicate: true };
        }
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
          describeChanges(found.item, updated),
        );
        store.prepareHistoryAppend();
        store.writeItem(layout, found, updated);
        store.appendHistory([entry]);
        return { item: updated, entry, duplicate: false };
      };
    },
  );
}
