// The savings columns of the 集計 sheet's tables and the report's 効果額 table, written once: their order, the
// figure each shows, whether it is 千円 or a rate, and which the savings chart draws.
import type { SavingsFigures } from './api';
import { SUMMARY } from './messages/summary';

interface SavingsColumn {
  figure: keyof SavingsFigures;
  /** The header, without the sheet's "(%)" of a rate. */
  header: string;
  kind: 'money' | 'rate';
  /** Drawn in the 集計 sheet's savings chart. */
  charted: boolean;
}

const column = (figure: keyof SavingsFigures, charted = false): SavingsColumn => ({
  figure,
  header: SUMMARY.savingsLabels[figure],
  kind: figure === 'achievementRate' ? 'rate' : 'money',
  charted,
});

export const SAVINGS_COLUMNS: readonly SavingsColumn[] = [
  column('planCut'),
  column('planRevenue'),
  column('planTotal', true),
  column('actualCut'),
  column('actualRevenue'),
  column('actualTotal', true),
  column('achievementRate'),
];

/** The headers as the 集計 sheet shows them: a rate's header says its unit. */
export const SAVINGS_SHEET_HEADERS = SAVINGS_COLUMNS.map((c) =>
  c.kind === 'rate' ? SUMMARY.percentHeader(c.header) : c.header,
);
