// Reporting rounds: the round a request means when it names none, the round before a round, and the item a
// user should report next in a round.
import type { UserContext } from './api';
import { canEditItem } from './permissions';
import type { Item, Master, Round } from './schemas';

/** The master's current round, else its first round ('' when it lists none). */
export const defaultRoundId = (master: Pick<Master, 'currentRoundId' | 'rounds'>): string =>
  master.currentRoundId || master.rounds[0]?.id || '';

export const isRoundOf = (master: Pick<Master, 'rounds'>, roundId: string): boolean =>
  master.rounds.some((r) => r.id === roundId);

/** The round listed just before roundId, or null for the first round. */
export function previousRoundOf(master: Pick<Master, 'rounds'>, roundId: string): Round | null {
  const index = master.rounds.findIndex((r) => r.id === roundId);
  return index > 0 ? (master.rounds[index - 1] ?? null) : null;
}

/** The first item, in register order, that the user may report and that is not reported in the round. */
export function nextUnreported(
  items: readonly Item[],
  user: UserContext,
  reported: ReadonlySet<string>,
): string | null {
  return items.find((item) => !reported.has(item.id) && canEditItem(user, item.department))?.id ?? null;
}
