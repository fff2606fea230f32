// Server tests' view of one item through the bundle: the item as getItem returns it, a filled-in progress report
// based on its current revision, the list as a sidebar decodes it, and the register and history rows as the sheets
// hold them.
import type { Environment, RunOptions } from '../../emulator';
import { itemInput, progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE } from '../../harness/register';
import type { ItemDetail, ItemListResult, ItemSummary, MasterView } from '../../src/domain/api';
import { listedItems } from '../../src/domain/item-list';
import type { Item, ItemFilter, ProgressInput } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';

export function item(env: Environment, id: string, user = PLAN_OFFICE): Item {
  return ok<ItemDetail>(env.scriptRun('getItem', [id, null], { user })).item;
}

/** listItems decoded as the sidebars decode it, with the same user's master view. */
export function listed(env: Environment, filter: ItemFilter = {}, options: RunOptions = {}): ItemSummary[] {
  const view = ok<MasterView>(env.scriptRun('getSummaryView', [], options));
  const list = ok<ItemListResult>(env.scriptRun('listItems', [filter], options));
  return listedItems(list, view.master, view.user);
}

/** A progress report of R4-H1 (40 %, grade B, an actual, savings and an activity) on the item's current revision. */
export function progress(env: Environment, id: string, patch: Partial<ProgressInput> = {}): ProgressInput {
  return progressReport(id, `req-${id}-${Math.random().toString(36).slice(2, 10)}`, item(env, id).revision, {
    progress: 40,
    grade: 'B',
    indicatorActual: 12,
    savingsActual: { cut: 1500, revenue: null },
    activity: '電子申請の対象手続を拡大した',
    ...patch,
  });
}

export const registerRows = (env: Environment) => env.spreadsheet.values(SHEETS.register);
export const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history).slice(1);

/** The form's payload for an item as loaded: every plan field as it was, `patch` on top. */
export const formOf = (loaded: Item, patch: Record<string, unknown>) =>
  itemInput({
    id: loaded.id,
    pillarNo: loaded.pillarNo,
    reformNo: loaded.reformNo,
    title: loaded.title,
    description: loaded.description,
    department: loaded.department,
    relatedDepartments: loaded.relatedDepartments,
    schedule: loaded.schedule,
    indicator: loaded.indicator,
    savingsPlan: loaded.savingsPlan,
    baseRevision: loaded.revision,
    ...patch,
  });
