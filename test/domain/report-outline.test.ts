// The report outline, pure: the title and scalars, late items with the round's own 課題, changes against the
// previous round, the savings table from the savings columns, and the appendix grouped by reform.
import { aggregate } from '../../src/domain/aggregate';
import type { Block } from '../../src/domain/report/blocks';
import { reportOutline } from '../../src/domain/report/outline';
import type { Item } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

const items: Item[] = seedItems('2026-11-25T10:00:00+09:00', 'a@city.example.jp').map((item) =>
  item.id === '1-1-01'
    ? { ...item, savingsPlan: { cut: 1000, revenue: 234 }, savingsActual: { cut: 300, revenue: null } }
    : item,
);
const history = [
  progressEntry('1-1-01', 'R4-H1', { status: '実施中', grade: 'A' }),
  // The round's report carries the actual savings the round's figures show.
  progressEntry('1-1-01', 'R4-H2', {
    status: '実施中',
    grade: 'C',
    issues: '予算不足',
    nextSteps: '補正で対応',
    savingsActual: { cut: 300, revenue: null },
  }),
  progressEntry('1-1-02', 'R4-H2', { status: '完了', grade: 'A' }),
  // A later round's report must not leak into R4-H2's late table.
  progressEntry('1-1-01', 'R5-H1', { status: '実施中', grade: 'C', issues: '後の課題' }),
];
const request = {
  roundId: 'R4-H2',
  meetingName: '推進本部会議',
  meetingDate: '2026-12-01',
  documentNo: '資料1',
  templateDocId: '',
};
const { outline, summary } = reportOutline({
  master: SEED_MASTER,
  items,
  history,
  request,
  now: new Date('2026-12-01T01:00:00Z'),
});

const section = (id: string) => outline.sections.find((s) => s.id === id)?.blocks ?? [];
const tableOf = (blocks: Block[]) =>
  blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('report outline', () => {
  it('titles the document from the request and the round, with the scalars a template may use', () => {
    expect(outline.title).toBe('資料1 行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告');
    expect(outline.scalars).toMatchObject({
      round: '令和4年度 下半期',
      meeting_date: '令和8年12月1日',
      created_date: '令和8年12月1日',
    });
    expect(outline.sections.map((s) => s.id)).toEqual([
      'summary',
      'overview',
      'pillars',
      'late',
      'changes',
      'savings',
      'appendix',
    ]);
    expect(summary.coverage).toMatchObject({ roundId: 'R4-H2', reported: 2 });
  });

  it('lists late items with the 課題 and 今後の方針 of the round asked for', () => {
    expect(tableOf(section('late'))?.rows).toEqual([
      ['取組ID', '取組項目', '担当課', '評価', '課題', '今後の方針'],
      ['1-1-01', items[0]?.title, items[0]?.department, 'C', '予算不足', '補正で対応'],
    ]);
  });

  it('compares with the previous round: grade changes and newly done items', () => {
    expect(tableOf(section('changes'))?.rows.slice(1)).toEqual([
      ['1-1-01', items[0]?.title, '評価の変更', 'A', 'C'],
      ['1-1-02', items[1]?.title, '新たに完了', '', '完了'],
    ]);
  });

  it('builds the savings table from the savings columns, 千円 with separators and the rate in percent', () => {
    const rows = tableOf(section('savings'))?.rows ?? [];
    expect(rows[0]).toEqual([
      '区分',
      '見込_歳出削減',
      '見込_歳入確保',
      '見込_計',
      '実績_歳出削減',
      '実績_歳入確保',
      '実績_計',
      '達成率',
    ]);
    expect(rows.at(-1)).toEqual(['合計', '1,000', '234', '1,234', '300', '0', '300', '24.3%']);
    expect(tableOf(section('savings'))?.align).toEqual(['left', ...Array(7).fill('right')]);
  });

  it('lists every item in the appendix under its reform, with the grade of the round', () => {
    const rows = tableOf(section('appendix'))?.rows ?? [];
    expect(rows[1]?.[0]).toBe(`改革1 ${SEED_MASTER.reforms[0]?.name}`);
    expect(rows.filter((r) => /^\d+-\d+-\d+$/.test(r[0] ?? ''))).toHaveLength(items.length);
    expect(rows.find((r) => r[0] === '1-1-01')?.[5]).toBe('C');
  });

  describe('page 1', () => {
    const figures = aggregate(SEED_MASTER, items, history, 'R4-H2');
    const grades = ['A', 'B', 'C', 'D', ''];

    it('puts the 資料番号 at the top right and the as-of date (the day the record is taken) in 和暦', () => {
      expect(outline.heading).toEqual([
        { kind: 'paragraph', text: '資料1', align: 'right' },
        { kind: 'title', text: '行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告' },
        { kind: 'subtitle', text: '推進本部会議（令和8年12月1日）' },
        { kind: 'paragraph', text: '令和8年12月1日現在', align: 'right' },
      ]);
      // A meeting after the report was made does not move the date; a reproduced report is as of its logged instant.
      const later = reportOutline({
        master: SEED_MASTER,
        items,
        history,
        request: { ...request, meetingDate: '2026-12-20' },
        now: new Date('2027-01-05T01:00:00Z'),
        asOf: '2026-12-03T18:00:00+09:00',
      }).outline;
      expect(later.heading.at(-1)).toEqual({ kind: 'paragraph', text: '令和8年12月3日現在', align: 'right' });
      expect(later.scalars).toMatchObject({ as_of_date: '令和8年12月3日', created_date: '令和9年1月5日' });
    });

    it('says in one sentence how many items have each grade and how many have not reported', () => {
      expect(figures.total.byGrade).toMatchObject({ C: 1, A: 1, '': 18 });
      expect(section('summary')[0]).toEqual({
        kind: 'paragraph',
        text: '全20項目のうち、A評価1項目、B評価0項目、C評価1項目、D評価0項目、未報告18項目です。',
      });
    });

    it("has a 柱 × 評価 matrix whose counts are aggregate()'s, 未報告 a column, each row summing to its 計", () => {
      const matrix = tableOf(section('summary'));
      expect(matrix?.rows[0]).toEqual(['柱', 'A', 'B', 'C', 'D', '未報告', '計']);
      const groups = [...figures.byPillar, figures.total];
      expect(matrix?.rows.slice(1).map((r) => r.slice(1).map(Number))).toEqual(
        groups.map((g) => [...grades.map((c) => g.byGrade[c] ?? 0), g.items]),
      );
      expect(matrix?.rows.slice(1).map((r) => r[0])).toEqual([
        ...figures.byPillar.map((p) => `柱${p.pillarNo} ${p.name}`),
        '合計',
      ]);
      for (const row of matrix?.rows.slice(1) ?? []) {
        const counts = row.slice(1).map(Number);
        expect(counts.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(counts.at(-1));
      }
      expect(matrix?.align).toEqual(['left', ...Array(6).fill('right')]);
    });

    it('draws one chart, a bar per 柱 stacked by grade with 未報告, titled, its axes named', () => {
      const charts = outline.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
      expect(charts).toEqual([
        {
          kind: 'chart',
          title: '柱別の評価の内訳',
          categories: ['柱1', '柱2', '柱3', '柱4'],
          series: grades.map((c) => ({
            label: c || '未報告',
            values: figures.byPillar.map((p) => p.byGrade[c] ?? 0),
          })),
          axes: { category: '柱', value: '取組項目数（件）' },
        },
      ]);
      // 1-1-01 (C) and 1-1-02 (A) are both in 柱1.
      expect(charts[0]?.kind === 'chart' && charts[0].series.map((s) => s.values[0])).toEqual([
        1, 0, 1, 0, 4,
      ]);
    });

    it('ends page 1 with a page break, so the overview starts page 2', () => {
      expect(section('summary').map((b) => b.kind)).toEqual(['paragraph', 'table', 'chart', 'pageBreak']);
    });
  });
});
