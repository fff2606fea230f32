// Words of the yearly ledger (年度別の目標と実績): the register's per-year target columns, the effect types, the
// 見込み/確定 of an actual, and the ledger's tables in the 集計 sheet, the sidebars and the meeting report.
import { warekiFiscalYear } from '../fiscal-year';

/** The 効果区分 a cell holds: a 継続 effect arises again every later year of the period, a 単年度 one once. */
export const EFFECT_TYPE_LABELS = { single: '単年度', continuing: '継続' } as const;
/** Whether a year's actual is an estimate (見込み) or settled by the closed accounts (確定, months after the year). */
export const ACTUAL_BASIS_LABELS = { estimate: '見込み', settled: '確定' } as const;

export const LEDGER = {
  effectTypeHeader: '効果区分',
  actualBasisHeader: '実績の区分',
  indicatorTargetHeader: (fy: number) => `${warekiFiscalYear(fy)}目標値`,
  cutTargetHeader: (fy: number) => `${warekiFiscalYear(fy)}効果額目標_歳出削減(千円)`,
  revenueTargetHeader: (fy: number) => `${warekiFiscalYear(fy)}効果額目標_歳入確保(千円)`,
  /** Labels of the per-year fields in form messages, by the field group. */
  yearlyLabel: {
    indicatorTargets: (fy: number) => `${warekiFiscalYear(fy)}の目標値`,
    cutTargets: (fy: number) => `${warekiFiscalYear(fy)}の効果額目標（歳出削減）`,
    revenueTargets: (fy: number) => `${warekiFiscalYear(fy)}の効果額目標（歳入確保）`,
  },
  groupLabel: {
    indicatorTargets: '年度別の目標値',
    cutTargets: '年度別の効果額目標（歳出削減）',
    revenueTargets: '年度別の効果額目標（歳入確保）',
    effectType: '効果区分',
    actualBasis: '実績の区分',
  },
  /** Item sidebar: the yearly targets. */
  targetsHeading: '年度別の目標',
  targetsHint: '効果額は、その年度に新たに生じる額を入力します。継続の効果は以後の年度にも毎年計上されます。',
  indicatorTargetCaption: '目標値',
  cutCaption: '効果額 歳出削減',
  revenueCaption: '効果額 歳入確保',
  /** Progress sidebar: the actuals are the round's 年度. */
  actualsHeading: (fy: number) => `${warekiFiscalYear(fy)}の効果額実績（千円）`,
  actualsHint:
    'その年度に新たに生じた額を入力します（マイナスは △ または - を付けて）。決算前は「見込み」、決算後は「確定」。',
  /** 集計 sheet and sidebar. */
  yearsBlock: '年度別の効果額（千円）',
  pillarsBlock: '柱別の効果額 計画期間計（千円）',
  fiscalYear: '年度',
  target: '目標',
  actual: '実績',
  cumulativeTarget: '累計目標',
  cumulativeActual: '累計実績',
  achievementRate: '達成率(%)',
  cumulativeRate: '累計達成率(%)',
  basis: '区分',
  periodTotal: '計画期間計',
  pillarHeaders: [
    '目標_歳出削減',
    '目標_歳入確保',
    '目標_計',
    '実績_歳出削減',
    '実績_歳入確保',
    '実績_計',
    '達成率(%)',
  ],
  basisLabel: (basis: 'estimate' | 'settled' | null) => (basis === null ? '' : ACTUAL_BASIS_LABELS[basis]),
  yearsOutsidePeriod: (field: string, years: string[], period: string) =>
    `${field}: 計画期間（${period}）外の年度が含まれています: ${years.join('、')}`,
  unknownEffectType: `効果区分: 「${EFFECT_TYPE_LABELS.single}」か「${EFFECT_TYPE_LABELS.continuing}」を選んでください`,
} as const;

/** The per-year field groups of an item's plan, keyed by fiscal year ("2022"). */
export const YEARLY_TARGET_GROUPS = ['indicatorTargets', 'cutTargets', 'revenueTargets'] as const;
export type YearlyTargetGroup = (typeof YEARLY_TARGET_GROUPS)[number];
