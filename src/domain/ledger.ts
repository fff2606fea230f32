// The yearly ledger (年度別の計画と実績): per item, per 年度 of the plan period and for the whole period, the 効果額 target
// and actual (歳出削減 + 歳入確保, 千円), cumulative figures and achievement rates, by pillar and in total, and each
// item's indicator target against its actual per year.
//
// Definitions (the 集計 sheet, the sidebar and the meeting report use exactly these):
// - an item's entry for year Y (target or actual) is the effect that arises in Y. A 継続 effect arises again in every
//   later year of the period, so its year-Y effect is the sum of its entries up to Y; a 単年度 effect counts in Y only.
//   The period total is the sum of the year effects, so a continuing saving of 100 from the first of 3 years is 300;
// - actuals count only up to `throughYear` (the fiscal year of the round the ledger is for): later years have none;
// - an empty entry is 0 in sums; a year has no actual (null) when no entry up to it gives one; negative amounts
//   (an effect that costs) are summed as they are;
// - achievement rate = actual / target × 100 (null when the target is 0 or absent); cumulative rate likewise on the
//   running sums; the period's rate is the actual so far against the whole period's target;
// - a year's actual is 確定 when every entry it is made of is 確定, otherwise 見込み;
// - the indicator's rate is (actual − baseline) / (target − baseline) × 100 when a baseline is set (a target below
//   the baseline — a reduction — reads the same way), actual / target × 100 otherwise;
// - an item's actual for year Y as of round R is its latest progress report (as the history stood at the instant)
//   in a round of 年度 Y that is R or comes before R in the master's order: a later round's report never changes
//   what R's ledger said, and a correction of Y's figures in a later round of Y counts from that round on.
import { historyAsOf } from './as-of';
import { latestReportsIn } from './history';
import { ACTUAL_BASIS_LABELS, EFFECT_TYPE_LABELS } from './messages/ledger';
import { ratePercent } from './money';
import type { HistoryEntry, Item, Master } from './schemas';

export const EFFECT_TYPES = ['single', 'continuing'] as const;
export type EffectType = (typeof EFFECT_TYPES)[number];
export const ACTUAL_BASES = ['estimate', 'settled'] as const;
export type ActualBasis = (typeof ACTUAL_BASES)[number];

/** One year's entry of an item: indicator and 効果額 (千円) split into 歳出削減 (cut) and 歳入確保 (revenue). */
export interface YearEntry {
  indicator: number | null;
  cut: number | null;
  revenue: number | null;
}

export interface ActualEntry extends YearEntry {
  basis: ActualBasis;
}

/** What the ledger needs of one item: its plan (targets per fiscal year) and its actuals per fiscal year. */
export interface LedgerItemInput {
  id: string;
  pillarNo: number;
  effectType: EffectType;
  indicatorBaseline: number | null;
  /** By fiscal year as a string ("2022"). */
  targets: Readonly<Record<string, YearEntry>>;
  actuals: Readonly<Record<string, ActualEntry>>;
}

export interface Effect {
  cut: number;
  revenue: number;
  total: number;
}

export interface LedgerYear {
  fiscalYear: number;
  target: Effect;
  /** null: no actual for the year (not reached yet, or nothing reported). */
  actual: Effect | null;
  cumulativeTarget: number;
  cumulativeActual: number | null;
  achievementRate: number | null;
  cumulativeRate: number | null;
  /** null when there is no actual. */
  basis: ActualBasis | null;
}

export interface LedgerFigures {
  years: LedgerYear[];
  period: { target: Effect; actual: Effect | null; achievementRate: number | null };
}

export interface IndicatorYear {
  fiscalYear: number;
  target: number | null;
  actual: number | null;
  achievementRate: number | null;
}

export interface ItemLedger extends LedgerFigures {
  id: string;
  pillarNo: number;
  effectType: EffectType;
  indicator: IndicatorYear[];
}

export interface Ledger {
  fiscalYears: number[];
  throughYear: number;
  items: ItemLedger[];
  byPillar: (LedgerFigures & { pillarNo: number })[];
  total: LedgerFigures;
}

const ZERO: Effect = { cut: 0, revenue: 0, total: 0 };
const effect = (cut: number, revenue: number): Effect => ({ cut, revenue, total: cut + revenue });
const plus = (a: Effect, b: Effect): Effect => effect(a.cut + b.cut, a.revenue + b.revenue);
const plusOrNull = (a: Effect | null, b: Effect | null): Effect | null =>
  a === null ? b : b === null ? a : plus(a, b);
const entryEffect = (e: YearEntry | undefined): Effect => effect(e?.cut ?? 0, e?.revenue ?? 0);
const hasAmount = (e: YearEntry | undefined): e is YearEntry =>
  e !== undefined && (e.cut !== null || e.revenue !== null);
const bothBases = (a: ActualBasis | null, b: ActualBasis | null): ActualBasis | null =>
  a === null ? b : b === null ? a : a === 'settled' && b === 'settled' ? 'settled' : 'estimate';

/** The fiscal years of a period, inclusive. */
export function fiscalYearsOf(period: { startFiscalYear: number; endFiscalYear: number }): number[] {
  const years: number[] = [];
  for (let fy = period.startFiscalYear; fy <= period.endFiscalYear; fy++) years.push(fy);
  return years;
}

/** Running sums and rates of per-year targets and actuals. */
function withRunningFigures(
  rows: { fiscalYear: number; target: Effect; actual: Effect | null; basis: ActualBasis | null }[],
): LedgerFigures {
  let cumulativeTarget = 0;
  let cumulativeActual: number | null = null;
  let periodTarget = ZERO;
  let periodActual: Effect | null = null;
  const years = rows.map((row) => {
    cumulativeTarget += row.target.total;
    if (row.actual) cumulativeActual = (cumulativeActual ?? 0) + row.actual.total;
    periodTarget = plus(periodTarget, row.target);
    periodActual = plusOrNull(periodActual, row.actual);
    return {
      ...row,
      cumulativeTarget,
      cumulativeActual,
      achievementRate: ratePercent(row.actual?.total, row.target.total),
      cumulativeRate: ratePercent(cumulativeActual, cumulativeTarget),
    };
  });
  const actual = periodActual as Effect | null;
  return {
    years,
    period: { target: periodTarget, actual, achievementRate: ratePercent(actual?.total, periodTarget.total) },
  };
}

function indicatorRate(actual: number | null, target: number | null, baseline: number | null): number | null {
  if (actual === null || target === null) return null;
  return baseline === null ? ratePercent(actual, target) : ratePercent(actual - baseline, target - baseline);
}

function itemLedger(item: LedgerItemInput, fiscalYears: number[], throughYear: number): ItemLedger {
  const continuing = item.effectType === 'continuing';
  let carriedTarget = ZERO;
  let carriedActual: Effect | null = null;
  let carriedBasis: ActualBasis | null = null;
  const rows = fiscalYears.map((fiscalYear) => {
    const target = item.targets[String(fiscalYear)];
    const actual = fiscalYear <= throughYear ? item.actuals[String(fiscalYear)] : undefined;
    const ownActual = hasAmount(actual) ? entryEffect(actual) : null;
    const ownBasis = hasAmount(actual) ? actual.basis : null;
    if (!continuing) return { fiscalYear, target: entryEffect(target), actual: ownActual, basis: ownBasis };
    carriedTarget = plus(carriedTarget, entryEffect(target));
    if (fiscalYear > throughYear) return { fiscalYear, target: carriedTarget, actual: null, basis: null };
    carriedActual = plusOrNull(carriedActual, ownActual);
    carriedBasis = bothBases(carriedBasis, ownBasis);
    return { fiscalYear, target: carriedTarget, actual: carriedActual, basis: carriedBasis };
  });
  return {
    id: item.id,
    pillarNo: item.pillarNo,
    effectType: item.effectType,
    ...withRunningFigures(rows),
    indicator: fiscalYears.map((fiscalYear) => {
      const target = item.targets[String(fiscalYear)]?.indicator ?? null;
      const actual = fiscalYear <= throughYear ? (item.actuals[String(fiscalYear)]?.indicator ?? null) : null;
      return {
        fiscalYear,
        target,
        actual,
        achievementRate: indicatorRate(actual, target, item.indicatorBaseline),
      };
    }),
  };
}

/** The sum of several items' ledgers, year by year. */
function sumOf(ledgers: readonly ItemLedger[], fiscalYears: number[]): LedgerFigures {
  return withRunningFigures(
    fiscalYears.map((fiscalYear, i) => {
      let target = ZERO;
      let actual: Effect | null = null;
      let basis: ActualBasis | null = null;
      for (const ledger of ledgers) {
        const year = ledger.years[i] as LedgerYear;
        target = plus(target, year.target);
        actual = plusOrNull(actual, year.actual);
        basis = bothBases(basis, year.basis);
      }
      return { fiscalYear, target, actual, basis };
    }),
  );
}

/** The ledger of a plan period, with actuals up to `throughYear`, by item, by pillar (in `pillarNos` order) and in total. */
export function buildLedger(
  period: { startFiscalYear: number; endFiscalYear: number },
  pillarNos: readonly number[],
  items: readonly LedgerItemInput[],
  throughYear: number,
): Ledger {
  const fiscalYears = fiscalYearsOf(period);
  const ledgers = items.map((item) => itemLedger(item, fiscalYears, throughYear));
  return {
    fiscalYears,
    throughYear,
    items: ledgers,
    byPillar: pillarNos.map((pillarNo) => ({
      pillarNo,
      ...sumOf(
        ledgers.filter((l) => l.pillarNo === pillarNo),
        fiscalYears,
      ),
    })),
    total: sumOf(ledgers, fiscalYears),
  };
}

/** The ledger by pillar and in total, without the per-item rows: what 集計 keeps (its size does not grow with items). */
export type LedgerTotals = Omit<Ledger, 'items'>;

export const totalsOf = ({ items: _items, ...totals }: Ledger): LedgerTotals => totals;

/** The 効果区分 as the ledger reads a cell: 継続, or 単年度 for anything else (never counting an effect twice). */
const effectTypeOf = (cell: string): EffectType =>
  cell === EFFECT_TYPE_LABELS.continuing ? 'continuing' : 'single';
/** A report's 実績の区分: 確定 only when it says so. */
const basisOf = (cell: string | undefined): ActualBasis =>
  cell === ACTUAL_BASIS_LABELS.settled ? 'settled' : 'estimate';

/**
 * Each item's actuals by fiscal year as of round `roundId` (see the definitions above): each round's accepted report
 * (history.ts latestReportsIn: a returned report does not count, a reviewed one does), later rounds of a year over
 * earlier ones.
 */
function actualsAsOf(
  master: Master,
  history: readonly HistoryEntry[],
  roundId: string,
): Map<string, Record<string, ActualEntry>> {
  const limit = master.rounds.findIndex((r) => r.id === roundId);
  const actuals = new Map<string, Record<string, ActualEntry>>();
  for (const round of master.rounds.slice(0, limit + 1)) {
    const year = String(round.fiscalYear);
    for (const [itemId, report] of latestReportsIn(history, round.id)) {
      const byYear = actuals.get(itemId) ?? {};
      byYear[year] = {
        indicator: report.indicatorActual,
        cut: report.savingsActual.cut,
        revenue: report.savingsActual.revenue,
        basis: basisOf(report.actualBasis),
      };
      actuals.set(itemId, byYear);
    }
  }
  return actuals;
}

/** What the ledger reads of an item's plan: its 効果区分 and yearly targets. */
function inputOf(item: Item, actuals: Record<string, ActualEntry>): LedgerItemInput {
  const targets: Record<string, YearEntry> = {};
  const years = new Set([
    ...Object.keys(item.indicatorTargets),
    ...Object.keys(item.cutTargets),
    ...Object.keys(item.revenueTargets),
  ]);
  for (const year of years)
    targets[year] = {
      indicator: item.indicatorTargets[year] ?? null,
      cut: item.cutTargets[year] ?? null,
      revenue: item.revenueTargets[year] ?? null,
    };
  return {
    id: item.id,
    pillarNo: item.pillarNo,
    effectType: effectTypeOf(item.effectType),
    indicatorBaseline: item.indicator.baseline,
    targets,
    actuals,
  };
}

/**
 * The ledger of round `roundId` from the record: the plan of `items` (the caller's — the rows, or the plan as of the
 * meeting), actuals from the history as it stood at `asOf` (now when not given), through the round's 年度. A round
 * the master does not know has no actuals.
 */
export function ledgerOf(
  master: Master,
  items: readonly Item[],
  fullHistory: readonly HistoryEntry[],
  roundId: string,
  asOf?: string,
): Ledger {
  const round = master.rounds.find((r) => r.id === roundId);
  const throughYear = round ? round.fiscalYear : master.period.startFiscalYear - 1;
  const actuals = actualsAsOf(master, historyAsOf(fullHistory, asOf), roundId);
  return buildLedger(
    master.period,
    master.pillars.map((p) => p.no),
    items.map((item) => inputOf(item, actuals.get(item.id) ?? {})),
    throughYear,
  );
}
