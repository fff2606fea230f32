// Aggregation of the register for one reporting round: by pillar, reform and department; status and grade
// counts, average progress, savings planned vs actual, and reporting coverage.
//
// Definitions (the 集計 sheet and the meeting report use exactly these):
// - status, progress and savings come from the item's current row;
// - the grade of an item in round R is the grade of its latest progress report in R ('' when not reported);
// - an item is due in R unless its status has the role "cancelled" (中止); it is reported when it has a
//   progress report in R;
// - averages are over items with a progress value; money sums treat an empty cell as 0;
// - the achievement rate is actual total / planned total × 100, null when nothing is planned.
import type { Coverage, GroupFigures, SavingsFigures, Summary } from './api';
import { latestReportsIn } from './history';
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

function figuresOf(items: Item[], master: Master, gradeOf: (item: Item) => string): GroupFigures {
  const statusNames = new Set(master.statuses.map((s) => s.name));
  const gradeCodes = new Set(master.grades.map((g) => g.code));
  const byStatus: Record<string, number> = Object.fromEntries(master.statuses.map((s) => [s.name, 0]));
  const byGrade: Record<string, number> = Object.fromEntries([
    ...master.grades.map((g) => [g.code, 0]),
    ['', 0],
  ]);
  for (const item of items) {
    const status = statusNames.has(item.status) ? item.status : '';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const grade = gradeOf(item);
    const key = gradeCodes.has(grade) ? grade : '';
    byGrade[key] = (byGrade[key] ?? 0) + 1;
  }
  const progressed = items.filter((i) => i.progress !== null);
  const averageProgress = progressed.length
    ? progressed.reduce((total, i) => total + (i.progress ?? 0), 0) / progressed.length
    : null;
  return { items: items.length, byStatus, byGrade, averageProgress, savings: savingsOf(items) };
}

function coverageOf(items: Item[], master: Master, reported: Set<string>, roundId: string): Coverage {
  const cancelled = new Set(master.statuses.filter((s) => s.role === 'cancelled').map((s) => s.name));
  const due = items.filter((i) => !cancelled.has(i.status));
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

export function aggregate(master: Master, items: Item[], history: HistoryEntry[], roundId: string): Summary {
  const reports = latestReportsIn(history, roundId);
  const gradeOf = (item: Item) => reports.get(item.id)?.grade ?? '';
  const departments = [
    ...new Set([...master.departments.map((d) => d.name), ...items.map((i) => i.department)]),
  ];
  return {
    roundId,
    roundLabel: master.rounds.find((r) => r.id === roundId)?.label ?? roundId,
    statusNames: master.statuses.map((s) => s.name),
    gradeCodes: master.grades.map((g) => g.code),
    total: figuresOf(items, master, gradeOf),
    byPillar: master.pillars.map((p) => ({
      pillarNo: p.no,
      name: p.name,
      ...figuresOf(
        items.filter((i) => i.pillarNo === p.no),
        master,
        gradeOf,
      ),
    })),
    byReform: master.reforms.map((r) => ({
      reformNo: r.no,
      pillarNo: r.pillarNo,
      name: r.name,
      ...figuresOf(
        items.filter((i) => i.reformNo === r.no),
        master,
        gradeOf,
      ),
    })),
    byDepartment: departments.map((department) => ({
      department,
      ...figuresOf(
        items.filter((i) => i.department === department),
        master,
        gradeOf,
      ),
    })),
    coverage: coverageOf(items, master, new Set(reports.keys()), roundId),
  };
}
