// What the report is measured against, above the form: the item's plan for the round's 年度 and its indicator's 目標値.
import { fiscalYearHeader } from '../../src/domain/fiscal-year';
import { fieldLabel, LEDGER, SIDEBAR } from '../../src/domain/messages';
import { EMPTY_FIGURE, formatEffect } from '../../src/domain/money';
import type { Item } from '../../src/domain/schemas';

/** The round's 年度 targets: the indicator's and the 効果額 (千円, △ for a negative one). */
function yearTargets(item: Item, fiscalYear: number): [string, string][] {
  const year = String(fiscalYear);
  const indicator = item.indicatorTargets[year] ?? null;
  const money = (v: number | null | undefined) =>
    v === null || v === undefined ? EMPTY_FIGURE : `${formatEffect(v)} 千円`;
  return [
    [
      fieldLabel(`indicatorTargets.${year}`),
      indicator === null
        ? EMPTY_FIGURE
        : `${indicator}${item.indicator.unit ? ` ${item.indicator.unit}` : ''}`,
    ],
    [fieldLabel(`cutTargets.${year}`), money(item.cutTargets[year])],
    [fieldLabel(`revenueTargets.${year}`), money(item.revenueTargets[year])],
    [LEDGER.effectTypeHeader, item.effectType || EMPTY_FIGURE],
  ];
}

export function PlanAndTarget({ item, fiscalYear }: { item: Item; fiscalYear: number | null }) {
  const { name, unit, target } = item.indicator;
  const rows: [string, string][] = [
    ...(fiscalYear === null
      ? []
      : ([[fiscalYearHeader(fiscalYear), item.schedule[String(fiscalYear)] || EMPTY_FIGURE]] as [
          string,
          string,
        ][])),
    ...(fiscalYear === null ? [] : yearTargets(item, fiscalYear)),
    [fieldLabel('indicator.target'), target === null ? EMPTY_FIGURE : `${target}${unit ? ` ${unit}` : ''}`],
    [fieldLabel('indicator.name'), name || EMPTY_FIGURE],
  ];
  return (
    <section class="previous" aria-label={SIDEBAR.planHeading}>
      <h2>{SIDEBAR.planHeading}</h2>
      <dl>
        {rows.map(([label, value]) => [
          <dt key={`${label}-t`}>{label}</dt>,
          <dd key={`${label}-d`}>{value}</dd>,
        ])}
      </dl>
    </section>
  );
}
