// The figures of a round as 集計, the summary sidebar and the meeting report show them: the grading (aggregate.ts)
// and the yearly ledger (ledger.ts) from the same record, in one place, so that no two of them can differ.
import { aggregate } from './aggregate';
import type { Summary } from './api';
import { type LedgerTotals, ledgerOf, totalsOf } from './ledger';
import type { HistoryEntry, Item, Master } from './schemas';

/**
 * `items` are the register's (aggregate leaves out those not graded in the round); `history` is the record as it
 * stood, never with a completed item's report carried forward, which the ledger would count as another year's.
 */
export function roundSummary(
  master: Master,
  items: Item[],
  history: HistoryEntry[],
  roundId: string,
): Summary & { ledger: LedgerTotals } {
  return {
    ...aggregate(master, items, history, roundId),
    ledger: totalsOf(ledgerOf(master, items, history, roundId)),
  };
}
