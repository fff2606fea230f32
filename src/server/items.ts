// Item operations: list (with filters), get one with its reports, create or update — writes under the lock,
// checked against the row's revision, one row write and one history write each.
import type { ItemDetail, ItemListResult, ItemSummary, MasterView, UserContext } from '../domain/api';
import { isoDateInTokyo } from '../domain/fiscal-year';
import { describeChanges, historyEntry, itemReports, reportedIn } from '../domain/history';
import {
  editedItem,
  ITEM_FIELDS,
  itemFieldsOf,
  newItem,
  refuseIfStale,
  requireEditable,
} from '../domain/item-edits';
import { ITEM_SEQ_MAX, nextItemId } from '../domain/item-id';
import { HISTORY, REGISTER, RULES } from '../domain/messages';
import { canEditItem } from '../domain/permissions';
import { parseOrRefuse, Refusal, refuseInvalid } from '../domain/refusal';
import { defaultRoundId, resolveRound } from '../domain/rounds';
import { checkItemInput } from '../domain/rules';
import { type Item, type ItemFilter, ItemFilterSchema, ItemInputSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { RegisterStore } from '../sheets/register-store';
import { currentUser, nowIso } from './current-user';
import { writeStep } from './write-step';

export function getMasterView(): MasterView {
  const { master, warnings } = new RegisterStore().readMasterWithWarnings();
  return {
    master,
    user: currentUser(master),
    defaultRoundId: defaultRoundId(master),
    masterWarnings: warnings.map((w) => w.message),
    today: isoDateInTokyo(new Date()),
  };
}

function summarize(item: Item, user: UserContext, reported: boolean): ItemSummary {
  return {
    id: item.id,
    pillarNo: item.pillarNo,
    reformNo: item.reformNo,
    title: item.title,
    department: item.department,
    status: item.status,
    progress: item.progress,
    grade: item.grade,
    lastRoundId: item.lastRoundId,
    reported,
    editable: canEditItem(user, item.department),
    revision: item.revision,
  };
}

export function listItems(filter: unknown): ItemListResult {
  const f: ItemFilter = parseOrRefuse(parsePayload(ItemFilterSchema, filter ?? {}));
  const store = new RegisterStore();
  const master = store.readMaster();
  const user = currentUser(master);
  const roundId = resolveRound(master, f.roundId);
  const reported = reportedIn(store.readHistory(), roundId);
  const query = f.query?.toLowerCase();
  const items = store
    .readItems(master)
    .filter((item) => !f.department || item.department === f.department)
    .filter((item) => !f.pillarNo || item.pillarNo === f.pillarNo)
    .filter((item) => !f.notReportedOnly || !reported.has(item.id))
    .filter((item) => !query || `${item.id} ${item.title} ${item.department}`.toLowerCase().includes(query))
    .map((item) => summarize(item, user, reported.has(item.id)));
  return { roundId, items };
}

export function getItem(id: unknown, roundId: unknown): ItemDetail {
  const store = new RegisterStore();
  const master = store.readMaster();
  const round = resolveRound(master, roundId);
  const item = store.readItems(master).find((i) => i.id === id);
  if (!item) throw new Refusal({ code: 'notFound', message: REGISTER.notFound(String(id)) });
  const { current, previous } = itemReports(store.readHistory(), item.id, round);
  return { item, editable: canEditItem(currentUser(master), item.department), previous, current };
}

export function saveItem(payload: unknown): { item: Item } {
  const input = parseOrRefuse(parsePayload(ItemInputSchema, payload));
  return writeStep(
    (master) => checkItemInput(input, master),
    ({ store, master, user, register }) => {
      if (!input.id) {
        requireEditable(user, input.department);
        const history = store.readHistory();
        // A retried create (the same requestId) answers the item it made instead of making another.
        const made = input.requestId
          ? history.find((h) => h.kind === 'create' && h.requestId === input.requestId)
          : undefined;
        const again = made && register.rows.find((r) => r.item.id === made.itemId);
        if (again) return { item: again.item };
        // The next sequence never issued: deleted items' IDs are in the history.
        const everIssued = [...register.rows.map((r) => r.item.id), ...history.map((h) => h.itemId)];
        const id = nextItemId(input.pillarNo, input.reformNo, everIssued);
        if (!id)
          refuseInvalid([
            { path: 'reformNo', message: RULES.itemSeqExhausted(input.reformNo, ITEM_SEQ_MAX) },
          ]);
        const created = newItem(id, input, master, user, nowIso());
        store.appendItem(register, created);
        const requestId = input.requestId ?? `create-${id}`;
        store.appendHistory([historyEntry(created, 'create', requestId, '', HISTORY.created)]);
        return { item: created };
      }
      const found = store.findRow(register, input.id);
      requireEditable(user, found.item.department);
      requireEditable(user, input.department);
      const fields = itemFieldsOf(input);
      refuseIfStale(found.item, input.baseRevision, fields, ITEM_FIELDS);
      const updated = editedItem(found.item, fields, user, nowIso());
      store.readHistoryHeader();
      store.writeItem(register, found, updated);
      store.appendHistory([
        historyEntry(
          updated,
          'update',
          `update-${updated.id}-${updated.revision}`,
          '',
          describeChanges(found.item, updated),
        ),
      ]);
      return { item: updated };
    },
  );
}
