// The figures of a round as 集計, the summary sidebar and the meeting report show them: the grading (aggregate.ts)
// and the yearly ledger (ledger.ts) from the same record, in one place, so that no two of them can differ.
import { aggregate } from './aggregate';
import type { Summary } from './api';
import { type ItemLedger, type LedgerTotals, ledgerOf, totalsOf } from './ledger';
import type { HistoryEntry, Item, Master } from './schemas';

export type RoundSummary = Summary & { ledger: LedgerTotals };

/**
 * `items` are the register's (aggregate leaves out those not graded in the round); `history` is the record as it
 * stood, never with a completed item's report carried forward, which the ledger would count as another year's.
 * The per-item ledger rows come beside the summary (the report's appendix), never inside it: what 集計 keeps does
 * not grow with the items.
 */
export function roundFigures(
  master: Master,
  items: Item[],
  history: HistoryEntry[],
  roundId: string,
): { summary: RoundSummary; itemLedgers: ItemLedger[] } {
  const ledger = ledgerOf(master, items, history, roundId);
  return {
    summary: { ...aggregate(master, items, history, roundId), ledger: totalsOf(ledger) },
    itemLedgers: ledger.items,
  };
}

export function roundSummary(
  master: Master,
  items: Item[],
  history: HistoryEntry[],
  roundId: string,
): RoundSummary {
  return roundFigures(master, items, history, roundId).summary;
}
