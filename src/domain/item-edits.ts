// Editing an item: which fields the item form and the progress form set, what another user changed since a form
// was read (for the stale-edit refusal), a new item's starting values and an edit's bookkeeping.
import type { FieldChange, HandEdit, UserContext } from './api';
import { formatFieldValue } from './field-values';
import { fieldLabel, REGISTER } from './messages';
import { canEditItem } from './permissions';
import { Refusal } from './refusal';
import { defaultRoundId } from './rounds';
import { emptyItem, emptyTargets } from './row-codec';
import type { Item, ItemInput, Master, ProgressInput } from './schemas';

/** The fields the item form sets; everything else on an item is the progress form's or the add-on's. */
export const ITEM_FIELDS = [
  'pillarNo',
  'reformNo',
  'title',
  'description',
  'department',
  'relatedDepartments',
  'schedule',
  'indicator',
  'savingsPlan',
  'effectType',
  'indicatorTargets',
  'cutTargets',
  'revenueTargets',
] as const satisfies readonly (keyof ItemInput & keyof Item)[];

/** The fields a progress report sets. */
export const PROGRESS_FIELDS = [
  'status',
  'progress',
  'grade',
  'indicatorActual',
  'savingsActual',
  'activity',
  'issues',
  'nextSteps',
] as const satisfies readonly (keyof ProgressInput & keyof Item)[];

/** A report's fields for the item row: its 実績の区分 recorded as sent, empty when the form did not send one. */
export const progressFieldsOf = (input: ProgressInput) => ({
  ...pick(input, PROGRESS_FIELDS),
  actualBasis: input.actualBasis ?? '',
});

type FieldGroup = readonly (keyof Item)[];

function pick<K extends keyof Item>(source: Pick<Item, K>, keys: readonly K[]): Pick<Item, K> {
  const picked: Partial<Pick<Item, K>> = {};
  for (const key of keys) picked[key] = source[key];
  return picked as Pick<Item, K>;
}

/** The item form's fields a payload sets: a field it leaves out (an optional one) keeps the item's value. */
export function itemFieldsOf(input: ItemInput): Partial<Pick<Item, (typeof ITEM_FIELDS)[number]>> {
  const picked: Record<string, unknown> = {};
  for (const key of ITEM_FIELDS) if (input[key] !== undefined) picked[key] = input[key];
  return picked as Partial<Pick<Item, (typeof ITEM_FIELDS)[number]>>;
}
/** An item's plan fields, as an edit's history entry keeps them. */
export const planOf = (item: Item) => pick(item, ITEM_FIELDS);

/** The fields of the group in which `mine` differs from `theirs`, with both values as a person reads them. */
function changedFields(mine: Partial<Item>, theirs: Item, keys: FieldGroup): FieldChange[] {
  return keys
    .filter((k) => k in mine && JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]))
    .map((k) => ({
      path: k,
      label: fieldLabel(k),
      yours: formatFieldValue(k, mine[k]),
      theirs: formatFieldValue(k, theirs[k]),
    }));
}

/** A form read at an older revision than the item's is refused with who changed what. */
export function refuseIfStale(
  current: Item,
  baseRevision: number | undefined,
  mine: Partial<Item>,
  keys: FieldGroup,
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

/** The value of a dotted path ("indicator.name", "schedule.2023") in the form's fields, if the form sets it. */
function valueAt(fields: Partial<Item>, path: string): unknown {
  let node: unknown = fields;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/**
 * A row typed into by hand since the add-on last wrote it is refused like a stale form, naming each typed cell
 * (the table's "yours" is the form's value where the form sets the field, else the value the add-on wrote).
 */
export function refuseIfHandEdited(current: Item, handEdits: readonly HandEdit[], mine: Partial<Item>): void {
  if (handEdits.length === 0) return;
  const fields = handEdits.map((e) => REGISTER.handEditChange(e.label, e.before, e.after)).join('、');
  throw new Refusal({
    code: 'stale',
    message: REGISTER.handEdited(fields, current.updatedBy, current.updatedAt),
    stale: {
      revision: current.revision,
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt,
      changes: handEdits.map((e) => {
        const yours = valueAt(mine, e.path);
        return {
          path: e.path,
          label: e.label,
          yours: yours === undefined ? e.before : formatFieldValue(e.path, yours),
          theirs: e.after,
        };
      }),
      handEdits: [...handEdits],
    },
  });
}

export function requireEditable(user: UserContext, department: string): void {
  if (!canEditItem(user, department))
    throw new Refusal({ code: 'forbidden', message: REGISTER.forbidden(department) });
}

/** A new item with the form's fields, revision 1, in the status whose role is 未着手 and at 0 %. */
export function newItem(id: string, input: ItemInput, master: Master, user: UserContext, at: string): Item {
  return {
    ...emptyItem(id),
    ...emptyTargets(master.period),
    ...itemFieldsOf(input),
    // Added while the plan runs: graded from the current round on (lifecycle.ts).
    addedRoundId: defaultRoundId(master),
    status: master.statuses.find((s) => s.role === 'notStarted')?.name ?? '',
    progress: 0,
    updatedBy: user.email,
    updatedAt: at,
    revision: 1,
  };
}

/** The item after an edit by `user`: the changed fields, who and when, and the next revision. */
export function editedItem(item: Item, changes: Partial<Item>, user: UserContext, at: string): Item {
  return { ...item, ...changes, updatedBy: user.email, updatedAt: at, revision: item.revision + 1 };
}
