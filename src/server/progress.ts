// Recording progress: the item's current fields and one history row, as one logical step under the lock.
// The row carries the request's ID, so a retried request is recognised without reading the history and never
// adds a second history row; the same ID with other content is refused, and permissions are checked first.
import type { RecordProgressResult, UserContext } from '../domain/api';
import { describeChanges } from '../domain/history-codec';
import { REGISTER } from '../domain/messages';
import { canEditItem } from '../domain/permissions';
import { isRetryOf } from '../domain/replay';
import { encodeRow } from '../domain/row-codec';
import { checkProgressInput } from '../domain/rules';
import { type Item, ProgressInputSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { Refusal, type RegisterSnapshot } from '../sheets/register-store';
import { nowIso } from './current-user';
import { historyEntry, parseOrRefuse, refuseIfStale } from './items';
import { refuseInvalid, writeStep } from './write-step';

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

/** The next item of the user's own departments (all items for an unmapped register) not yet reported in the round. */
function nextUnreported(
  register: RegisterSnapshot,
  user: UserContext,
  roundId: string,
  done: string,
): string | null {
  const mine = (item: Item) => (user.canEditAll ? true : user.departments.includes(item.department));
  const next = register.rows.find(
    (r) => r.item.id !== done && mine(r.item) && r.item.lastRoundId !== roundId,
  );
  return next?.item.id ?? null;
}

export function recordProgress(payload: unknown): RecordProgressResult {
  const input = parseOrRefuse(parsePayload(ProgressInputSchema, payload));
  return writeStep(
    (master) => checkProgressInput(input, master),
    ({ store, user, register }) => {
      const found = store.findRow(register, input.itemId);
      const next = () => nextUnreported(register, user, input.roundId, input.itemId);
      // Permissions first: a replayed 最終送信ID must not tell another department anything.
      if (!canEditItem(user, found.item.department)) {
        throw new Refusal({ code: 'forbidden', message: REGISTER.forbidden(found.item.department) });
      }
      if (found.item.lastRequestId === input.requestId) {
        if (!isRetryOf(input, found.item))
          refuseInvalid([{ path: 'requestId', message: REGISTER.requestIdReused }]);
        const entry = historyEntry(found.item, 'progress', input.requestId, found.item.lastRoundId, '');
        return { item: found.item, entry, duplicate: true, nextItemId: next() };
      }
      const reported: Partial<Item> = {
        status: input.status,
        progress: input.progress,
        grade: input.grade,
        indicatorActual: input.indicatorActual,
        savingsActual: input.savingsActual,
        activity: input.activity,
        issues: input.issues,
        nextSteps: input.nextSteps,
      };
      refuseIfStale(found.item, input.baseRevision, reported, PROGRESS_FIELDS);
      const updated: Item = {
        ...found.item,
        ...reported,
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
