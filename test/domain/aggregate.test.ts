// Aggregation on a plan shaped unlike Gyoda's: 5 pillars, an S/A/B/C scale (C late), its own status names
// (mapped to the rules by role), items across rounds.
import { aggregate, roundCoverage } from '../../src/domain/aggregate';
import { emptyItem } from '../../src/domain/row-codec';
import type { Item, Master } from '../../src/domain/schemas';
import { progressEntry } from '../support/history';

const master: Master = {
  planName: '第5次行政改革大綱',
  city: '架空市',
  period: { startFiscalYear: 2025, endFiscalYear: 2029 },
  pillars: [1, 2, 3, 4, 5].map((no) => ({ no, name: `柱${no}` })),
  reforms: [1, 2, 3, 4, 5].map((no) => ({ no, pillarNo: no, name: `改革${no}` })),
  departments: [
    { name: '総務課', members: [] },
    { name: '財政課', members: [] },
  ],
  planOffice: [],
  statuses: [
    { name: '未実施', role: 'notStarted' },
    { name: '実施', role: 'inProgress' },
    { name: '達成', role: 'done' },
    { name: '休止', role: 'cancelled' },
  ],
  grades: [
    { code: 'S', label: '計画以上', late: false },
    { code: 'A', label: '計画どおり', late: false },
    { code: 'B', label: 'やや遅れ', late: false },
    { code: 'C', label: 'ほとんど進んでいない', late: true },
  ],
  rounds: [
    { id: 'R7', label: '令和7年度', fiscalYear: 2025 },
    { id: 'R8', label: '令和8年度', fiscalYear: 2026 },
  ],
  currentRoundId: 'R8',
};

const item = (
  id: string,
  pillarNo: number,
  department: string,
  status: string,
  progress: number | null,
  plan: number | null,
  actual: number | null,
): Item => ({
  ...emptyItem(id),
  pillarNo,
  reformNo: pillarNo,
  department,
  status,
  progress,
  savingsPlan: { cut: plan, revenue: null },
  savingsActual: { cut: actual, revenue: null },
});

const items = [
  item('1-1-01', 1, '総務課', '実施', 50, 400, 100),
  item('1-1-02', 1, '財政課', '達成', 100, 600, 700),
  item('3-3-01', 3, '総務課', '休止', null, null, null),
  item('5-5-01', 5, '財政課', '未実施', 0, 1000, 0),
];

/** A report carries what the department reported: here the item's status, progress and actual savings. */
const entry = (itemId: string, roundId: string, grade: string) => {
  const { status, progress, savingsActual } = items.find((i) => i.id === itemId)!;
  return progressEntry(itemId, roundId, { grade, status, progress, savingsActual });
};

// 1-1-01 reported twice in R8 (the later grade counts) and once in R7; 5-5-01 only in R7, so 未報告 in R8, as is
// the 休止 3-3-01 (never reported; its row says it is cancelled, so it is not due).
const history = [
  entry('1-1-01', 'R7', 'S'),
  entry('5-5-01', 'R7', 'C'),
  entry('1-1-01', 'R8', 'B'),
  entry('1-1-01', 'R8', 'A'),
  entry('1-1-02', 'R8', 'S'),
];

describe('aggregate on a five-pillar S/A/B/C plan', () => {
  const s = aggregate(master, items, history, 'R8');

  it('has one row per pillar, including pillars without items', () => {
    expect(s.byPillar.map((p) => [p.pillarNo, p.items])).toEqual([
      [1, 2],
      [2, 0],
      [3, 1],
      [4, 0],
      [5, 1],
    ]);
    expect(s.byPillar[1]).toMatchObject({
      averageProgress: null,
      savings: { planTotal: 0, achievementRate: null },
    });
  });

  it("counts the city's own status names, by pillar, reform and department", () => {
    const none = { 未実施: 0, 実施: 0, 達成: 0, 休止: 0, 未報告: 0 };
    expect(s.byPillar.map((p) => p.byStatus)).toEqual([
      { ...none, 実施: 1, 達成: 1 },
      none,
      { ...none, 未報告: 1 },
      none,
      { ...none, 未報告: 1 },
    ]);
    expect(s.total.byStatus).toEqual({ ...none, 実施: 1, 達成: 1, 未報告: 2 });
    expect(s.byReform.map((r) => [r.reformNo, r.pillarNo, r.items])).toEqual([
      [1, 1, 2],
      [2, 2, 0],
      [3, 3, 1],
      [4, 4, 0],
      [5, 5, 1],
    ]);
    // 総務課: progress 50 (3-3-01 未報告), plan 400, actual 100; 財政課: 100 (5-5-01 未報告, not 0 %),
    // plan 600 + 1000, actual 700.
    expect(
      s.byDepartment.map((d) => [d.department, d.items, d.averageProgress, d.savings.achievementRate]),
    ).toEqual([
      ['総務課', 2, 50, 25],
      ['財政課', 2, 100, 43.75],
    ]);
  });

  it('takes grades from the latest report in the round only', () => {
    expect(s.byPillar[0]?.byGrade).toEqual({ S: 1, A: 1, B: 0, C: 0, '': 0 });
    expect(s.byPillar[4]?.byGrade).toEqual({ S: 0, A: 0, B: 0, C: 0, '': 1 });
    expect(s.total.byGrade).toEqual({ S: 1, A: 1, B: 0, C: 0, '': 2 });
  });

  it('sums savings and computes the achievement rate: pillar 1 (100 + 700) / (400 + 600)', () => {
    expect(s.byPillar[0]?.savings).toEqual({
      planCut: 1000,
      planRevenue: 0,
      planTotal: 1000,
      actualCut: 800,
      actualRevenue: 0,
      actualTotal: 800,
      achievementRate: 80,
    });
    expect(s.total.savings.achievementRate).toBe(40);
    expect(s.total.averageProgress).toBe(75);
  });

  it('leaves cancelled items out of the coverage and lists who has not reported', () => {
    expect(s.coverage).toEqual({
      roundId: 'R8',
      due: 3,
      reported: 2,
      rate: (2 / 3) * 100,
      missing: [{ department: '財政課', itemIds: ['5-5-01'] }],
    });
  });

  it("gives the report's pre-flight the same coverage alone, for every round", () => {
    for (const round of ['R7', 'R8'])
      expect(roundCoverage(master, items, history, round)).toEqual(
        aggregate(master, items, history, round).coverage,
      );
  });
});
