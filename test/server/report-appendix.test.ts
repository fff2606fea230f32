// The meeting report's landscape appendix through the built bundle: each item's plan against actual per 年度 (the
// indicator's target and actual, the 効果額 target and actual as of the round, △ for a negative), on a plan of three
// 年度 with a 継続 and a 単年度 effect, checked against the figures worked out here from the plan and the reports.
import { ok, setUpEnvironment } from '../../harness/register';
import { runReport } from '../../harness/report';
import type { ReportResult } from '../../src/domain/api';
import { REPORT } from '../../src/domain/messages';
import { LEDGER } from '../../src/domain/messages/ledger';
import type { Item } from '../../src/domain/schemas';
import { bodyView, tableAfter } from '../support/document-view';
import { item, progress } from '../support/items';

type Env = ReturnType<typeof setUpEnvironment>;
const YEARS = ['2022', '2023', '2024'] as const;
const WAREKI = { '2022': '令和4年度', '2023': '令和5年度', '2024': '令和6年度' } as const;

function plan(env: Env, id: string, fields: Partial<Item>) {
  const current = item(env, id);
  ok(env.scriptRun('saveItem', [{ ...current, baseRevision: current.revision, ...fields }]));
}

interface Case {
  id: string;
  continuing: boolean;
  indicatorTargets: Partial<Record<(typeof YEARS)[number], number>>;
  effectTargets: Partial<Record<(typeof YEARS)[number], number>>;
  /** What the round of each 年度 reported, as of the report's round (R5-H1): nothing of 令和6年度 yet. */
  actuals: Partial<Record<(typeof YEARS)[number], { indicator: number; effect: number; settled: boolean }>>;
}

/** The appendix rows of one item, from the definitions: a 継続 effect's year figure is the sum of its entries so far. */
function expectedRows(c: Case, title: string): string[][] {
  const yen = (n: number) => (n < 0 ? `△${Math.abs(n).toLocaleString('en')}` : n.toLocaleString('en'));
  let target = 0;
  let actual: number | null = null;
  let settled = true;
  return YEARS.map((year, i) => {
    const own = c.actuals[year];
    target = c.continuing ? target + (c.effectTargets[year] ?? 0) : (c.effectTargets[year] ?? 0);
    if (c.continuing) {
      if (own) actual = (actual ?? 0) + own.effect;
      if (own) settled &&= own.settled;
    } else {
      actual = own ? own.effect : null;
      settled = own?.settled ?? true;
    }
    const shownActual = year === '2024' ? null : actual;
    const rate = shownActual === null || target === 0 ? '—' : `${((shownActual / target) * 100).toFixed(1)}%`;
    const basis = shownActual === null ? '' : settled ? '確定' : '見込み';
    return [
      i === 0 ? c.id : '',
      i === 0 ? title : '',
      i === 0 ? (c.continuing ? '継続' : '単年度') : '',
      WAREKI[year],
      c.indicatorTargets[year] === undefined ? '—' : String(c.indicatorTargets[year]),
      own ? String(own.indicator) : '—',
      yen(target),
      shownActual === null ? '—' : yen(shownActual),
      rate,
      basis,
    ];
  });
}

const CASES: Case[] = [
  {
    id: '1-1-01',
    continuing: true,
    indicatorTargets: { '2022': 10, '2023': 20, '2024': 30 },
    effectTargets: { '2022': 100, '2023': 50 },
    actuals: {
      '2022': { indicator: 8, effect: 80, settled: true },
      '2023': { indicator: 15, effect: 60, settled: false },
    },
  },
  {
    id: '1-1-02',
    continuing: false,
    indicatorTargets: { '2023': 3 },
    effectTargets: { '2023': -30, '2024': 1200 },
    actuals: { '2023': { indicator: 2, effect: -1040, settled: true } },
  },
];

const ROUND_OF = { '2022': 'R4-H1', '2023': 'R5-H1' } as const;

function scenario(): { env: Env; titles: Map<string, string> } {
  const env = setUpEnvironment();
  const titles = new Map<string, string>();
  for (const c of CASES) {
    const own = (targets: Case['effectTargets']) =>
      Object.fromEntries(YEARS.map((y) => [y, targets[y] ?? null]));
    plan(env, c.id, {
      effectType: c.continuing ? '継続' : '単年度',
      indicatorTargets: own(c.indicatorTargets),
      // 1-1-01's effect is a 歳出削減, 1-1-02's a 歳入確保: both kinds reach the appendix's 効果額.
      ...(c.continuing ? { cutTargets: own(c.effectTargets) } : { revenueTargets: own(c.effectTargets) }),
    });
    titles.set(c.id, item(env, c.id).title);
  }
  for (const c of CASES)
    for (const year of ['2022', '2023'] as const) {
      const a = c.actuals[year];
      if (!a) continue;
      const savingsActual = c.continuing
        ? { cut: a.effect, revenue: null }
        : { cut: null, revenue: a.effect };
      ok(
        env.scriptRun('recordProgress', [
          progress(env, c.id, {
            roundId: ROUND_OF[year],
            indicatorActual: a.indicator,
            savingsActual,
            actualBasis: a.settled ? '確定' : '見込み',
          }),
        ]),
      );
    }
  // A report of 令和6年度 after the round must not reach the round's appendix.
  ok(
    env.scriptRun('recordProgress', [
      progress(env, '1-1-02', {
        roundId: 'R6-H1',
        indicatorActual: 9,
        savingsActual: { cut: null, revenue: 999 },
      }),
    ]),
  );
  return { env, titles };
}

describe('the report appendix: yearly plan against actual', () => {
  it('lists each item per 年度 with its targets and the actuals as of the round, △ for negatives, in landscape', () => {
    const { env, titles } = scenario();
    const result = ok<ReportResult>(runReport(env, { roundId: 'R5-H1' }));
    const doc = env.documents.dump(result.documentId);
    const rows = tableAfter(doc, REPORT.appendixYearsHeading);
    expect(rows[0]).toEqual([...REPORT.appendixYearsHeader]);
    for (const c of CASES) {
      const start = rows.findIndex((r) => r[0] === c.id);
      expect(rows.slice(start, start + 3)).toEqual(expectedRows(c, titles.get(c.id) ?? ''));
    }
    // Every item once, three 年度 each.
    expect(rows.filter((r) => /^\d+-\d+-\d+$/.test(r[0] ?? ''))).toHaveLength(20);
    expect(rows).toHaveLength(1 + 20 * 3);

    // The table follows the appendix's heading, after the landscape section break.
    const body = bodyView(doc);
    const at = (text: string) => body.findIndex((e) => 'text' in e && e.text === text);
    expect(at(REPORT.appendixYearsHeading)).toBeGreaterThan(at(REPORT.sections.appendix));

    // The rows add up to the 効果額 section's 年度別 totals: one ledger behind both.
    const amount = (text: string) => (text === '—' ? 0 : Number(text.replace('△', '-').replace(/,/g, '')));
    const ledgerRows = tableAfter(doc, LEDGER.yearsBlock).slice(1, 4);
    ledgerRows.forEach((ledgerRow, i) => {
      const yearRows = rows.slice(1).filter((r, k) => k % 3 === i && r[3] === ledgerRow[0]);
      expect(yearRows).toHaveLength(20);
      expect(yearRows.reduce((sum, r) => sum + amount(r[6] ?? ''), 0)).toBe(amount(ledgerRow[1] ?? ''));
      expect(yearRows.reduce((sum, r) => sum + amount(r[7] ?? ''), 0)).toBe(amount(ledgerRow[2] ?? ''));
    });
  });
});
