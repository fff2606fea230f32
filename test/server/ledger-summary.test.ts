// The yearly ledger in 集計 through the built bundle: yearly targets saved on two items (継続 and 単年度, a negative
// one), actuals reported in rounds of two 年度, then the 集計 sheet's 年度別 block shows target, actual, cumulative
// figures and rates per 年度 and for the period, worked out here by hand from the definitions.
import { ok, setUpEnvironment } from '../../harness/register';
import type { Summary } from '../../src/domain/api';
import type { Item } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { item, progress } from '../support/items';

type Env = ReturnType<typeof setUpEnvironment>;

function plan(env: Env, id: string, fields: Partial<Item>) {
  const current = item(env, id);
  ok(env.scriptRun('saveItem', [{ ...current, baseRevision: current.revision, ...fields }]));
}

/** The rows of the block titled `title` in the 集計 sheet: its header row, then its data and total rows. */
function block(env: Env, title: string): unknown[][] {
  const values = env.spreadsheet.values(SHEETS.summary);
  const start = values.findIndex((row) => row[0] === title);
  const end = values.findIndex((row, i) => i > start && row.every((cell) => cell === ''));
  return values
    .slice(start + 1, end)
    .map((row) => row.filter((_, i) => i < (values[start + 1]?.filter((c) => c !== '').length ?? 0)));
}

it('集計 shows the ledger by 年度: a continuing effect again in later years, a single-year one once', () => {
  const env = setUpEnvironment();
  plan(env, '1-1-01', { effectType: '継続', cutTargets: { '2022': 100, '2023': 50, '2024': null } });
  plan(env, '1-1-02', { effectType: '単年度', revenueTargets: { '2022': null, '2023': -30, '2024': 200 } });
  ok(
    env.scriptRun('recordProgress', [progress(env, '1-1-01', { savingsActual: { cut: 80, revenue: null } })]),
  );
  ok(
    env.scriptRun('recordProgress', [
      progress(env, '1-1-01', { roundId: 'R5-H1', savingsActual: { cut: 60, revenue: null } }),
    ]),
  );
  ok(
    env.scriptRun('recordProgress', [
      progress(env, '1-1-02', {
        roundId: 'R5-H1',
        savingsActual: { cut: null, revenue: -40 },
        actualBasis: '確定',
      }),
    ]),
  );
  const summary = ok<Summary>(env.scriptRun('refreshSummary', ['R5-H1']));
  expect(summary.ledger?.total.period.target.total).toBe(570);

  const rows = block(env, '年度別の効果額（千円）');
  expect(rows[0]).toEqual([
    '年度',
    '目標',
    '実績',
    '累計目標',
    '累計実績',
    '達成率(%)',
    '累計達成率(%)',
    '区分',
  ]);
  // 1-1-01 継続: targets 100, 150, 150; actuals 80, 80 + 60. 1-1-02 単年度: targets 0, −30, 200; actual −40 in 令和5年度.
  expect(rows.slice(1, 4).map((r) => r.slice(0, 5))).toEqual([
    ['令和4年度', 100, 80, 100, 80],
    ['令和5年度', 120, 100, 220, 180],
    ['令和6年度', 350, '', 570, 180],
  ]);
  expect(rows[1]?.[5]).toBeCloseTo(80);
  expect(rows[2]?.[5]).toBeCloseTo((100 / 120) * 100);
  expect(rows[2]?.[7]).toBe('見込み');
  expect(rows[4]?.slice(0, 3)).toEqual(['計画期間計', 570, 180]);
  expect(rows[4]?.[5]).toBeCloseTo((180 / 570) * 100);

  // As of 令和4年度's round, nothing of 令和5年度 counts.
  ok(env.scriptRun('refreshSummary', ['R4-H1']));
  expect(
    block(env, '年度別の効果額（千円）')
      .slice(1, 4)
      .map((r) => r[2]),
  ).toEqual([80, '', '']);
});

it('集計 shows a negative ledger figure with △ and no minus sign, as a person reads the sheet', () => {
  const env = setUpEnvironment();
  plan(env, '1-1-02', { effectType: '単年度', revenueTargets: { '2022': null, '2023': -30, '2024': null } });
  ok(
    env.scriptRun('recordProgress', [
      progress(env, '1-1-02', {
        roundId: 'R5-H1',
        savingsActual: { cut: null, revenue: -1040 },
        actualBasis: '確定',
      }),
    ]),
  );
  ok(env.scriptRun('refreshSummary', ['R5-H1']));
  const values = env.spreadsheet.values(SHEETS.summary);
  const shown = env.spreadsheet.displayValues(SHEETS.summary);
  const start = values.findIndex((row) => row[0] === '年度別の効果額（千円）');
  const year = values.findIndex((row, i) => i > start && row[0] === '令和5年度');
  // The cells hold the negative numbers; what is displayed is △ before the amount.
  expect(values[year]?.slice(1, 5)).toEqual([-30, -1040, -30, -1040]);
  expect(shown[year]?.slice(0, 5)).toEqual(['令和5年度', '△30', '△1,040', '△30', '△1,040']);
  expect(shown.flat().filter((cell) => /^-\d/.test(cell))).toEqual([]);
});
