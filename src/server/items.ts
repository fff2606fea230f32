// Item operations: list (with filters), get one with its reports, create or update — one item's row found through
// the ID column; writes checked against the row's revision and its hand edits before the lock and again under it,
// one write per run of add-on columns and one history write each.
import type {
  HandEdit,
  ItemDetail,
  ItemListResult,
  ItemSidebarStart,
  MasterView,
  UserContext,
} from '../domain/api';
import { isoDateInTokyo } from '../domain/fiscal-year';
import { describeChanges, historyEntry, itemReports, reportedIn } from '../domain/history';
import {
  editedItem,
  ITEM_FIELDS,
  itemFieldsOf,
  newItem,
  planOf,
  refuseIfHandEdited,
  refuseIfStale,
  requireEditable,
} from '../domain/item-edits';
import { ITEM_SEQ_MAX, nextItemId } from '../domain/item-id';
import { itemList } from '../domain/item-list';
import { rowToInsertAfter } from '../domain/item-placement';
import { outOfGradingState, withCompletedCarried } from '../domain/lifecycle';
import { HISTORY, RULES } from '../domain/messages';
import { canEditItem } from '../domain/permissions';
import { parseOrRefuse, refuseInvalid } from '../domain/refusal';
import { decisionOf, returnReasons } from '../domain/review';
import { defaultRoundId, resolveRound } from '../domain/rounds';
import { checkItemInput } from '../domain/rules';
import {
  type HistoryEntry,
  type Item,
  type ItemFilter,
  ItemFilterSchema,
  type ItemInput,
  ItemInputSchema,
  type Master,
} from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { type RegisterRow, RegisterStore } from '../sheets/register-store';
import { currentUser, nowIso } from './current-user';
import { parseInput } from './parse-input';
import { writeStep } from './write-step';

export function getMasterView(): MasterView {
  const { master, warnings } = new RegisterStore().readMasterWithWarnings();
  return masterViewOf(master, warnings);
}

/** Who may do what, with the master: the first thing every sidebar needs. */
export const masterViewOf = (master: Master, warnings: readonly { message: string }[]): MasterView => ({
  master,
  user: currentUser(master),
  defaultRoundId: defaultRoundId(master),
  masterWarnings: warnings.map((w) => w.message),
  today: isoDateInTokyo(new Date()),
});

export function listItems(filter: unknown): ItemListResult {
  const store = new RegisterStore();
  return listOf(store, store.readMaster(), filter);
}

/** The master view and the list from one execution: a sidebar is usable after this one round trip. */
export function startItemSidebar(filter: unknown): ItemSidebarStart {
  const store = new RegisterStore();
  const { master, warnings } = store.readMasterWithWarnings();
  const list = listOf(store, master, filter);
  return { view: masterViewOf(master, warnings), list };
}

function listOf(store: RegisterStore, master: Master, filter: unknown): ItemListResult {
  const f: ItemFilter = parseOrRefuse(parsePayload(ItemFilterSchema, filter ?? {}));
  const roundId = resolveRound(master, f.roundId);
  const history = store.readHistory();
  const all = store.readItems(master);
  // Reported as 未報告 counts it (unreported.ts): a completed item's report standing for later rounds.
  const reported = reportedIn(withCompletedCarried(master, all, history, roundId), roundId);
  const out = new Map(
    all.flatMap((item) => {
      const state = outOfGradingState(master, item, roundId);
      return state ? [[item.id, state] as const] : [];
    }),
  );
  const query = f.query?.toLowerCase();
  const items = all
    .filter((item) => !f.department || item.department === f.department)
    .filter((item) => !f.pillarNo || item.pillarNo === f.pillarNo)
    .filter((item) => !f.notReportedOnly || (!reported.has(item.id) && !out.has(item.id)))
    .filter((item) => !query || `${item.id} ${item.title} ${item.department}`.toLowerCase().includes(query));
  return itemList(roundId, items, reported, master, returnReasons(history, roundId), out);
}

export function getItem(id: unknown, roundId: unknown): ItemDetail {
  const store = new RegisterStore();
  const master = store.readMaster();
  const round = resolveRound(master, roundId);
  const { item } = store.locateRow(store.readLayout(master), typeof id === 'string' ? id : String(id));
  const { current, previous, review } = reportsOf(store, item.id, round);
  return { item, editable: canEditItem(currentUser(master), item.department), previous, current, review };
}

/**
 * The item's current and previous reports, from its own history rows read newest first until both are known (an
 * item's rows, not the whole history).
 */
function reportsOf(store: RegisterStore, itemId: string, round: string) {
  const both = (entries: HistoryEntry[]) => {
    const { current, previous } = itemReports(entries, itemId, round);
    return current !== null && previous !== null;
  };
  // Read newest first down to the current report: every decision on it, which follows it, is read too.
  const entries = store.readItemHistory(itemId, both);
  return { ...itemReports(entries, itemId, round), review: decisionOf(entries, itemId, round) };
}

export function saveItem(payload: unknown): { item: Item } {
  const input = parseInput(ItemInputSchema, payload, checkItemInput);
  const { id } = input;
  return id ? updateItem({ ...input, id }) : createItem(input);
}

function createItem(input: ItemInput): { item: Item } {
  return writeStep(
    (master) => checkItemInput(input, master),
    ({ store, master, user, layout }) => {
      requireEditable(user, input.department);
      return () => {
        const ids = store.readIds(layout);
        // A retried create (the same requestId) answers the item it made instead of making another.
        const made = input.requestId ? store.createdBy(input.requestId) : null;
        const again = made ? ids.indexOf(made) : -1;
        if (again >= 0) return { item: store.readRowAt(layout, again + 2).item };
        // The next sequence never issued: deleted items' IDs are in the history.
        const everIssued = [...ids, ...store.readHistoryColumn('itemId')];
        const id = nextItemId(input.pillarNo, input.reformNo, everIssued);
        if (!id)
          refuseInvalid([
            { path: 'reformNo', message: RULES.itemSeqExhausted(input.reformNo, ITEM_SEQ_MAX) },
          ]);
        const created = newItem(id, input, master, user, nowIso());
        store.prepareHistoryAppend();
        // Under its 改革 (sheet rows start at 2 below the header), not at the bottom.
        store.insertItem(layout, created, rowToInsertAfter(ids, created.pillarNo, created.reformNo) + 2);
        const requestId = input.requestId ?? `create-${id}`;
        store.appendHistory([historyEntry(created, 'create', requestId, '', HISTORY.created)]);
        return { item: created };
      };
    },
  );
}

function updateItem(input: ItemInput & { id: string }): { item: Item } {
  const fields = itemFieldsOf(input);
  /** `handEdits` answers the row's cells typed by hand, asked once permissions pass. */
  const refuseUnlessSavable = (found: RegisterRow, user: UserContext, handEdits: () => HandEdit[]) => {
    requireEditable(user, found.item.department);
    requireEditable(user, input.department);
    refuseIfHandEdited(found.item, handEdits(), fields);
    refuseIfStale(found.item, input.baseRevision, fields, ITEM_FIELDS);
  };
  return writeStep(
    (master) => checkItemInput(input, master),
    ({ store, user, layout }) => {
      const seen = store.locateRow(layout, input.id);
      // Before the lock, the cells typed over the row's record (no call more); formulas are read under it.
      refuseUnlessSavable(seen, user, () => seen.handEdits);
      return () => {
        // Checked again on the row as it is now: another save or a hand edit may have landed since it was read.
        // Its formulas are read on the ranges then written.
        const found = store.rereadRow(layout, seen);
        refuseUnlessSavable(found, user, () => [...found.handEdits, ...store.formulaEdits(layout, found)]);
        const updated = editedItem(found.item, fields, user, nowIso());
        store.prepareHistoryAppend();
        store.writeItem(layout, found, updated);
        store.appendHistory([
          historyEntry(
            updated,
            'update',
            `update-${updated.id}-${updated.revision}`,
            '',
            describeChanges(found.item, updated),
            planOf(found.item),
          ),
        ]);
        return { item: updated };
      };
    },
  );
}
