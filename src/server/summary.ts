// 集計: aggregates the register for a round and rewrites the 集計 sheet in one batch of writes with its charts; the
// same figures can be read without writing anything (for users who may not rewrite the sheet); the last 集計 written
// is kept for the sidebar to open on.

import type { LastSummary, Summary, SummaryView } from '../domain/api';
import { roundSummary } from '../domain/round-summary';
import { resolveRound } from '../domain/rounds';
import type { Master } from '../domain/schemas';
import { summaryLayout } from '../domain/summary-layout';
import { RegisterStore } from '../sheets/register-store';
import { writeSummarySheet } from '../sheets/summary-sheet';
import { nowIso } from './current-user';
import { getMasterView } from './items';
import { KEPT, keepAnswer, keptAnswers } from './kept-answers';
import { withDocumentLock } from './lock';

function summaryOf(store: RegisterStore, master: Master, roundId: unknown): Summary {
  const round = resolveRound(master, roundId);
  const history = store.readHistory();
  return roundSummary(master, store.readRecordedItems(master, history), history, round);
}

export function refreshSummary(roundId: unknown): Summary {
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    const summary = summaryOf(store, master, roundId);
    const at = nowIso();
    writeSummarySheet(store.summarySheet(), summaryLayout(summary, master.planName, at));
    keepAnswer(KEPT.summary, { summary, at } satisfies LastSummary);
    return summary;
  });
}

/** The figures of the round as 集計 would write them; reads only, so no lock is needed. */
export function readSummary(roundId: unknown): Summary {
  const store = new RegisterStore();
  return summaryOf(store, store.readMaster(), roundId);
}

/** The 集計 sidebar's first answer: who may do what and the last 集計, without reading the register. */
export function summaryView(): SummaryView {
  return { ...getMasterView(), last: keptAnswers()(KEPT.summary) as LastSummary | null };
}
