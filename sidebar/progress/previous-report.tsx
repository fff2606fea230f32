// The previous round's report of the item, shown for reference next to the form (all values as text).

import { fieldLabel, SIDEBAR } from '../../src/domain/messages';
import { EMPTY_FIGURE, formatThousandYen } from '../../src/domain/money';
import type { HistoryEntry, Master } from '../../src/domain/schemas';

const thousandYen = (amount: number | null) =>
  amount === null ? EMPTY_FIGURE : `${formatThousandYen(amount)} 千円`;

export function PreviousReport({ entry, master }: { entry: HistoryEntry | null; master: Master }) {
  if (!entry) return <p class="previous">{SIDEBAR.previousNone}</p>;
  const round = master.rounds.find((r) => r.id === entry.roundId)?.label ?? entry.roundId;
  const rows: [string, string][] = [
    [fieldLabel('status'), entry.status],
    [fieldLabel('progress'), entry.progress === null ? EMPTY_FIGURE : `${entry.progress}%`],
    [fieldLabel('grade'), entry.grade],
    [
      fieldLabel('indicatorActual'),
      entry.indicatorActual === null ? EMPTY_FIGURE : String(entry.indicatorActual),
    ],
    [fieldLabel('savingsActual.cut'), thousandYen(entry.savingsActual.cut)],
    [fieldLabel('savingsActual.revenue'), thousandYen(entry.savingsActual.revenue)],
    [fieldLabel('activity'), entry.activity],
    [fieldLabel('issues'), entry.issues],
    [fieldLabel('nextSteps'), entry.nextSteps],
  ];
  return (
    <section class="previous" aria-label={SIDEBAR.previous(round)}>
      <h2>{SIDEBAR.previous(round)}</h2>
      <dl>
        {rows.map(([label, value]) => [
          <dt key={`${label}-t`}>{label}</dt>,
          <dd key={`${label}-d`}>{value}</dd>,
        ])}
      </dl>
    </section>
  );
}
