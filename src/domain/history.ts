// History entries and what they say about reports: the one definition of "reported in a round" (an item has a
// progress entry of that round) and of an item's latest report, used by the list, the next item, the summary,
// the coverage and the meeting report alike. The history is in the order it was written.
import type { HistoryEntry, Item } from './schemas';

/** The history entry recording an item as it is now: its progress fields, the round and what changed. */
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

const isReport = (entry: HistoryEntry) => entry.kind === 'progress';

/** The latest progress report of each item reported in the round, by item ID. */
export function latestReportsIn(
  history: readonly HistoryEntry[],
  roundId: string,
): Map<string, HistoryEntry> {
  const latest = new Map<string, HistoryEntry>();
  for (const entry of history)
    if (isReport(entry) && entry.roundId === roundId) latest.set(entry.itemId, entry);
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
