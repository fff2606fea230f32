// What the report is measured against, above the form: the item's plan for the round's 年度 and its indicator's 目標値.
import { fiscalYearHeader } from '../../src/domain/fiscal-year';
import { fieldLabel, SIDEBAR } from '../../src/domain/messages';
import { EMPTY_FIGURE } from '../../src/domain/money';
import type { Item } from '../../src/domain/schemas';

export function PlanAndTarget({ item, fiscalYear }: { item: Item; fiscalYear: number | null }) {
  const { name, unit, target } = item.indicator;
  const rows: [string, string][] = [
    ...(fiscalYear === null
      ? []
      : ([[fiscalYearHeader(fiscalYear), item.schedule[String(fiscalYear)] || EMPTY_FIGURE]] as [
          string,
          string,
        ][])),
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
