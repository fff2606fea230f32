// Items as a round's record shows them: each item's latest accepted report in the round — up to an instant, for a
// meeting already held — and 未報告 for an item without one. Never the item's current row: reporting a later round
// must not change what an earlier round's 集計 and meeting report said.
import { latestReportsIn } from './history';
import { SUMMARY } from './messages';
import type { HistoryEntry, Item, ItemPlan } from './schemas';

/** The status an item has in a round it did not report in (its own category in every figure). */
export const UNREPORTED_STATUS = SUMMARY.notReported;

/** The history as it stood at `asOf` (an ISO instant); the whole history when none is given. */
export function historyAsOf(history: readonly HistoryEntry[], asOf?: string): HistoryEntry[] {
  if (!asOf) return [...history];
  const limit = Date.parse(asOf);
  return history.filter((entry) => Date.parse(entry.at) <= limit);
}

/**
 * Each item with the progress fields of its latest report in the round, or as 未報告 (no progress, grade, actuals
 * or texts) when it has none. The plan fields (title, department, schedule, indicator, savings plan) are the row's.
 */
export function itemsAsReported(
  items: readonly Item[],
  history: readonly HistoryEntry[],
  roundId: string,
): Item[] {
  const reports = latestReportsIn(history, roundId);
  return items.map((item) => {
    const report = reports.get(item.id);
    if (!report)
      return {
        ...item,
        status: UNREPORTED_STATUS,
        progress: null,
        grade: '',
        indicatorActual: null,
        savingsActual: { cut: null, revenue: null },
        activity: '',
        issues: '',
        nextSteps: '',
      };
    return {
      ...item,
      status: report.status,
      progress: report.progress,
      grade: report.grade,
      indicatorActual: report.indicatorActual,
      savingsActual: report.savingsActual,
      activity: report.activity,
      issues: report.issues,
      nextSteps: report.nextSteps,
    };
  });
}

/** The plan fields of a kept plan, without the 異動 a 異動 entry keeps beside them. */
function planFieldsOf(plan: ItemPlan): ItemPlan {
  const { lifecycle: _l, lifecycleRoundId: _r, mergedInto: _m, crossListedReformNo: _c, ...fields } = plan;
  return fields;
}

/** The 異動 a 異動 entry kept (none from an entry that kept no plan). */
function lifecycleFieldsOf(plan: ItemPlan | undefined): Partial<Item> {
  if (plan?.lifecycle === undefined) return {};
  return {
    lifecycle: plan.lifecycle,
    lifecycleRoundId: plan.lifecycleRoundId ?? '',
    mergedInto: plan.mergedInto ?? '',
    crossListedReformNo: plan.crossListedReformNo ?? null,
  };
}

/**
 * The register's items as the plan stood at `asOf` (an ISO instant): an item created later is left out, and an item
 * edited since has the plan fields its first later edit found (that entry's 変更前の計画), and the 異動 its first later
 * 異動 found. An item not edited since,
 * or whose first later edit kept no earlier plan (a 履歴 from before the column), is its row as it is now.
 */
export function planAsOf(items: readonly Item[], history: readonly HistoryEntry[], asOf: string): Item[] {
  const limit = Date.parse(asOf);
  const createdLater = new Set<string>();
  const firstLaterEdit = new Map<string, ItemPlan | undefined>();
  // A 異動 keeps the plan and the 異動 before it: its plan stands as an edit's, its 異動 apart (an edit keeps none).
  const firstLaterLifecycle = new Map<string, ItemPlan | undefined>();
  for (const entry of history) {
    if (Date.parse(entry.at) <= limit) continue;
    if (entry.kind === 'create') createdLater.add(entry.itemId);
    if ((entry.kind === 'update' || entry.kind === 'lifecycle') && !firstLaterEdit.has(entry.itemId))
      firstLaterEdit.set(entry.itemId, entry.planBefore && planFieldsOf(entry.planBefore));
    if (entry.kind === 'lifecycle' && !firstLaterLifecycle.has(entry.itemId))
      firstLaterLifecycle.set(entry.itemId, entry.planBefore);
  }
  return items
    .filter((item) => !createdLater.has(item.id))
    .map((item) => ({
      ...item,
      ...firstLaterEdit.get(item.id),
      ...lifecycleFieldsOf(firstLaterLifecycle.get(item.id)),
    }));
}
