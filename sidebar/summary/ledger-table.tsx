// The yearly ledger in the 集計 sidebar: per 年度 the 効果額 target, actual (見込み/確定), cumulative actual and
// achievement rate of the whole plan, and the period's sum; the figures the 集計 sheet shows, negatives with △.
import { warekiFiscalYear } from '../../src/domain/fiscal-year';
import type { LedgerTotals } from '../../src/domain/ledger';
import { LEDGER } from '../../src/domain/messages';
import { formatEffect, formatPercent } from '../../src/domain/money';

export function LedgerTable({ ledger }: { ledger: LedgerTotals }) {
  const { total } = ledger;
  return (
    <section class="figures" aria-label={LEDGER.yearsBlock}>
      <h2>{LEDGER.yearsBlock}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{LEDGER.fiscalYear}</th>
            <th scope="col">{LEDGER.target}</th>
            <th scope="col">{LEDGER.actual}</th>
            <th scope="col">{LEDGER.cumulativeActual}</th>
            <th scope="col">{LEDGER.achievementRate}</th>
          </tr>
        </thead>
        <tbody>
          {total.years.map((year) => (
            <tr key={year.fiscalYear}>
              <th scope="row">{warekiFiscalYear(year.fiscalYear)}</th>
              <td>{formatEffect(year.target.total)}</td>
              <td>
                {formatEffect(year.actual?.total)}
                {year.basis ? `（${LEDGER.basisLabel(year.basis)}）` : ''}
              </td>
              <td>{formatEffect(year.cumulativeActual)}</td>
              <td>{formatPercent(year.achievementRate)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{LEDGER.periodTotal}</th>
            <td>{formatEffect(total.period.target.total)}</td>
            <td>{formatEffect(total.period.actual?.total)}</td>
            <td />
            <td>{formatPercent(total.period.achievementRate)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
