// Reporting rounds: the round a request means (the default when it names none), the round before a round, the
// item a user should report next in a round, a new round's ID, the closed-round rule and the days to a deadline.
import type { UserContext } from './api';
import { parseIsoDate } from './fiscal-year';
import { ROUNDS, RULES } from './messages';
import { canEditItem, mayRunPlanOfficeTasks } from './permissions';
import { Refusal, refuseInvalid } from './refusal';
import type { Item, Master, ProgressInput, Round } from './schemas';

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

/**
 * The first item, in register order, that the user may report, that is in the round's grading (not 統合済み, 廃止:
 * ItemSummary.outOfGrading) and that is not reported in the round.
 */
export function nextUnreported(
  items: readonly (Pick<Item, 'id' | 'department'> & { outOfGrading?: string })[],
  user: UserContext,
  reported: ReadonlySet<string>,
): string | null {
  return (
    items.find((item) => !item.outOfGrading && !reported.has(item.id) && canEditItem(user, item.department))
      ?.id ?? null
  );
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

/** First fiscal year of 令和 (2019 is 令和元年度): R7 is fiscal year 2025. */
const REIWA_FIRST = 2019;

/** An ID such as R7-H1 from the 年度 and the name (上半期/下半期), made unique with a suffix (-2, -3…). */
export function newRoundId(master: Pick<Master, 'rounds'>, label: string, fiscalYear: number): string {
  const year = fiscalYear >= REIWA_FIRST ? `R${fiscalYear - REIWA_FIRST + 1}` : `FY${fiscalYear}`;
  const half = label.includes('上半期') ? '-H1' : label.includes('下半期') ? '-H2' : '';
  const base = `${year}${half}`;
  const taken = (id: string) => isRoundOf(master, id);
  if (half && !taken(base)) return base;
  for (let n = half ? 2 : 1; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A report into a closed round: refused, except a correction by the plan office with a reason, whose text (for
 * the history's 変更内容) is returned. '' for a report into an open round.
 */
export function closedRoundCorrection(
  master: Pick<Master, 'rounds'>,
  input: ProgressInput,
  user: UserContext,
): string {
  const round = master.rounds.find((r) => r.id === input.roundId);
  if (!round?.closed) return '';
  if (!mayRunPlanOfficeTasks(user))
    throw new Refusal({ code: 'forbidden', message: ROUNDS.closedRound(round.label) });
  const reason = input.correctionReason?.trim() ?? '';
  if (!reason)
    refuseInvalid([{ path: 'correctionReason', message: ROUNDS.correctionNeedsReason(round.label) }]);
  return ROUNDS.correction(reason);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from today to the deadline (both ISO dates of the Tokyo calendar); negative once it has passed. */
export function daysUntil(todayIso: string, dueIso: string): number | null {
  const [today, due] = [parseIsoDate(todayIso), parseIsoDate(dueIso)];
  if (!today || !due) return null;
  const utc = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((utc(due) - utc(today)) / DAY_MS);
}
