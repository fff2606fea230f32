// Whether a progress report carrying an item's 最終送信ID is a retry of the recorded one (same round, same fields)
// or a different report reusing the ID, which must be refused rather than answered ok and dropped.
import type { Item, ProgressInput } from './schemas';

/** The reported fields in a fixed order, so key order in the payload or the decoded row does not matter. */
const reported = (
  r: Pick<
    Item,
    | 'status'
    | 'progress'
    | 'grade'
    | 'indicatorActual'
    | 'savingsActual'
    | 'activity'
    | 'issues'
    | 'nextSteps'
  >,
) => [
  r.status,
  r.progress,
  r.grade,
  r.indicatorActual,
  r.savingsActual.cut,
  r.savingsActual.revenue,
  r.activity,
  r.issues,
  r.nextSteps,
];

export function isRetryOf(input: ProgressInput, item: Item): boolean {
  return (
    input.roundId === item.lastRoundId && JSON.stringify(reported(input)) === JSON.stringify(reported(item))
  );
}
