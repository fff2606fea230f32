// History entries and what they say about reports: the one definition of "reported in a round" (an item has a
// progress entry of that round, not returned since) and of an item's latest report, used by the list, the next
// item, the summary, the coverage and the meeting report alike. The history is in the order it was written.
import { fieldLabel, HISTORY } from './messages';
import { countedReport, reviewStates } from './review';
import type { HistoryEntry, Item, ItemPlan } from './schemas';

/**
 * The history entry recording an item as it is now: its progress fields, the round and what changed; an edit also
 * keeps the plan fields as they were before it.
 */
export function historyEntry(
  item: Item,
  kind: HistoryEntry['kind'],
  requestId: string,
  roundId: string,
  changes: string,
  planBefore?: ItemPlan,
): HistoryEntry {
  return {
    ...(planBefore ? { planBefore } : {}),
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
    actualBasis: item.actualBasis,
    activity: item.activity,
    issues: item.issues,
    nextSteps: item.nextSteps,
    changes,
  };
}

const isReport = (entry: HistoryEntry) => entry.kind === 'progress';

/**
 * The latest progress report of each item reported in the round, by item ID, as the round counts it (review.ts): a
 * report the plan office returned (差戻し) is none until resubmitted, and a reviewed one has its 最終評価 as grade.
 */
export function latestReportsIn(
  history: readonly HistoryEntry[],
  roundId: string,
): Map<string, HistoryEntry> {
  const latest = new Map<string, HistoryEntry>();
  for (const [itemId, state] of reviewStates(history, roundId)) {
    const report = countedReport(state);
    if (report) latest.set(itemId, report);
  }
  return latest;
}

/** IDs of the items reported in the round. */
export const reportedIn = (history: readonly HistoryEntry[], roundId: string): Set<string> =>
  new Set(latestReportsIn(history, roundId).keys());

/** One item's latest report in the round (current) and its latest report of any other round (previous). */
export function itemReports(
  history: readonly HistoryEntry[],
  itemId: string,
  roundId: string,
): { current: HistoryEntry | null; previous: HistoryEntry | null } {
  const reports = history.filter((h) => h.itemId === itemId && isReport(h)).reverse();
  return {
    current: reports.find((h) => h.roundId === roundId) ?? null,
    previous: reports.find((h) => h.roundId !== roundId) ?? null,
  };
}

/** Fields named one by one in 変更内容, in this order; long texts only as "…を更新". */
const NAMED_FIELDS: readonly (keyof Item)[] = [
  'title',
  'description',
  'department',
  'pillarNo',
  'reformNo',
  'status',
  'progress',
  'grade',
  'indicatorActual',
  'actualBasis',
  'activity',
  'issues',
  'nextSteps',
  'lifecycle',
  'lifecycleRoundId',
  'mergedInto',
  'crossListedReformNo',
];
const LONG_TEXTS: ReadonlySet<keyof Item> = new Set(['description', 'activity', 'issues', 'nextSteps']);
/** Fields summed up as one "計画・指標・効果額を更新". */
const PLAN_FIELDS: readonly (keyof Item)[] = [
  'schedule',
  'indicator',
  'savingsPlan',
  'savingsActual',
  'relatedDepartments',
  'effectType',
  'indicatorTargets',
  'cutTargets',
  'revenueTargets',
];

const show = (v: unknown) => (v === null || v === undefined || v === '' ? HISTORY.empty : String(v));
const differ = (before: Item, after: Item, keys: readonly (keyof Item)[]) =>
  JSON.stringify(keys.map((k) => before[k])) !== JSON.stringify(keys.map((k) => after[k]));

/** "進捗状況: 検討中→実施中、進捗率: 20→50" for the fields that differ, short enough for a history cell. */
export function describeChanges(before: Item, after: Item): string {
  const parts = NAMED_FIELDS.filter((key) => differ(before, after, [key])).map((key) =>
    LONG_TEXTS.has(key)
      ? HISTORY.textUpdated(fieldLabel(key))
      : HISTORY.changed(fieldLabel(key), show(before[key]), show(after[key])),
  );
  if (differ(before, after, PLAN_FIELDS)) parts.push(HISTORY.planUpdated);
  return parts.join(HISTORY.separator) || HISTORY.noChange;
}
