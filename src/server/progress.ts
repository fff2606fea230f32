// Recording progress: the item's current fields and one history row, as one logical step under the lock.
// The row carries the request's ID, so a retried request is recognised without reading the history and never
// adds a second history row; the same ID with other content is refused, and permissions are checked first.
import type { RecordProgressResult } from '../domain/api';
import { describeChanges, historyEntry, reportedIn } from '../domain/history';
import {
  editedItem,
  PROGRESS_FIELDS,
  progressFieldsOf,
  refuseIfStale,
  requireEditable,
} from '../domain/item-edits';
import { HISTORY, REGISTER } from '../domain/messages';
import { parseOrRefuse, refuseInvalid } from '../domain/refusal';
import { isRetryOf } from '../domain/replay';
import { closedRoundCorrection, nextUnreported } from '../domain/rounds';
import { checkProgressInput } from '../domain/rules';
import { ProgressInputSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { nowIso } from './current-user';
import { writeStep } from './write-step';

export function recordProgress(payload: unknown): RecordProgressResult {
  const input = parseOrRefuse(parsePayload(ProgressInputSchema, payload));
  return writeStep(
    (master) => checkProgressInput(input, master),
    ({ store, master, user, register }) => {
      const found = store.findRow(register, input.itemId);
      // Read before the first write; the item being reported counts as reported in its round.
      const reported = reportedIn(store.readHistory(), input.roundId).add(input.itemId);
      const next = () =>
        nextUnreported(
          register.rows.map((r) => r.item),
          user,
          reported,
        );
      // Permissions first: a replayed 最終送信ID must not tell another department anything.
      requireEditable(user, found.item.department);
      if (found.item.lastRequestId === input.requestId) {
        if (!isRetryOf(input, found.item))
          refuseInvalid([{ path: 'requestId', message: REGISTER.requestIdReused }]);
        const entry = historyEntry(found.item, 'progress', input.requestId, found.item.lastRoundId, '');
        return { item: found.item, entry, duplicate: true, nextItemId: next() };
      }
      // A retry of a report recorded before the round closed is answered above; a new one must pass the close.
      const correction = closedRoundCorrection(master, input, user);
      const fields = progressFieldsOf(input);
      refuseIfStale(found.item, input.baseRevision, fields, PROGRESS_FIELDS);
      const updated = editedItem(
        found.item,
        { ...fields, lastRoundId: input.roundId, lastRequestId: input.requestId },
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
      store.writeItem(register, found, updated);
      store.appendHistory([entry]);
      return { item: updated, entry, duplicate: false, nextItemId: next() };
    },
  );
}
