// The 集計 sheet against an independent calculation: random progress reports (fast-check) go through the built
// bundle, then the figures written to the sheet are compared with a count made here, host-side, from the register
// and history cells alone (no code of the add-on is used to compute the expected figures). A round's figures are
// its record: each item's latest 進捗報告 row of the round, 未報告 without one; plans come from the register.
import fc from 'fast-check';
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import type { ItemDetail } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';

const STATUSES = ['未着手', '検討中', '実施中', '完了', '延期', '中止'];
const UNREPORTED = '未報告';
const GRADES = ['A', 'B', 'C', 'D'];
const PILLARS = [1, 2, 3, 4];
const ROUNDS = ['R4-H1', 'R4-H2'];
const SEED_IDS = [
  '1-1-01',
  '1-1-02',
  '1-1-03',
  '1-2-01',
  '1-2-02',
  '1-2-03',
  '2-3-01',
  '2-3-02',
  '2-4-01',
  '2-4-02',
  '3-5-01',
  '3-5-02',
  '3-6-01',
  '3-6-02',
  '3-6-03',
  '4-7-01',
  '4-7-02',
  '4-7-03',
  '4-8-01',
  '4-8-02',
];

type Cell = string | number | boolean | Date;

/** Cells of a sheet as records keyed by its header row. */
function records(env: Environment, sheet: string): Record<string, Cell>[] {
  const [header, ...rows] = env.spreadsheet.values(sheet);
  return rows.map((row) => Object.fromEntries((header ?? []).map((h, i) => [String(h), row[i] as Cell])));
}

const num = (v: Cell | undefined): number => (typeof v === 'number' ? v : 0);

interface Expected {
  status: Cell[][];
  grade: Cell[][];
  savings: Cell[][];
  coverage: Cell[][];
}

/** The figures of the status, grade, savings and coverage blocks, counted from the cells. */
function independentCount(env: Environment, roundId: string): Expected {
  const reports = records(env, SHEETS.history).filter((h) => h.種別 === '進捗報告');
  const latest = new Map<string, Record<string, Cell>>();
  for (const h of reports) if (h.報告回 === roundId) latest.set(String(h.取組ID), h);
  // Each register row seen as the round's record shows it: the latest report's fields, or 未報告 and nothing.
  const items = records(env, SHEETS.register)
    .filter((r) => r.取組ID !== '')
    .map((r) => {
      const h = latest.get(String(r.取組ID));
      return {
        ...r,
        進捗状況: h ? h.進捗状況 : UNREPORTED,
        '進捗率(%)': h ? h['進捗率(%)'] : '',
        '効果額実績_歳出削減(千円)': h ? h['効果額実績_歳出削減(千円)'] : '',
        '効果額実績_歳入確保(千円)': h ? h['効果額実績_歳入確保(千円)'] : '',
        評価: h ? h.評価 : '',
      } as Record<string, Cell>;
    });
  const row = (label: string, group: Record<string, Cell>[]) => {
    const progressed = group.filter((i) => typeof i['進捗率(%)'] === 'number');
    const average = progressed.length
      ? progressed.reduce((s, i) => s + num(i['進捗率(%)']), 0) / progressed.length
      : '';
    const planCut = group.reduce((s, i) => s + num(i['効果額見込_歳出削減(千円)']), 0);
    const planRevenue = group.reduce((s, i) => s + num(i['効果額見込_歳入確保(千円)']), 0);
    const actualCut = group.reduce((s, i) => s + num(i['効果額実績_歳出削減(千円)']), 0);
    const actualRevenue = group.reduce((s, i) => s + num(i['効果額実績_歳入確保(千円)']), 0);
    const plan = planCut + planRevenue;
    const actual = actualCut + actualRevenue;
    const grades = GRADES.map((g) => group.filter((i) => i.評価 === g).length);
    return {
      status: [
        label,
        ...[...STATUSES, UNREPORTED].map((s) => group.filter((i) => i.進捗状況 === s).length),
        group.length,
        average,
      ],
      grade: [label, ...grades, group.length - grades.reduce((a, b) => a + b, 0), group.length],
      savings: [
        label,
        planCut,
        planRevenue,
        plan,
        actualCut,
        actualRevenue,
        actual,
        plan > 0 ? (actual / plan) * 100 : '',
      ],
    };
  };
  // The master's pillar list: columns D (柱番号) and E (柱名).
  const pillarName = new Map(
    env.spreadsheet
      .values(SHEETS.master)
      .slice(1)
      .filter((r) => typeof r[3] === 'number')
      .map((r) => [r[3], r[4]]),
  );
  const rows = [
    ...PILLARS.map((p) =>
      row(
        `${p} ${pillarName.get(p) ?? ''}`,
        items.filter((i) => i.柱 === p),
      ),
    ),
    row('合計', items),
  ];
  // Not due: reported 中止 in the round; or, unreported, 中止 in its latest report of an earlier round (its row's
  // status if it never reported at all).
  const statusBefore = (id: string, rowStatus: Cell) => {
    const own = reports.filter((h) => String(h.取組ID) === id);
    if (!own.length) return rowStatus;
    const earlier = own.filter((h) => ROUNDS.indexOf(String(h.報告回)) < ROUNDS.indexOf(roundId));
    return earlier.at(-1)?.進捗状況 ?? '';
  };
  const rowStatus = new Map(records(env, SHEETS.register).map((r) => [String(r.取組ID), r.進捗状況 as Cell]));
  const due = items.filter((i) => {
    const id = String(i.取組ID);
    const status = latest.has(id) ? i.進捗状況 : statusBefore(id, rowStatus.get(id) ?? '');
    return status !== '中止';
  });
  const missing = new Map<string, string[]>();
  for (const i of due.filter((i) => !latest.has(String(i.取組ID)))) {
    const department = String(i.担当課);
    missing.set(department, [...(missing.get(department) ?? []), String(i.取組ID)]);
  }
  const reported = due.length - [...missing.values()].flat().length;
  return {
    status: rows.map((r) => r.status),
    grade: rows.map((r) => r.grade),
    savings: rows.map((r) => r.savings),
    coverage: [
      ...[...missing].map(([d, ids]) => [d, ids.join('、')]),
      [
        `報告済 ${reported} / 対象 ${due.length}`,
        due.length ? `報告率 ${((reported / due.length) * 100).toFixed(1)}%` : '',
      ],
    ],
  };
}

/** The data and total rows under the header row whose first cells are `first` and `second`. */
function block(values: Cell[][], first: string, second: string, rows: number, width: number): Cell[][] {
  const header = values.findIndex((r) => r[0] === first && r[1] === second);
  if (header < 0) throw new Error(`no block ${first}/${second}`);
  return values.slice(header + 1, header + 1 + rows).map((r) => r.slice(0, width));
}

const report = fc.record({
  // Half the reports go to three items, so items are often reported more than once in a round.
  itemId: fc.oneof(fc.constantFrom(...SEED_IDS.slice(0, 3)), fc.constantFrom(...SEED_IDS)),
  roundId: fc.constantFrom(...ROUNDS),
  status: fc.constantFrom(...STATUSES),
  progress: fc.integer({ min: 0, max: 100 }),
  grade: fc.constantFrom(...GRADES),
  cut: fc.option(fc.integer({ min: 0, max: 50_000 })),
  revenue: fc.option(fc.integer({ min: 0, max: 50_000 })),
});

describe('集計 sheet against an independent count', () => {
  it('agrees exactly with the register and the history read host-side, after random reports', () => {
    fc.assert(
      fc.property(
        fc.array(report, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 2, max: 21 }), fc.integer({ min: 0, max: 9_000 })), {
          maxLength: 6,
        }),
        fc.constantFrom(...ROUNDS),
        (reports, plans, roundId) => {
          const env = setUpEnvironment();
          const planColumn =
            (env.spreadsheet.values(SHEETS.register)[0] as string[]).indexOf('効果額見込_歳出削減(千円)') + 1;
          for (const [row, plan] of plans) env.spreadsheet.edit(SHEETS.register, row, planColumn, [[plan]]);
          // The plan office adopts the typed plans: until then they are hand edits, counted nowhere.
          ok(env.scriptRun('adoptHandEdits', [null]));
          reports.forEach((r, n) => {
            const revision = ok<ItemDetail>(env.scriptRun('getItem', [r.itemId, null])).item.revision;
            const progress = r.status === '完了' ? 100 : r.status === '未着手' ? 0 : r.progress;
            const input = progressReport(r.itemId, `req-random-${n}`, revision, {
              roundId: r.roundId,
              status: r.status,
              progress,
              grade: r.grade,
              savingsActual: { cut: r.cut, revenue: r.revenue },
              issues: '人員不足',
              nextSteps: '体制の見直し',
            });
            ok(env.scriptRun('recordProgress', [input]));
          });
          ok(env.scriptRun('refreshSummary', [roundId]));
          const sheet = env.spreadsheet.values(SHEETS.summary);
          const expected = independentCount(env, roundId);
          expect(block(sheet, '柱', '未着手', 5, 10)).toEqual(expected.status);
          expect(block(sheet, '柱', 'A', 5, 7)).toEqual(expected.grade);
          expect(block(sheet, '柱', '見込_歳出削減', 5, 8)).toEqual(expected.savings);
          expect(block(sheet, '担当課', '未報告の取組ID', expected.coverage.length, 2)).toEqual(
            expected.coverage,
          );
        },
      ),
      { numRuns: 10 },
    );
  });
});
