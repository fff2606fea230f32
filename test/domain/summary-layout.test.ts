// The 集計 sheet layout: every figure of a Summary lands in a labelled cell with the right format.
import type { GroupFigures, Summary } from '../../src/domain/api';
import { summaryLayout } from '../../src/domain/summary-layout';

const savings = (planCut: number, actualCut: number) => ({
  planCut,
  planRevenue: 0,
  planTotal: planCut,
  actualCut,
  actualRevenue: 0,
  actualTotal: actualCut,
  achievementRate: planCut === 0 ? null : (actualCut / planCut) * 100,
});

const figures = (byStatus: Record<string, number>, byGrade: Record<string, number>, s = savings(0, 0)) => {
  const items = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return {
    items,
    byStatus,
    byGrade,
    averageProgress: items ? 50 : null,
    unreported: byStatus['未報告'] ?? 0,
    savings: s,
  } satisfies GroupFigures;
};

const summary: Summary = {
  roundId: 'R4-H1',
  roundLabel: '令和4年度 上半期',
  statusNames: ['未着手', '実施中', '完了'],
  gradeCodes: ['A', 'B'],
  total: figures({ 未着手: 1, 実施中: 2, 完了: 1 }, { A: 2, '': 2 }, savings(1500, 900)),
  byPillar: [
    {
      pillarNo: 1,
      name: '=スマート',
      ...figures({ 実施中: 2, 完了: 1 }, { A: 2, '': 1 }, savings(1000, 900)),
    },
    { pillarNo: 2, name: '民間活力', ...figures({ 未着手: 1 }, { '': 1 }, savings(500, 0)) },
  ],
  byReform: [],
  byDepartment: [{ department: '財政課', ...figures({ 実施中: 2 }, { A: 2 }) }],
  coverage: {
    roundId: 'R4-H1',
    due: 4,
    reported: 2,
    rate: 50,
    missing: [{ department: '財政課', itemIds: ['2-3-01'] }],
  },
};

const layout = summaryLayout(summary, '行財政集中改革プラン2022', '2026-11-25T10:00:00+09:00');

function block(id: string) {
  const b = layout.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
}

describe('summaryLayout', () => {
  it('is a rectangle: every row, format row and weight row has the same width', () => {
    for (const grid of [layout.values, layout.numberFormats, layout.fontWeights, layout.backgrounds]) {
      expect(new Set(grid.map((r) => r.length))).toEqual(new Set([layout.width]));
      expect(grid).toHaveLength(layout.values.length);
    }
  });

  it('puts status counts per pillar under their status headers, with totals and the 未設定 column only if needed', () => {
    const b = block('status');
    const header = layout.values[b.headerRow] as (string | number)[];
    expect(header.slice(0, 6)).toEqual(['柱', '未着手', '実施中', '完了', '合計', '平均進捗率(%)']);
    expect(layout.values[b.headerRow + 1]?.slice(0, 6)).toEqual(['1 =スマート', 0, 2, 1, 3, 50]);
    expect(layout.values[b.headerRow + 2]?.slice(0, 5)).toEqual(['2 民間活力', 1, 0, 0, 1]);
    expect(layout.values[b.headerRow + 3]?.slice(0, 5)).toEqual(['合計', 1, 2, 1, 4]);
    expect(b.dataRows).toBe(2);
  });

  it('counts items without a grade in the round as 未報告', () => {
    const b = block('grade');
    expect(layout.values[b.headerRow]?.slice(0, 5)).toEqual(['柱', 'A', 'B', '未報告', '合計']);
    expect(layout.values[b.headerRow + 1]?.slice(0, 5)).toEqual(['1 =スマート', 2, 0, 1, 3]);
  });

  it('shows savings in 千円 with separators (△ before a negative) and the achievement rate with one decimal', () => {
    const b = block('savings');
    const first = layout.values[b.headerRow + 1] as (string | number)[];
    expect(first.slice(0, 8)).toEqual(['1 =スマート', 1000, 0, 1000, 900, 0, 900, 90]);
    expect(layout.numberFormats[b.headerRow + 1]?.slice(0, 8)).toEqual([
      '@',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
      '0.0',
    ]);
    expect(layout.values[b.headerRow + 2]?.[7]).toBe(0);
  });

  it('leaves the achievement rate empty when nothing is planned', () => {
    const b = block('department');
    expect(layout.values[b.headerRow]?.[9]).toBe('達成率(%)');
    expect(layout.values[b.headerRow + 1]?.slice(0, 3)).toEqual(['財政課', 2, 50]);
    expect(layout.values[b.headerRow + 1]?.[9]).toBe('');
  });

  it('lists departments that have not reported, with their item IDs', () => {
    const b = block('coverage');
    expect(layout.values[b.headerRow + 1]?.slice(0, 2)).toEqual(['財政課', '2-3-01']);
    expect(layout.values[b.headerRow + 2]?.slice(0, 2)).toEqual(['報告済 2 / 対象 4', '報告率 50.0%']);
  });

  it('marks header rows bold on a shaded background and keeps data rows plain', () => {
    const b = block('status');
    expect(layout.fontWeights[b.headerRow]?.every((w) => w === 'bold')).toBe(true);
    expect(layout.backgrounds[b.headerRow]?.every((c) => c === '#dce6f1')).toBe(true);
    expect(layout.fontWeights[b.headerRow + 1]?.every((w) => w === 'normal')).toBe(true);
  });
});
