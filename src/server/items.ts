// Item operations: list (with filters), get one with its reports, create or update — writes under the lock,
// checked against the row's revision, one row write and one history write each.
import type {
  FieldChange,
  FieldError,
  ItemDetail,
  ItemListResult,
  ItemSummary,
  MasterView,
  UserContext,
} from '../domain/api';
import { describeChanges } from '../domain/history-codec';
import { ITEM_SEQ_MAX, nextItemId } from '../domain/item-id';
import { fieldLabel, REGISTER, RULES } from '../domain/messages';
import { canEditItem } from '../domain/permissions';
import { type CellValue, emptyItem, encodeRow } from '../domain/row-codec';
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
import { Refusal, type RegisterSnapshot, RegisterStore } from '../sheets/register-store';
import { currentUser, nowIso } from './current-user';
import { refuseInvalid, writeStep } from './write-step';

export function parseOrRefuse<T>(result: { ok: true; value: T } | { ok: false; fields: FieldError[] }): T {
  if (!result.ok) refuseInvalid(result.fields);
  return result.value;
}

export function getMasterView(): MasterView {
  const master = new RegisterStore().readMaster();
  return { master, user: currentUser(master) };
}

/** The round a list or report refers to: the one asked for, else the master's current round; unknown → refused. */
export function roundOf(master: Master, requested: unknown): string {
  const round =
    typeof requested === 'string' && requested
      ? requested
      : master.currentRoundId || master.rounds[0]?.id || '';
  const given = requested !== null && requested !== undefined;
  // Only a round ID (or nothing, for the current round) is a round: a number or an object is refused.
  if (given && (typeof requested !== 'string' || !master.rounds.some((r) => r.id === round))) {
    throw new Refusal({ code: 'notFound', message: RULES.unknownRound });
  }
  return round;
}

const progressIn = (history: HistoryEntry[], roundId: string) =>
  new Set(history.filter((h) => h.kind === 'progress' && h.roundId === roundId).map((h) => h.itemId));

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
  const roundId = roundOf(master, f.roundId);
  const reported = progressIn(store.readHistory(), roundId);
  const query = f.query?.toLowerCase();
  const items = store
    .readRegister(master)
    .rows.map((r) => r.item)
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
  const round = roundOf(master, roundId);
  const found = store.readRegister(master).rows.find((r) => r.item.id === id);
  if (!found) throw new Refusal({ code: 'notFound', message: REGISTER.notFound(String(id)) });
  const reports = store.readHistory().filter((h) => h.itemId === id && h.kind === 'progress');
  const current = [...reports].reverse().find((h) => h.roundId === round) ?? null;
  const previous = [...reports].reverse().find((h) => h.roundId !== round) ?? null;
  return {
    item: found.item,
    editable: canEditItem(currentUser(master), found.item.department),
    previous,
    current,
  };
}

const ITEM_FIELDS: (keyof ItemInput)[] = [
  'pillarNo',
  'reformNo',
  'title',
  'description',
  'department',
  'relatedDepartments',
  'schedule',
  'indicator',
  'savingsPlan',
];

/** The fields another user changed since `base` was read, with both values, for the stale-edit message. */
export function changedFields(mine: Partial<Item>, theirs: Item, keys: (keyof Item)[]): FieldChange[] {
  return keys
    .filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]))
    .map((k) => ({
      path: k,
      label: fieldLabel(k),
      yours: JSON.stringify(mine[k] ?? ''),
      theirs: JSON.stringify(theirs[k] ?? ''),
    }));
}

export function refuseIfStale(
  current: Item,
  baseRevision: number | undefined,
  mine: Partial<Item>,
  keys: (keyof Item)[],
): void {
  if (baseRevision === current.revision) return;
  throw new Refusal({
    code: 'stale',
    message: REGISTER.stale(current.updatedBy, current.updatedAt),
    stale: {
      revision: current.revision,
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt,
      changes: changedFields(mine, current, keys),
    },
  });
}

export function historyEntry(
  item: Item,
  kind: HistoryEntry['kind'],
  requestId: string,
  roundId: string,
  changes: string,
): HistoryEntry {
  return {
    at: item.updatedAt,
    user: item.updatedBy,
    kind,
    requestId,
    itemId: item.id,
    revision: item.revision,
    roundId,
    status: item.status,
    progress: item.progress,
    grade: item.grade,
    indicatorActual: item.indicatorActual,
    savingsActual: item.savingsActual,
    activity: item.activity,
    issues: item.issues,
    nextSteps: item.nextSteps,
    changes,
  };
}

function requireEditable(user: UserContext, department: string): void {
  if (!canEditItem(user, department))
    throw new Refusal({ code: 'forbidden', message: REGISTER.forbidden(department) });
}

/** A new item gets the next sequence never issued (deleted items' IDs are in the history) and starts 未着手. */
function createItem(
  store: RegisterStore,
  register: RegisterSnapshot,
  input: ItemInput,
  user: UserContext,
  master: Master,
): Item {
  const everIssued = [...register.rows.map((r) => r.item.id), ...store.readHistory().map((h) => h.itemId)];
  const id = nextItemId(input.pillarNo, input.reformNo, everIssued);
  if (!id)
    refuseInvalid([{ path: 'reformNo', message: RULES.itemSeqExhausted(input.reformNo, ITEM_SEQ_MAX) }]);
  const created: Item = {
    ...emptyItem(id),
    ...pickInput(input),
    status: master.statuses.find((s) => s.role === 'notStarted')?.name ?? '',
    progress: 0,
    updatedBy: user.email,
    updatedAt: nowIso(),
    revision: 1,
  };
  store.appendRows(register, [
    encodeRow(created, register.columns, register.index, Array<CellValue>(register.width).fill('')),
  ]);
  store.appendHistory([historyEntry(created, 'create', `create-${created.id}`, '', '新規登録')]);
  return created;
}

function pickInput(input: ItemInput): Partial<Item> {
  const picked: Record<string, unknown> = {};
  for (const key of ITEM_FIELDS) picked[key] = input[key];
  return picked as Partial<Item>;
}

export function saveItem(payload: unknown): { item: Item } {
  const input = parseOrRefuse(parsePayload(ItemInputSchema, payload));
  return writeStep(
    (master) => checkItemInput(input, master),
    ({ store, master, user, register }) => {
      if (!input.id) {
        requireEditable(user, input.department);
        return { item: createItem(store, register, input, user, master) };
      }
      const found = store.findRow(register, input.id);
      requireEditable(user, found.item.department);
      requireEditable(user, input.department);
      refuseIfStale(found.item, input.baseRevision, pickInput(input), ITEM_FIELDS as (keyof Item)[]);
      const updated: Item = {
        ...found.item,
        ...pickInput(input),
        updatedBy: user.email,
        updatedAt: nowIso(),
        revision: found.item.revision + 1,
      };
      store.writeRow(register, found.row, encodeRow(updated, register.columns, register.index, found.cells));
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
