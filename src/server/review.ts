// The plan office's review of a report (審査): a 最終評価 or a 差戻し, one history row appended under the lock. The
// request names the report and the decision it saw, so a report resubmitted or decided on meanwhile is refused as
// stale; a retried request is recognised by its ID in the history and adds nothing. The caller in src/index.ts
// checks the role first.
import type { ReviewResult } from '../domain/api';
import { REGISTER, REVIEW } from '../domain/messages';
import { Refusal, refuseInvalid } from '../domain/refusal';
import { checkReviewInput, decisionEntry, isSameDecision, reviewStateOf } from '../domain/review';
import { type HistoryEntry, type ReviewInput, ReviewInputSchema } from '../domain/schemas';
import { nowIso } from './current-user';
import { parseInput } from './parse-input';
import { writeStep } from './write-step';

/** The state the request was made on, or the refusal saying what changed since. */
function reportToDecide(history: HistoryEntry[], input: ReviewInput): HistoryEntry {
  const state = reviewStateOf(history, input.itemId, input.roundId);
  if (!state) throw new Refusal({ code: 'notFound', message: REVIEW.noReport(input.roundId) });
  if (state.report.requestId !== input.reportRequestId)
    throw new Refusal({ code: 'stale', message: REVIEW.resubmitted });
  const decision = state.decision;
  if ((decision?.requestId ?? '') !== input.decisionRequestId)
    throw new Refusal({
      code: 'stale',
      message: REVIEW.decidedMeanwhile(decision?.user ?? '', decision?.at ?? ''),
    });
  return state.report;
}

export function reviewReport(payload: unknown): ReviewResult {
  const input = parseInput(ReviewInputSchema, payload, checkReviewInput);
  return writeStep(
    (master) => checkReviewInput(input, master),
    ({ store, layout, user }) => {
      // The item is in the register (an unknown ID is refused by name before the lock).
      store.locateRow(layout, input.itemId);
      return () => {
        const history = store.readHistory();
        const earlier = history.find((h) => h.requestId === input.requestId);
        if (earlier) {
          if (!isSameDecision(earlier, input))
            refuseInvalid([{ path: 'requestId', message: REGISTER.requestIdReused }]);
          return { entry: earlier, duplicate: true };
        }
        const entry = decisionEntry(input, reportToDecide(history, input), user.email, nowIso());
        store.prepareHistoryAppend();
        store.appendHistory([entry]);
        return { entry, duplicate: false };
      };
    },
  );
}
