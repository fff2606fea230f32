// The plan office's review of reports (審査) read from the history: each item's latest report in a round and the
// decision on it (最終評価 or 差戻し), which applies to the report it follows; a new report starts unreviewed again.
// The rules of a review request and the history entry it writes live here too.
import type { FieldError, ReviewDecision } from './api';
import { NOTE_PREFIX, REVIEW } from './messages/review';
import { RULES } from './messages/rules';
import type { HistoryEntry, Master, ReviewInput } from './schemas';

export interface ReviewState {
  /** The item's latest progress report in the round. */
  report: HistoryEntry;
  /** The plan office's latest decision on that report (kind 'review' or 'return'), null while unreviewed. */
  decision: HistoryEntry | null;
}

const isDecision = (entry: HistoryEntry) => entry.kind === 'review' || entry.kind === 'return';

/** Every item's review state in the round, by item ID (items without a report in the round are absent). */
export function reviewStates(history: readonly HistoryEntry[], roundId: string): Map<string, ReviewState> {
  const states = new Map<string, ReviewState>();
  for (const entry of history) {
    if (entry.roundId !== roundId) continue;
    if (entry.kind === 'progress') states.set(entry.itemId, { report: entry, decision: null });
    else if (isDecision(entry)) {
      const state = states.get(entry.itemId);
      if (state) state.decision = entry;
    }
  }
  return states;
}

/** One item's review state in the round, from entries that include all of the item's since its latest report. */
export const reviewStateOf = (history: readonly HistoryEntry[], itemId: string, roundId: string) =>
  reviewStates(
    history.filter((h) => h.itemId === itemId),
    roundId,
  ).get(itemId) ?? null;

export const isReturned = (state: ReviewState) => state.decision?.kind === 'return';

/** The report as the round counts it: none while returned, with the 最終評価 as its grade once reviewed. */
export function countedReport(state: ReviewState): HistoryEntry | null {
  if (isReturned(state)) return null;
  return state.decision ? { ...state.report, grade: state.decision.grade } : state.report;
}

/** A decision's comment or reason, as its 変更内容 holds it after NOTE_PREFIX. */
export function decisionNote(decision: HistoryEntry): string {
  const prefix = decision.kind === 'return' ? NOTE_PREFIX.return : NOTE_PREFIX.final;
  const at = decision.changes.indexOf(prefix);
  return at < 0 ? '' : decision.changes.slice(at + prefix.length);
}

/** The decision on an item's latest report in the round, as the sidebars show it; null while unreviewed. */
export function decisionOf(
  history: readonly HistoryEntry[],
  itemId: string,
  roundId: string,
): ReviewDecision | null {
  const decision = reviewStateOf(history, itemId, roundId)?.decision;
  if (!decision) return null;
  return {
    kind: decision.kind === 'return' ? 'return' : 'review',
    requestId: decision.requestId,
    grade: decision.grade,
    note: decisionNote(decision),
    user: decision.user,
    at: decision.at,
  };
}

/** The reason of every report of the round returned and not resubmitted, by item ID. */
export function returnReasons(history: readonly HistoryEntry[], roundId: string): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const [itemId, state] of reviewStates(history, roundId))
    if (state.decision && isReturned(state)) reasons.set(itemId, decisionNote(state.decision));
  return reasons;
}

/** The master-aware rules of a review request: a 最終評価 names a grade of the master, a 差戻し gives its reason. */
export function checkReviewInput(input: Partial<ReviewInput>, master: Master): FieldError[] {
  const round =
    input.roundId === undefined || master.rounds.some((r) => r.id === input.roundId)
      ? []
      : [{ path: 'roundId', message: RULES.unknownRound }];
  return [...round, ...decisionErrors(input, master)];
}

function decisionErrors(input: Partial<ReviewInput>, master: Master): FieldError[] {
  if (input.decision === 'return')
    return input.note?.trim() ? [] : [{ path: 'note', message: REVIEW.reasonRequired }];
  if (input.decision !== 'final') return [];
  const grade = input.finalGrade?.trim() ?? '';
  if (!grade) return [{ path: 'finalGrade', message: REVIEW.gradeRequired }];
  return master.grades.some((g) => g.code === grade)
    ? []
    : [{ path: 'finalGrade', message: REVIEW.unknownGrade(grade) }];
}

/** The history entry of a decision: the reviewed report's fields, the 最終評価 as its grade, the note in 変更内容. */
export function decisionEntry(
  input: ReviewInput,
  report: HistoryEntry,
  user: string,
  at: string,
): HistoryEntry {
  const final = input.decision === 'final';
  const { planBefore: _planBefore, ...fields } = report;
  return {
    ...fields,
    at,
    user,
    kind: final ? 'review' : 'return',
    requestId: input.requestId,
    grade: final ? (input.finalGrade ?? '') : report.grade,
    changes: final
      ? REVIEW.finalChanges(input.finalGrade ?? '', report.grade, input.note)
      : REVIEW.returnChanges(input.note),
  };
}

/** Whether a recorded decision is this very request again (a retry), not another request under the same ID. */
export function isSameDecision(entry: HistoryEntry, input: ReviewInput): boolean {
  const kind = input.decision === 'final' ? 'review' : 'return';
  return (
    entry.kind === kind &&
    entry.itemId === input.itemId &&
    entry.roundId === input.roundId &&
    decisionNote(entry) === input.note &&
    (kind === 'return' || entry.grade === input.finalGrade)
  );
}

export interface ReviewFigures {
  /** Reports counted in the round with a 最終評価. */
  reviewed: number;
  /** Reports counted in the round whose grade is still the department's 自己評価. */
  unreviewed: number;
  /** Reports returned and not yet resubmitted (they count as 未報告). */
  returned: number;
}

/** How far the round's reports of these items are reviewed. */
export function reviewFigures(
  history: readonly HistoryEntry[],
  roundId: string,
  itemIds: ReadonlySet<string>,
): ReviewFigures {
  const figures: ReviewFigures = { reviewed: 0, unreviewed: 0, returned: 0 };
  for (const [itemId, state] of reviewStates(history, roundId)) {
    if (!itemIds.has(itemId)) continue;
    if (isReturned(state)) figures.returned++;
    else if (state.decision) figures.reviewed++;
    else figures.unreviewed++;
  }
  return figures;
}
