// The plan office changes an item's life in the plan (異動: 統合, 廃止, 完了 or back to active, and 再掲): the row's
// 異動 cells and one history row, as one step under the lock. The row is checked (revision, hand edits) before the
// lock and again under it; a retried request is recognised by its ID in the history. The caller in src/index.ts
// checks the role first.
import { historyEntry } from '../domain/history';
import { editedItem, planOf, refuseIfHandEdited, refuseIfStale } from '../domain/item-edits';
import { checkLifecycleInput, lifecycleFields } from '../domain/lifecycle';
import { LIFECYCLE, REGISTER } from '../domain/messages';
import { parseOrRefuse, Refusal, refuseInvalid } from '../domain/refusal';
import { type Item, type LifecycleInput, LifecycleInputSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import type { RegisterLayout, RegisterRow, RegisterStore } from '../sheets/register-store';
import { nowIso } from './current-user';
import { writeStep } from './write-step';

const LIFECYCLE_KEYS = ['lifecycle', 'lifecycleRoundId', 'mergedInto', 'crossListedReformNo'] as const;

/** A register set up before the 異動 columns would drop the change unseen: set-up adds them. */
function requireColumns(layout: RegisterLayout): void {
  const absent = layout.columns.find(
    (c) => (LIFECYCLE_KEYS as readonly string[]).includes(c.key) && !layout.index.has(c.key),
  );
  if (absent)
    throw new Refusal({
      code: 'layout',
      message: REGISTER.missingColumn(layout.sheet.getName(), absent.header),
    });
}

function refuseUnlessChangeable(
  input: LifecycleInput,
  found: RegisterRow,
  items: readonly Item[],
  master: Parameters<typeof checkLifecycleInput>[2],
  handEdits: RegisterRow['handEdits'],
) {
  const fields = lifecycleFields(input);
  refuseIfHandEdited(found.item, handEdits, fields);
  refuseIfStale(found.item, input.baseRevision, fields, LIFECYCLE_KEYS);
  const errors = checkLifecycleInput(input, found.item, master, items);
  if (errors.length) refuseInvalid(errors);
}

/** The entry an earlier request with this ID wrote, if any: a retry of it, or another request refused. */
function earlierEntry(store: RegisterStore, input: LifecycleInput) {
  const at = store.readHistoryColumn('requestId').indexOf(input.requestId);
  if (at < 0) return null;
  const [entry] = store.readHistoryEntriesAt([at]);
  if (entry?.kind !== 'lifecycle' || entry.itemId !== input.itemId)
    refuseInvalid([{ path: 'requestId', message: REGISTER.requestIdReused }]);
  return entry;
}

export function changeLifecycle(payload: unknown): { item: Item; duplicate: boolean } {
  const input = parseOrRefuse(parsePayload(LifecycleInputSchema, payload));
  return writeStep(
    () => [],
    ({ store, master, user, layout }) => {
      requireColumns(layout);
      const seen = store.locateRow(layout, input.itemId);
      return () => {
        const found = store.rereadRow(layout, seen);
        if (earlierEntry(store, input)) return { item: found.item, duplicate: true };
        const handEdits = [...found.handEdits, ...store.formulaEdits(layout, found)];
        refuseUnlessChangeable(input, found, store.readItems(master), master, handEdits);
        const updated = editedItem(found.item, lifecycleFields(input), user, nowIso());
        const changes = LIFECYCLE.changes(
          updated.lifecycle,
          master.rounds.find((r) => r.id === updated.lifecycleRoundId)?.label ?? '',
          updated.mergedInto,
          updated.crossListedReformNo,
        );
        store.prepareHistoryAppend();
        store.writeItem(layout, found, updated);
        // The item as it was, plan and 異動, so a past round's grading can be read back (as-of.ts planAsOf).
        const { lifecycle, lifecycleRoundId, mergedInto, crossListedReformNo } = found.item;
        const before = {
          ...planOf(found.item),
          lifecycle,
          lifecycleRoundId,
          mergedInto,
          crossListedReformNo,
        };
        store.appendHistory([
          historyEntry(updated, 'lifecycle', input.requestId, updated.lifecycleRoundId, changes, before),
        ]);
        return { item: updated, duplicate: false };
      };
    },
  );
}
