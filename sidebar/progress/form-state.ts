// The progress form as typed, its recordProgress payload, and its validation with the server's own schema and
// rules (ProgressInputSchema + checkProgressInput: e.g. a late grade needs 課題 and 今後の方針).
import type { Draft, FieldError, ItemDetail } from '../../src/domain/api';
import { ACTUAL_BASIS_LABELS, DEADLINE } from '../../src/domain/messages';
import { checkProgressInput } from '../../src/domain/rules';
import { type Master, type ProgressInput, ProgressInputSchema } from '../../src/domain/schemas';
import { parseAndCheck } from '../../src/domain/validate-payload';
import { numberFromText, textFromNumber } from '../shared/number-text';

export interface ProgressForm {
  /** Chosen once per submission and kept until the server has recorded it, so a retry is never recorded twice. */
  requestId: string;
  itemId: string;
  baseRevision: number;
  roundId: string;
  status: string;
  progress: string;
  grade: string;
  indicatorActual: string;
  savingsCut: string;
  savingsRevenue: string;
  /** 見込み or 確定 of the actuals. */
  actualBasis: string;
  activity: string;
  issues: string;
  nextSteps: string;
  /** Only for a closed round, where the plan office corrects a report and says why. */
  correctionReason: string;
}

/**
 * Starts from this round's report if there is one, else from the item's latest values — except 課題 and 今後の
 * 方針, which a new round's report starts without (an old 課題 must not slip into a 完了 report unseen); the user
 * takes them over explicitly with carriedOver().
 */
export function formFromDetail(detail: ItemDetail, roundId: string, requestId: string): ProgressForm {
  const source = detail.current ?? detail.item;
  const texts = detail.current ?? { issues: '', nextSteps: '' };
  return {
    requestId,
    itemId: detail.item.id,
    baseRevision: detail.item.revision,
    roundId,
    status: source.status,
    progress: textFromNumber(source.progress),
    grade: source.grade,
    indicatorActual: textFromNumber(source.indicatorActual),
    savingsCut: textFromNumber(source.savingsActual.cut),
    savingsRevenue: textFromNumber(source.savingsActual.revenue),
    actualBasis: source.actualBasis || ACTUAL_BASIS_LABELS.estimate,
    activity: source.activity,
    issues: texts.issues,
    nextSteps: texts.nextSteps,
    correctionReason: '',
  };
}

/** The 課題 and 今後の方針 a new report may take over (the previous report's, else the item's), or null when none. */
export function carriedOver(detail: ItemDetail): { issues: string; nextSteps: string } | null {
  if (detail.current) return null;
  const { issues, nextSteps } = detail.previous ?? detail.item;
  return issues.trim() || nextSteps.trim() ? { issues, nextSteps } : null;
}

/** What recordProgress receives: the schema's fields as typed; the schema, not the compiler, decides whether they are valid. */
export function payloadOf(form: ProgressForm): Draft<ProgressInput> {
  return {
    requestId: form.requestId,
    itemId: form.itemId,
    baseRevision: form.baseRevision,
    roundId: form.roundId,
    status: form.status,
    progress: numberFromText(form.progress),
    grade: form.grade,
    indicatorActual: numberFromText(form.indicatorActual),
    savingsActual: { cut: numberFromText(form.savingsCut), revenue: numberFromText(form.savingsRevenue) },
    // Chosen from the two labels; the schema still checks it.
    actualBasis: form.actualBasis as ProgressInput['actualBasis'],
    activity: form.activity,
    issues: form.issues,
    nextSteps: form.nextSteps,
    ...(form.correctionReason.trim() ? { correctionReason: form.correctionReason } : {}),
  };
}

export function validateProgress(form: ProgressForm, master: Master): FieldError[] {
  const checked = parseAndCheck(ProgressInputSchema, payloadOf(form), (input) =>
    checkProgressInput(input, master),
  );
  // The server's closed-round rule (closedRoundCorrection): only the plan office reaches a closed round's form.
  const round = master.rounds.find((r) => r.id === form.roundId);
  const reason =
    round?.closed && !form.correctionReason.trim()
      ? [{ path: 'correctionReason', message: DEADLINE.correctionNeedsReason(round.label) }]
      : [];
  return [...(checked.ok ? [] : checked.fields), ...reason];
}
