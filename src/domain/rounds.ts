// Reporting rounds: the round a request means (the default when it names none), the round before a round, and
// the item a user should report next in a round.
import type { UserContext } from './api';
import { RULES } from './messages';
import { canEditItem } from './permissions';
import { Refusal } from './refusal';
import type { Item, Master, Round } from './schemas';

/** The master's current round, else its first round ('' when it lists none). */
export const defaultRoundId = (master: Pick<Master, 'currentRoundId' | 'rounds'>): string =>
  master.currentRoundId || master.rounds[0]?.id || '';

const isRoundOf = (master: Pick<Master, 'rounds'>, roundId: string): boolean =>
  master.rounds.some((r) => r.id === roundId);

/** The round listed just before roundId, or null for the first round. */
export function previousRoundOf(master: Pick<Master, 'rounds'>, roundId: string): Round | null {
  const index = master.rounds.findIndex((r) => r.id === roundId);
  return index > 0 ? (master.rounds[index - 1] ?? null) : null;
}

/** The first item, in register order, that the user may report and that is not reported in the round. */
export function nextUnreported(
  items: readonly Pick<Item, 'id' | 'department'>[],
  user: UserContext,
  reported: ReadonlySet<string>,
): string | null {
  return items.find((item) => !reported.has(item.id) && canEditItem(user, item.department))?.id ?? null;
}

/** The round a list or report refers to: the one asked for, else the default round; unknown → refused. */
export function resolveRound(master: Pick<Master, 'currentRoundId' | 'rounds'>, requested: unknown): string {
  const round = typeof requested === 'string' && requested ? requested : defaultRoundId(master);
  const given = requested !== null && requested !== undefined;
  // Only a round ID (or nothing, for the current round) is a round: a number or an object is refused.
  if (given && (typeof requested !== 'string' || !isRoundOf(master, round))) {
    throw new Refusal({ code: 'notFound', message: RULES.unknownRound });
  }
  return round;
}
