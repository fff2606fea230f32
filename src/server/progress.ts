// Recording progress: the item's current fields and one history row, as one logical step under the lock.
// The row carries the request's ID, so a retried request is recognised without reading the history and never
// adds a second history row.
import type { RecordProgressResult } from '../domain/api';
import { historyEntry, reportedIn } from '../domain/history';
import { describeChanges } from '../domain/history-codec';
import { REGISTER } from '../domain/messages';
import { canEditItem } from '../domain/permissions';
import { nextUnreported } from '../domain/rounds';
import { encodeRow } from '../domain/row-codec';
import { checkProgressInput } from '../domain/rules';
import { type Item, ProgressInputSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { Refusal, type RegisterSnapshot } from '../sheets/register-store';
import { nowIso } from './current-user';
import { parseOrRefuse, refuseIfStale } from './items';
import { writeStep } from './write-step';

const items = (register: RegisterSnapshot) => register.rows.map((r) => r.item);

const PROGRESS_FIELDS: (keyof Item)[] = [
  'status',
  'progress',
  'grade',
  'indicatorActual',
  'savingsActual',
  'activity',
  'issues',
  'nextSteps',
];

export function recordProgress(payload: unknown): RecordProgressResult {
  const input = parseOrRefuse(parsePayload(ProgressInputSchema, payload));
  return writeStep(
    (master) => checkProgressInput(input, master),
    ({ store, user, register }) => {
      const found = store.findRow(register, input.itemId);
      // Read before the first write; the item being reported counts as reported in its round.
      const reported = reportedIn(store.readHistory(), input.roundId).add(input.itemId);
      const next = () => nextUnreported(items(register), user, reported);
      if (found.item.lastRequestId === input.requestId) {
        const entry = historyEntry(found.item, 'progress', input.requestId, found.item.lastRoundId, '');
        return { item: found.item, entry, duplicate: true, nextItemId: next() };
      }
      if (!canEditItem(user, found.item.department)) {
        throw new Refusal({ code: 'forbidden', message: REGISTER.forbidden(found.item.department) });
      }
      const fields: Partial<Item> = {
        status: input.status,
        progress: input.progress,
        grade: input.grade,
        indicatorActual: input.indicatorActual,
        savingsActual: input.savingsActual,
        activity: input.activity,
        issues: input.issues,
        nextSteps: input.nextSteps,
      };
      refuseIfStale(found.item, input.baseRevision, fields, PROGRESS_FIELDS);
      const updated: Item = {
        ...found.item,
        ...fields,
        lastRoundId: input.roundId,
        lastRequestId: input.requestId,
        updatedBy: user.email,
        updatedAt: nowIso(),
        revision: found.item.revision + 1,
      };
      const entry = historyEntry(
        updated,
        'progress',
        input.requestId,
        input.roundId,
        describeChanges(found.item, updated),
      );
      store.writeRow(register, found.row, encodeRow(updated, register.columns, register.index, found.cells));
      store.appendHistory([entry]);
      return { item: updated, entry, duplicate: false, nextItemId: next() };
    },
  );
}
