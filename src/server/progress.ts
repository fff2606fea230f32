// Recording progress: one history row plus the item's current fields, as one logical step under the lock.
// A retried request (same requestId) returns what was recorded and writes nothing.
import type { RecordProgressResult } from '../domain/api';
import { describeChanges } from '../domain/history-codec';
import { REGISTER } from '../domain/messages';
import { canEditItem } from '../domain/permissions';
import { encodeRow } from '../domain/row-codec';
import { checkProgressInput } from '../domain/rules';
import { type HistoryEntry, type Item, ProgressInputSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { Refusal, RegisterStore } from '../sheets/register-store';
import { currentUser, nowIso } from './current-user';
import { historyEntry, parseOrRefuse, refuseIfStale } from './items';
import { withDocumentLock } from './lock';

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

function itemFromEntry(item: Item, entry: HistoryEntry): Item {
  return {
    ...item,
    status: entry.status,
    progress: entry.progress,
    grade: entry.grade,
    indicatorActual: entry.indicatorActual,
    savingsActual: entry.savingsActual,
    activity: entry.activity,
    issues: entry.issues,
    nextSteps: entry.nextSteps,
    lastRoundId: entry.roundId,
    updatedBy: entry.user,
    updatedAt: entry.at,
    revision: entry.revision,
  };
}

export function recordProgress(payload: unknown): RecordProgressResult {
  const input = parseOrRefuse(parsePayload(ProgressInputSchema, payload));
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    const fields = checkProgressInput(input, master);
    if (fields.length) throw new Refusal({ code: 'invalid', message: REGISTER.invalidInput, fields });
    const user = currentUser(master);
    const register = store.readRegister(master);
    const history = store.readHistory();
    const found = store.findRow(register, input.itemId);
    const nextItemId = () =>
      register.rows
        .map((r) => r.item)
        .filter((item) => item.id !== input.itemId && canEditItem(user, item.department))
        .filter((item) => (user.canEditAll ? true : user.departments.includes(item.department)))
        .find(
          (item) =>
            !history.some(
              (h) => h.kind === 'progress' && h.roundId === input.roundId && h.itemId === item.id,
            ),
        )?.id ?? null;
    const earlier = history.find((h) => h.requestId === input.requestId && h.kind === 'progress');
    if (earlier) {
      // The report is on record. If the row write after it failed, the retry completes the step from the record.
      if (found.item.revision >= earlier.revision) {
        return { item: found.item, entry: earlier, duplicate: true, nextItemId: nextItemId() };
      }
      const completed = itemFromEntry(found.item, earlier);
      store.writeRow(
        register,
        found.row,
        encodeRow(completed, register.columns, register.index, found.cells),
      );
      return { item: completed, entry: earlier, duplicate: true, nextItemId: nextItemId() };
    }
    if (!canEditItem(user, found.item.department)) {
      throw new Refusal({ code: 'forbidden', message: REGISTER.forbidden(found.item.department) });
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
    const draft: Item = {
      ...found.item,
      ...reported,
      updatedBy: user.email,
      updatedAt: nowIso(),
      revision: found.item.revision + 1,
    };
    const entry = historyEntry(
      draft,
      'progress',
      input.requestId,
      input.roundId,
      describeChanges(found.item, draft),
    );
    const updated = itemFromEntry(found.item, entry);
    // History first: if the row write then failed, the report is still on record and a retry is deduplicated.
    store.appendHistory([entry]);
    store.writeRow(register, found.row, encodeRow(updated, register.columns, register.index, found.cells));
    history.push(entry);
    return { item: updated, entry, duplicate: false, nextItemId: nextItemId() };
  });
}
