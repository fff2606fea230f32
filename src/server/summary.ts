// 集計: aggregates the register for a round and rewrites the 集計 sheet in one batch of writes with its charts.

import { aggregate } from '../domain/aggregate';
import type { Summary } from '../domain/api';
import { resolveRound } from '../domain/rounds';
import { summaryLayout } from '../domain/summary-layout';
import { RegisterStore } from '../sheets/register-store';
import { writeSummarySheet } from '../sheets/summary-sheet';
import { nowIso } from './current-user';
import { withDocumentLock } from './lock';

export function refreshSummary(roundId: unknown): Summary {
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    const round = resolveRound(master, roundId);
    const items = store.readItems(master);
    const summary = aggregate(master, items, store.readHistory(), round);
    writeSummarySheet(store.summarySheet(), summaryLayout(summary, master.planName, nowIso()));
    return summary;
  });
}
