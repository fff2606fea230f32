// 集計 through the built bundle: figures for the Gyoda seed after a few reports, checked against a hand count,
// written to the 集計 sheet with its charts, in a number of calls that does not depend on the items.
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { growRegister, ok, setUpEnvironment } from '../../harness/register';
import type { ItemDetail, Summary } from '../../src/domain/api';
import type { ProgressInput } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';

function report(env: Environment, itemId: string, patch: Partial<ProgressInput>) {
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [itemId, null])).item.revision;
  ok(env.scriptRun('recordProgress', [progressReport(itemId, `req-${itemId}-0001`, revision, patch)]));
}

/** The Gyoda seed with a plan for 1-1-01 and four reports in R4-H1 (one of them on a cancelled item). */
function scenario(): Environment {
  const env = setUpEnvironment();
  const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
  ok(
    env.scriptRun('saveItem', [
      {
        id: '1-1-01',
        baseRevision: detail.revision,
        pillarNo: 1,
        reformNo: 1,
        title: detail.title,
        description: '',
        department: detail.department,
        relatedDepartments: [],
        schedule: {},
        indicator: { name: '電子申請件数', unit: '件', baseline: null, target: null },
        savingsPlan: { cut: 1000, revenue: null },
      },
    ]),
  );
  report(env, '1-1-01', { progress: 40, grade: 'B', savingsActual: { cut: 100, revenue: null } });
  report(env, '1-1-02', {
    status: '完了',
    progress: 100,
    grade: 'A',
    savingsActual: { cut: 200, revenue: null },
  });
  report(env, '2-3-01', {
    progress: 50,
    grade: 'C',
    issues: '事業者の選定',
    nextSteps: '公募条件の見直し',
    savingsActual: { cut: null, revenue: 300 },
  });
  report(env, '4-7-01', { status: '中止', progress: 0, grade: 'D', issues: '制度改正', nextSteps: '廃止' });
  return env;
}

describe('集計', () => {
  it('agrees with a hand count of the Gyoda seed after four reports (the rest 未報告)', () => {
    const env = scenario();
    const s = ok<Summary>(env.scriptRun('refreshSummary', ['R4-H1']));
    expect(s.roundLabel).toBe('令和4年度 上半期');
    const [p1, p2, p3, p4] = s.byPillar;
    expect(p1).toMatchObject({
      items: 6,
      byStatus: { 未着手: 0, 実施中: 1, 完了: 1, 検討中: 0, 延期: 0, 中止: 0, 未報告: 4 },
      byGrade: { A: 1, B: 1, C: 0, D: 0, '': 4 },
      savings: { planCut: 1000, planTotal: 1000, actualCut: 300, actualTotal: 300, achievementRate: 30 },
      unreported: 4,
    });
    // Over the two reported items: (40 + 100) / 2, not the 140 / 6 a 0 % for each unreported item would give.
    expect(p1?.averageProgress).toBe(70);
    expect(p2).toMatchObject({
      items: 4,
      byStatus: { 未着手: 0, 実施中: 1, 未報告: 3 },
      byGrade: { C: 1, '': 3 },
      averageProgress: 50,
      savings: { planTotal: 0, actualRevenue: 300, actualTotal: 300, achievementRate: null },
    });
    expect(p3).toMatchObject({
      items: 5,
      byStatus: { 未報告: 5 },
      byGrade: { '': 5 },
      averageProgress: null,
    });
    expect(p4).toMatchObject({ items: 5, byStatus: { 未報告: 4, 中止: 1 }, byGrade: { D: 1, '': 4 } });
    expect(s.total).toMatchObject({
      items: 20,
      byStatus: { 未着手: 0, 未報告: 16, 実施中: 2, 完了: 1, 中止: 1 },
      unreported: 16,
    });
    expect(s.coverage).toMatchObject({ due: 19, reported: 3 });
    expect(s.coverage.rate).toBeCloseTo((3 / 19) * 100, 10);
    const missing = s.coverage.missing.flatMap((m) => m.itemIds).sort();
    expect(missing).toHaveLength(16);
    expect(missing).not.toEqual(expect.arrayContaining(['1-1-01', '1-1-02', '2-3-01', '4-7-01']));
    expect(s.coverage.missing.find((m) => m.department === '資産管理課')?.itemIds).toEqual([
      '2-3-02',
      '4-8-01',
      '4-8-02',
    ]);
    expect(s.byReform.find((r) => r.reformNo === 1)).toMatchObject({
      items: 3,
      byStatus: { 実施中: 1, 完了: 1, 未報告: 1 },
    });
    expect(s.byDepartment.find((d) => d.department === '財政課')).toMatchObject({
      items: 2,
      byStatus: { 未報告: 1, 中止: 1 },
    });
  });

  it('writes the same figures to the 集計 sheet, as text where names are user text, with two charts', () => {
    const env = scenario();
    ok(env.scriptRun('refreshSummary', ['R4-H1']));
    const values = env.spreadsheet.values(SHEETS.summary);
    const statusHeader = values.findIndex((r) => r[0] === '柱' && r[1] === '未着手');
    expect(values[statusHeader]?.slice(0, 10)).toEqual([
      '柱',
      '未着手',
      '検討中',
      '実施中',
      '完了',
      '延期',
      '中止',
      '未報告',
      '合計',
      '平均進捗率(%)',
    ]);
    expect(values[statusHeader + 1]?.slice(0, 10)).toEqual([
      '1 スマート自治体への転換による市民サービスの向上',
      0,
      0,
      1,
      1,
      0,
      0,
      4,
      6,
      70,
    ]);
    expect(values[statusHeader + 5]?.slice(0, 9)).toEqual(['合計', 0, 0, 2, 1, 0, 1, 16, 20]);
    const savingsHeader = values.findIndex((r) => r[0] === '柱' && r[1] === '見込_歳出削減');
    expect(values[savingsHeader + 1]?.slice(1, 8)).toEqual([1000, 0, 1000, 300, 0, 300, 30]);
    const charts = env.spreadsheet.sheet(SHEETS.summary).charts;
    expect(charts.map((c) => c.options.title)).toEqual([
      '柱別の進捗状況',
      '柱別の効果額（見込・実績、千円）',
    ]);
    expect(charts[0]?.options.isStacked).toBe(true);
    // The pillar names and every status, 未報告 included.
    expect(charts[0]?.ranges[0]).toMatchObject({ row: statusHeader + 1, numRows: 5, numColumns: 8 });
    expect(env.spreadsheet.formulas()).toEqual([]);
  });

  it('rewrites the sheet in a number of calls that does not grow with the items', () => {
    const small = setUpEnvironment();
    const large = setUpEnvironment();
    growRegister(large, 1000);
    const calls = (env: Environment) => {
      ok(env.scriptRun('refreshSummary', [null]));
      env.calls.reset();
      ok(env.scriptRun('refreshSummary', [null]));
      return env.calls.snapshot().total;
    };
    expect(calls(large)).toBe(calls(small));
  });
});
