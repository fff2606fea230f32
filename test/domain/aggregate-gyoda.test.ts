// Aggregation of the Gyoda seed after a round of reports, against figures counted by hand (written out below,
// never computed by the code under test). Each report records the item as its department reported it; items
// without a report in the round are 未報告.
import { aggregate } from '../../src/domain/aggregate';
import type { Item } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

type Patch = Partial<Pick<Item, 'status' | 'progress' | 'savingsPlan' | 'savingsActual'>>;

/** The seed (20 items, all 未着手 at 0 %) with six items changed. */
const changes: Record<string, Patch> = {
  '1-1-01': {
    status: '実施中',
    progress: 50,
    savingsPlan: { cut: 1200, revenue: null },
    savingsActual: { cut: 300, revenue: null },
  },
  '1-2-02': {
    status: '完了',
    progress: 100,
    savingsPlan: { cut: null, revenue: 800 },
    savingsActual: { cut: null, revenue: 1000 },
  },
  '2-3-01': { status: '延期', progress: 20, savingsPlan: { cut: 500, revenue: null } },
  '3-5-01': { status: '検討中', progress: null },
  '4-7-02': {
    status: '実施中',
    progress: 60,
    savingsPlan: { cut: null, revenue: 5000 },
    savingsActual: { cut: null, revenue: 2500 },
  },
  '4-8-02': { status: '中止', progress: 0 },
};
const items = seedItems('2026-11-25T10:00:00+09:00', 'gyokaku@city.gyoda.example.jp').map((i) => ({
  ...i,
  ...changes[i.id],
}));

/** A report carries the status, progress and actual savings the department reported (the item's changes). */
const report = (itemId: string, roundId: string, grade: string) => {
  const { savingsPlan: _plan, ...reported } = changes[itemId] ?? {};
  return progressEntry(itemId, roundId, { grade, ...reported });
};

// R4-H2: 1-1-01 reported twice (B, then A: A counts), 1-2-02, 4-7-02 and the cancelled 4-8-02 once;
// 2-3-01 only in R4-H1, which does not count for R4-H2; 3-5-01 changed its row but never reported.
const history = [
  report('2-3-01', 'R4-H1', 'C'),
  report('1-1-01', 'R4-H2', 'B'),
  report('1-2-02', 'R4-H2', 'A'),
  report('1-1-01', 'R4-H2', 'A'),
  report('4-7-02', 'R4-H2', 'C'),
  report('4-8-02', 'R4-H2', 'D'),
];

const s = aggregate(SEED_MASTER, items, history, 'R4-H2');
const zeroStatuses = { 未着手: 0, 検討中: 0, 実施中: 0, 完了: 0, 延期: 0, 中止: 0, 未報告: 0 };

describe('aggregate on the Gyoda seed, R4-H2', () => {
  it('counts the statuses reported in the round by pillar and in total; 未報告 is its own category', () => {
    expect(s.byPillar.map((p) => [p.pillarNo, p.items, p.byStatus])).toEqual([
      [1, 6, { ...zeroStatuses, 実施中: 1, 完了: 1, 未報告: 4 }],
      [2, 4, { ...zeroStatuses, 未報告: 4 }],
      [3, 5, { ...zeroStatuses, 未報告: 5 }],
      [4, 5, { ...zeroStatuses, 実施中: 1, 中止: 1, 未報告: 3 }],
    ]);
    expect(s.total.byStatus).toEqual({ ...zeroStatuses, 実施中: 2, 完了: 1, 中止: 1, 未報告: 16 });
    expect(s.total.items).toBe(20);
    expect(s.total.unreported).toBe(16);
    expect(s.statusNames.at(-1)).toBe('未報告');
  });

  it("counts each item's latest grade of the round; items without a report in the round are ''", () => {
    expect(s.byPillar.map((p) => p.byGrade)).toEqual([
      { A: 2, B: 0, C: 0, D: 0, '': 4 },
      { A: 0, B: 0, C: 0, D: 0, '': 4 },
      { A: 0, B: 0, C: 0, D: 0, '': 5 },
      { A: 0, B: 0, C: 1, D: 1, '': 3 },
    ]);
    expect(s.total.byGrade).toEqual({ A: 2, B: 0, C: 1, D: 1, '': 16 });
  });

  it('averages progress over the reported items only, never counting 未報告 as 0 %', () => {
    // (50 + 100) / 2, nothing reported, nothing reported, (60 + 0) / 2; (50 + 100 + 60 + 0) / 4.
    expect(s.byPillar.map((p) => p.averageProgress)).toEqual([75, null, null, 30]);
    expect(s.byPillar.map((p) => p.unreported)).toEqual([4, 4, 5, 3]);
    expect(s.total.averageProgress).toBe(52.5);
  });

  it('sums savings with the achievement rate', () => {
    expect(s.byPillar.map((p) => p.savings)).toEqual([
      {
        planCut: 1200,
        planRevenue: 800,
        planTotal: 2000,
        actualCut: 300,
        actualRevenue: 1000,
        actualTotal: 1300,
        achievementRate: 65,
      },
      {
        planCut: 500,
        planRevenue: 0,
        planTotal: 500,
        actualCut: 0,
        actualRevenue: 0,
        actualTotal: 0,
        achievementRate: 0,
      },
      {
        planCut: 0,
        planRevenue: 0,
        planTotal: 0,
        actualCut: 0,
        actualRevenue: 0,
        actualTotal: 0,
        achievementRate: null,
      },
      {
        planCut: 0,
        planRevenue: 5000,
        planTotal: 5000,
        actualCut: 0,
        actualRevenue: 2500,
        actualTotal: 2500,
        achievementRate: 50,
      },
    ]);
    expect(s.total.savings).toMatchObject({ planTotal: 7500, actualTotal: 3800 });
    expect(s.total.savings.achievementRate).toBeCloseTo(50.666666666666664, 12);
  });

  it('figures per reform and per department', () => {
    const reform1 = s.byReform.find((r) => r.reformNo === 1);
    expect(reform1).toMatchObject({ pillarNo: 1, items: 3, byStatus: { 未報告: 2, 実施中: 1 } });
    expect(reform1?.averageProgress).toBe(50);
    expect(reform1?.savings.achievementRate).toBe(25);
    expect(s.byReform.find((r) => r.reformNo === 7)).toMatchObject({
      items: 3,
      averageProgress: 60,
      savings: { planRevenue: 5000, actualRevenue: 2500, achievementRate: 50 },
    });
    expect(s.byDepartment.map((d) => [d.department, d.items])).toEqual([
      ['デジタル推進課', 4],
      ['企画政策課', 4],
      ['財政課', 2],
      ['資産管理課', 5],
      ['教育総務課', 1],
      ['人事課', 2],
      ['税務課', 1],
      ['上下水道課', 1],
    ]);
    expect(s.byDepartment[0]).toMatchObject({
      byStatus: { 実施中: 1, 完了: 1, 未報告: 2, 検討中: 0 },
      byGrade: { A: 2, '': 2 },
      averageProgress: 75,
      savings: { planTotal: 2000, actualTotal: 1300, achievementRate: 65 },
    });
    expect(s.byDepartment[3]).toMatchObject({
      byStatus: { 未報告: 4, 延期: 0, 中止: 1 },
      averageProgress: 0,
      savings: { planCut: 500, actualTotal: 0, achievementRate: 0 },
    });
  });

  it('coverage of the round: the cancelled item is not due; who has not reported, in register order', () => {
    expect(s.coverage.due).toBe(19);
    expect(s.coverage.reported).toBe(3);
    expect(s.coverage.rate).toBeCloseTo(15.789473684210526, 12);
    expect(s.coverage.missing).toEqual([
      { department: '資産管理課', itemIds: ['1-1-02', '2-3-01', '2-3-02', '4-8-01'] },
      { department: '財政課', itemIds: ['1-1-03', '4-7-01'] },
      { department: '教育総務課', itemIds: ['1-2-01'] },
      { department: '企画政策課', itemIds: ['1-2-03', '2-4-01', '2-4-02', '3-6-03'] },
      { department: 'デジタル推進課', itemIds: ['3-5-01', '3-6-01'] },
      { department: '人事課', itemIds: ['3-5-02', '3-6-02'] },
      { department: '上下水道課', itemIds: ['4-7-03'] },
    ]);
  });
});
