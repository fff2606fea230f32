// The yearly ledger against a worked example and against an independent calculator written here, straight from the
// definitions (a 継続 effect arises again in every later year, a 単年度 one once), on random plans of several years
// with both effect types, empty entries and negative amounts.
import fc from 'fast-check';
import {
  type ActualEntry,
  buildLedger,
  type EffectType,
  type LedgerItemInput,
  ledgerOf,
  type YearEntry,
} from '../../src/domain/ledger';
import type { Item } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

const entry = (cut: number | null, revenue: number | null, indicator: number | null = null): YearEntry => ({
  cut,
  revenue,
  indicator,
});
const actual = (
  cut: number | null,
  revenue: number | null,
  basis: ActualEntry['basis'] = 'settled',
  indicator: number | null = null,
) => ({ ...entry(cut, revenue, indicator), basis });

describe('ledger: a worked example', () => {
  // 令和4〜6年度; the round is in 令和5年度, so 令和6年度 has no actual yet.
  const period = { startFiscalYear: 2022, endFiscalYear: 2024 };
  const continuing: LedgerItemInput = {
    id: '1-1-01',
    pillarNo: 1,
    effectType: 'continuing',
    indicatorBaseline: 10,
    targets: { '2022': entry(100, 0, 20), '2023': entry(50, null, 30), '2024': entry(null, null, 40) },
    actuals: { '2022': actual(80, 0, 'settled', 20), '2023': { ...entry(60, null, 25), basis: 'estimate' } },
  };
  const single: LedgerItemInput = {
    id: '2-3-01',
    pillarNo: 2,
    effectType: 'single',
    indicatorBaseline: null,
    targets: { '2022': entry(null, 200), '2023': entry(-30, 0), '2024': entry(null, 200) },
    actuals: { '2022': actual(null, 150), '2023': actual(-40, null), '2024': actual(999, 999) },
  };
  const ledger = buildLedger(period, [1, 2], [continuing, single], 2023);
  const [c, s] = ledger.items as [(typeof ledger.items)[0], (typeof ledger.items)[0]];

  it('lets a continuing effect arise again every later year, and a single-year one once', () => {
    expect(c.years.map((y) => y.target.total)).toEqual([100, 150, 150]);
    expect(c.period.target.total).toBe(400);
    expect(s.years.map((y) => y.target.total)).toEqual([200, -30, 200]);
    expect(s.period.target).toEqual({ cut: -30, revenue: 400, total: 370 });
  });

  it('counts actuals up to the round’s year only, cumulatively, with rates', () => {
    expect(c.years.map((y) => y.actual?.total ?? null)).toEqual([80, 140, null]);
    expect(c.years.map((y) => y.cumulativeActual)).toEqual([80, 220, 220]);
    expect(c.years.map((y) => y.cumulativeTarget)).toEqual([100, 250, 400]);
    expect(c.years[1]?.achievementRate).toBeCloseTo((140 / 150) * 100);
    expect(c.period.achievementRate).toBeCloseTo((220 / 400) * 100);
    // A later year's report is not counted before its year.
    expect(s.years[2]?.actual).toBeNull();
    expect(s.years[1]?.actual).toEqual({ cut: -40, revenue: 0, total: -40 });
    expect(s.years[1]?.achievementRate).toBeCloseTo((-40 / -30) * 100);
  });

  it('marks a year 確定 only when everything in it is settled', () => {
    expect(c.years.map((y) => y.basis)).toEqual(['settled', 'estimate', null]);
    expect(ledger.total.years.map((y) => y.basis)).toEqual(['settled', 'estimate', null]);
    expect(ledger.byPillar[1]?.years.map((y) => y.basis)).toEqual(['settled', 'settled', null]);
  });

  it('rates the indicator from its baseline when it has one', () => {
    expect(c.indicator.map((y) => y.achievementRate)).toEqual([100, 75, null]);
    expect(c.indicator[1]).toMatchObject({ target: 30, actual: 25 });
  });

  it('sums by pillar and in total', () => {
    expect(ledger.byPillar.map((p) => p.period.target.total)).toEqual([400, 370]);
    expect(ledger.total.years.map((y) => y.target.total)).toEqual([300, 120, 350]);
    expect(ledger.total.years.map((y) => y.actual?.total ?? null)).toEqual([230, 100, null]);
    expect(ledger.total.period.actual?.total).toBe(330);
    expect(ledger.total.period.achievementRate).toBeCloseTo((330 / 770) * 100);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The independent calculator: loops over the raw entries, nothing from the add-on.

interface Plain {
  target: number[];
  targetCut: number[];
  actual: (number | null)[];
}

function independentItem(item: LedgerItemInput, years: number[], through: number): Plain {
  const amount = (e: YearEntry | undefined) => (e?.cut ?? 0) + (e?.revenue ?? 0);
  const given = (e: YearEntry | undefined) => e !== undefined && (e.cut !== null || e.revenue !== null);
  const target: number[] = [];
  const targetCut: number[] = [];
  const actualOut: (number | null)[] = [];
  for (let j = 0; j < years.length; j++) {
    const counted = item.effectType === 'continuing' ? years.slice(0, j + 1) : [years[j] as number];
    let t = 0;
    let tc = 0;
    let a = 0;
    let anyActual = false;
    for (const y of counted) {
      t += amount(item.targets[String(y)]);
      tc += item.targets[String(y)]?.cut ?? 0;
      if (y <= through && given(item.actuals[String(y)])) {
        a += amount(item.actuals[String(y)]);
        anyActual = true;
      }
    }
    target.push(t);
    targetCut.push(tc);
    actualOut.push((years[j] as number) <= through && anyActual ? a : null);
  }
  return { target, targetCut, actual: actualOut };
}

function independentSum(parts: Plain[], n: number) {
  const target = Array.from({ length: n }, (_, j) => parts.reduce((s, p) => s + (p.target[j] as number), 0));
  const actualOut = Array.from({ length: n }, (_, j) => {
    const given = parts.map((p) => p.actual[j]).filter((v): v is number => v !== null);
    return given.length ? given.reduce((s, v) => s + v, 0) : null;
  });
  const periodTarget = target.reduce((s, v) => s + v, 0);
  const actuals = actualOut.filter((v): v is number => v !== null);
  const periodActual = actuals.length ? actuals.reduce((s, v) => s + v, 0) : null;
  const rate = periodActual === null || periodTarget === 0 ? null : (periodActual / periodTarget) * 100;
  return { target, actual: actualOut, periodTarget, periodActual, rate };
}

const amountArb = fc.option(fc.integer({ min: -5000, max: 50000 }), { nil: null, freq: 4 });
const yearEntryArb = fc.record({ indicator: fc.constant(null), cut: amountArb, revenue: amountArb });

describe('ledger: against an independent calculation', () => {
  it('agrees per item, per pillar and in total on random plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2030 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: -1, max: 5 }),
        fc.array(
          fc.record({
            pillarNo: fc.integer({ min: 1, max: 3 }),
            effectType: fc.constantFrom<EffectType>('single', 'continuing'),
            targets: fc.array(fc.option(yearEntryArb, { nil: undefined }), { minLength: 5, maxLength: 5 }),
            actuals: fc.array(
              fc.option(
                fc.record({
                  indicator: fc.constant(null),
                  cut: amountArb,
                  revenue: amountArb,
                  basis: fc.constantFrom<ActualEntry['basis']>('estimate', 'settled'),
                }),
                { nil: undefined },
              ),
              { minLength: 5, maxLength: 5 },
            ),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (start, length, throughOffset, raw) => {
          const years = Array.from({ length }, (_, i) => start + i);
          const through = start + throughOffset;
          const byYear = <T>(list: (T | undefined)[]) =>
            Object.fromEntries(
              years.flatMap((y, i) => (list[i] === undefined ? [] : [[String(y), list[i] as T]])),
            );
          const items: LedgerItemInput[] = raw.map((r, i) => ({
            id: `1-1-${String(i + 1).padStart(2, '0')}`,
            pillarNo: r.pillarNo,
            effectType: r.effectType,
            indicatorBaseline: null,
            targets: byYear(r.targets),
            actuals: byYear(r.actuals),
          }));
          const ledger = buildLedger(
            { startFiscalYear: start, endFiscalYear: start + length - 1 },
            [1, 2, 3],
            items,
            through,
          );
          const plains = items.map((item) => independentItem(item, years, through));
          plains.forEach((plain, i) => {
            const got = ledger.items[i];
            expect(got?.years.map((y) => y.target.total)).toEqual(plain.target);
            expect(got?.years.map((y) => y.target.cut)).toEqual(plain.targetCut);
            expect(got?.years.map((y) => y.actual?.total ?? null)).toEqual(plain.actual);
          });
          const check = (figures: (typeof ledger)['total'], expected: ReturnType<typeof independentSum>) => {
            expect(figures.years.map((y) => y.target.total)).toEqual(expected.target);
            expect(figures.years.map((y) => y.actual?.total ?? null)).toEqual(expected.actual);
            expect(figures.period.target.total).toBe(expected.periodTarget);
            expect(figures.period.actual?.total ?? null).toBe(expected.periodActual);
            if (expected.rate === null) expect(figures.period.achievementRate).toBeNull();
            else expect(figures.period.achievementRate).toBeCloseTo(expected.rate, 9);
            let running = 0;
            figures.years.forEach((y, j) => {
              running += expected.target[j] as number;
              expect(y.cumulativeTarget).toBe(running);
            });
          };
          check(ledger.total, independentSum(plains, length));
          [1, 2, 3].forEach((pillarNo, p) => {
            const members = plains.filter((_, i) => items[i]?.pillarNo === pillarNo);
            check(ledger.byPillar[p] as (typeof ledger)['total'], independentSum(members, length));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Actuals from the record: the latest report for a 年度 in a round up to the one asked for, as of an instant.

describe('ledger of a round, from the history', () => {
  const rows = seedItems('2022-04-01T09:00:00+09:00', 'gyokaku@city.gyoda.example.jp');
  const plan: Item = {
    ...(rows[0] as Item),
    effectType: '継続',
    cutTargets: { '2022': 100, '2023': 100, '2024': null },
    revenueTargets: { '2022': null, '2023': null, '2024': null },
    indicatorTargets: { '2022': 5, '2023': 10, '2024': 15 },
  };
  const at = (day: string) => `2023-${day}T09:00:00+09:00`;
  const report = (roundId: string, day: string, cut: number, basis?: string) =>
    progressEntry(plan.id, roundId, {
      at: at(day),
      indicatorActual: cut / 10,
      savingsActual: { cut, revenue: null },
      ...(basis ? { actualBasis: basis } : {}),
    });
  const history = [
    report('R4-H1', '01-10', 30),
    report('R4-H2', '03-10', 90, '見込み'),
    report('R5-H1', '06-10', 40),
    // 令和4年度's accounts settled: corrected in a round of 令和4年度 after a 令和5年度 round was reported.
    report('R4-H2', '08-10', -20, '確定'),
  ];
  const cutActuals = (roundId: string, asOf?: string) =>
    ledgerOf(SEED_MASTER, [plan], history, roundId, asOf).items[0]?.years.map((y) => y.actual?.cut ?? null);

  it('takes each 年度 from its latest report up to the round, never a later year', () => {
    expect(cutActuals('R4-H1')).toEqual([30, null, null]);
    expect(cutActuals('R4-H2', at('04-01'))).toEqual([90, null, null]);
    // 継続: 令和4年度's −20 arises again in 令和5年度, with 令和5年度's own 40.
    expect(cutActuals('R5-H1')).toEqual([-20, 20, null]);
    expect(cutActuals('R5-H1', at('07-01'))).toEqual([90, 130, null]);
  });

  it('reads 見込み unless a report says 確定, and keeps a past meeting as it was', () => {
    const ledger = ledgerOf(SEED_MASTER, [plan], history, 'R5-H1');
    expect(ledger.items[0]?.years.map((y) => y.basis)).toEqual(['settled', 'estimate', null]);
    expect(ledgerOf(SEED_MASTER, [plan], history, 'R4-H2').items[0]?.years[0]?.basis).toBe('settled');
    expect(ledgerOf(SEED_MASTER, [plan], history, 'R4-H2', at('04-01')).items[0]?.years[0]?.basis).toBe(
      'estimate',
    );
    expect(ledger.items[0]?.indicator.map((y) => y.actual)).toEqual([-2, 4, null]);
  });

  it('has no actuals for a round the master does not know', () => {
    expect(cutActuals('R9-H1')).toEqual([null, null, null]);
  });
});
