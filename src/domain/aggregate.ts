// Aggregation of the register for one reporting round: by pillar, reform and department; status and grade
// counts, average progress, savings planned vs actual, and reporting coverage.
//
// Definitions (the 集計 sheet, the sidebar and the meeting report use exactly these):
// - status, progress, grade and actual savings of an item in round R are those of its latest progress report in
//   R, as the history stood at the given instant (src/domain/as-of.ts); an item without one is 未報告, its own
//   status, with no progress, grade or actuals — so reporting round R+1 never changes round R's figures;
// - planned savings, pillar, reform and department are the item's row;
// - an item is due in R unless it reported a status with the role "cancelled" (中止) in R, or, not having
//   reported, its row has one; it is reported when it has a progress report in R;
// - averages are over reported items with a progress value, the unreported count beside them; money sums treat
//   an empty value as 0;
// - the achievement rate is actual total / planned total × 100, null when nothing is planned;
// - a grade is the plan office's 最終評価 where it recorded one, else the 自己評価; a returned report (差戻し) is
//   未報告 until resubmitted (review.ts); `review` counts the grades still unreviewed;
// - merged and abolished items are left out, an item added mid-plan counts from its round on, and a cross-listed
//   (再掲) item is in its second reform's figures too but counted once in every total (lifecycle.ts).
import type { Coverage, GroupFigures, SavingsFigures, Summary } from './api';
import { historyAsOf, itemsAsReported, UNREPORTED_STATUS } from './as-of';
import { latestReportsIn } from './history';
import { gradedIn, isUnderReform, withCompletedCarried } from './lifecycle';
import { reviewFigures } from './review';
import type { HistoryEntry, Item, Master } from './schemas';

function savingsOf(items: Item[]): SavingsFigures {
  const sum = (pick: (item: Item) => number | null) =>
    items.reduce((total, item) => total + (pick(item) ?? 0), 0);
  const planCut = sum((i) => i.savingsPlan.cut);
  const planRevenue = sum((i) => i.savingsPlan.revenue);
  const actualCut = sum((i) => i.savingsActual.cut);
  const actualRevenue = sum((i) => i.savingsActual.revenue);
  const planTotal = planCut + planRevenue;
  const actualTotal = actualCut + actualRevenue;
  return {
    planCut,
    planRevenue,
    planTotal,
    actualCut,
    actualRevenue,
    actualTotal,
    achievementRate: planTotal > 0 ? (actualTotal / planTotal) * 100 : null,
  };
}

function figuresOf(items: Item[], master: Master): GroupFigures {
  const statusNames = new Set([...master.statuses.map((s) => s.name), UNREPORTED_STATUS]);
  const gradeCodes = new Set(master.grades.map((g) => g.code));
  const byStatus: Record<string, number> = Object.fromEntries([...statusNames].map((name) => [name, 0]));
  const byGrade: Record<string, number> = Object.fromEntries([
    ...master.grades.map((g) => [g.code, 0]),
    ['', 0],
  ]);
  for (const item of items) {
    const status = statusNames.has(item.status) ? item.status : '';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const grade = item.grade;
    const key = gradeCodes.has(grade) ? grade : '';
    byGrade[key] = (byGrade[key] ?? 0) + 1;
  }
  const progressed = items.filter((i) => i.progress !== null);
  const averageProgress = progressed.length
    ? progressed.reduce((total, i) => total + (i.progress ?? 0), 0) / progressed.length
    : null;
  return {
    items: items.length,
    byStatus,
    byGrade,
    averageProgress,
    unreported: byStatus[UNREPORTED_STATUS] ?? 0,
    savings: savingsOf(items),
  };
}

/**
 * Each item's status before round R: its latest report in an earlier round of the master's order; for an item
 * that has never reported at all (even later), its row (set at creation). Later rounds' reports are not looked at.
 */
function statusesBefore(
  master: Master,
  rows: Item[],
  history: HistoryEntry[],
  fullHistory: HistoryEntry[],
  roundId: string,
): Map<string, string> {
  const order = new Map(master.rounds.map((r, i) => [r.id, i]));
  const limit = order.get(roundId) ?? master.rounds.length;
  const everReported = new Set(fullHistory.filter((h) => h.kind === 'progress').map((h) => h.itemId));
  const before = new Map(rows.filter((r) => !everReported.has(r.id)).map((r) => [r.id, r.status]));
  for (const entry of history) {
    const at = order.get(entry.roundId);
    if (entry.kind === 'progress' && at !== undefined && at < limit) before.set(entry.itemId, entry.status);
  }
  return before;
}

function coverageOf(
  items: Item[],
  rows: Item[],
  master: Master,
  history: HistoryEntry[],
  fullHistory: HistoryEntry[],
  roundId: string,
): Coverage {
  const cancelled = new Set(master.statuses.filter((s) => s.role === 'cancelled').map((s) => s.name));
  const reported = new Set(latestReportsIn(history, roundId).keys());
  const statusBefore = statusesBefore(master, rows, history, fullHistory, roundId);
  // An item without a report in R keeps the status it had before R: cancelled earlier, it is not due.
  const isCancelled = (item: Item) =>
    cancelled.has(reported.has(item.id) ? item.status : (statusBefore.get(item.id) ?? ''));
  const due = items.filter((i) => !isCancelled(i));
  const missing = new Map<string, string[]>();
  for (const item of due) {
    if (reported.has(item.id)) continue;
    missing.set(item.department, [...(missing.get(item.department) ?? []), item.id]);
  }
  const done = due.length - [...missing.values()].reduce((n, ids) => n + ids.length, 0);
  return {
    roundId,
    due: due.length,
    reported: done,
    rate: due.length ? (done / due.length) * 100 : null,
    missing: [...missing].map(([department, itemIds]) => ({ department, itemIds })),
  };
}

/** The items in the round's grading, the history as of `asOf` and each item as its latest report in the round left it. */
function roundBasis(
  master: Master,
  registerRows: Item[],
  fullHistory: HistoryEntry[],
  roundId: string,
  asOf?: string,
) {
  // Only the items in the round's grading; a completed item's report stands for later rounds (lifecycle.ts).
  const rows = gradedIn(master, registerRows, roundId);
  const history = withCompletedCarried(master, rows, historyAsOf(fullHistory, asOf), roundId);
  return { rows, history, items: itemsAsReported(rows, history, roundId) };
}

/** The round's reporting coverage alone, as `aggregate` counts it: for the report's pre-flight. */
export function roundCoverage(
  master: Master,
  registerRows: Item[],
  fullHistory: HistoryEntry[],
  roundId: string,
): Coverage {
  const { rows, history, items } = roundBasis(master, registerRows, fullHistory, roundId);
  return coverageOf(items, rows, master, history, fullHistory, roundId);
}

/**
 * The round's figures from the record: each item's latest report in the round as the history stood at `asOf`
 * (an ISO instant; now when not given), so a past meeting's figures can be produced again exactly.
 */
export function aggregate(
  master: Master,
  registerRows: Item[],
  fullHistory: HistoryEntry[],
  roundId: string,
  asOf?: string,
): Summary {
  const { rows, history, items } = roundBasis(master, registerRows, fullHistory, roundId, asOf);
  const departments = [
    ...new Set([...master.departments.map((d) => d.name), ...items.map((i) => i.department)]),
  ];
  return {
    roundId,
    roundLabel: master.rounds.find((r) => r.id === roundId)?.label ?? roundId,
    statusNames: [...master.statuses.map((s) => s.name), UNREPORTED_STATUS],
    gradeCodes: master.grades.map((g) => g.code),
    total: figuresOf(items, master),
    byPillar: master.pillars.map((p) => ({
      pillarNo: p.no,
      name: p.name,
      ...figuresOf(
        items.filter((i) => i.pillarNo === p.no),
        master,
      ),
    })),
    byReform: master.reforms.map((r) => ({
      reformNo: r.no,
      pillarNo: r.pillarNo,
      name: r.name,
      ...figuresOf(
        items.filter((i) => isUnderReform(i, r.no)),
        master,
      ),
    })),
    byDepartment: departments.map((department) => ({
      department,
      ...figuresOf(
        items.filter((i) => i.department === department),
        master,
      ),
    })),
    coverage: coverageOf(items, rows, master, history, fullHistory, roundId),
    review: reviewFigures(history, roundId, new Set(items.map((i) => i.id))),
  };
}
