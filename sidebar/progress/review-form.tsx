// The plan office's review of the open item's report (審査): a 最終評価 with a comment, or 差戻し with a reason.
// Validated with the server's own schema and rules before it is sent; the request names the report and decision seen.
import { useEffect, useState } from 'preact/hooks';
import type { ItemDetail, ReviewResult } from '../../src/domain/api';
import { REVIEW } from '../../src/domain/messages';
import { checkReviewInput } from '../../src/domain/review';
import {
  type HistoryEntry,
  type Master,
  type ReviewInput,
  ReviewInputSchema,
} from '../../src/domain/schemas';
import { parseAndCheck } from '../../src/domain/validate-payload';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { Select, TextArea } from '../shared/inputs';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';
import { useFormMessages } from '../shared/use-form-messages';
import { useRequest } from '../shared/use-request';

type Decision = ReviewInput['decision'];

/** Shown for a reported item only (`report` is the item's report in the round); keyed by it, so it starts afresh. */
export function ReviewForm(props: {
  detail: ItemDetail;
  report: HistoryEntry;
  roundId: string;
  master: Master;
  onReviewed: (result: ReviewResult) => void;
  onReload: () => void;
}) {
  const { detail, report, roundId, master, onReviewed, onReload } = props;
  const [decision, setDecision] = useState<Decision>('final');
  const [finalGrade, setFinalGrade] = useState(
    detail.review?.kind === 'review' ? detail.review.grade : report.grade,
  );
  const [note, setNote] = useState('');
  // One ID per submission, kept until the server has recorded it, so a retry is never recorded twice.
  const [requestId, setRequestId] = useState(newRequestId);
  const { busy, error, status, save, done } = useRequest();
  // Nothing to load: the form is ready as soon as it is shown.
  useEffect(() => done(), []);
  const input: ReviewInput = {
    requestId,
    itemId: detail.item.id,
    roundId,
    reportRequestId: report.requestId,
    decisionRequestId: detail.review?.requestId ?? '',
    decision,
    ...(decision === 'final' ? { finalGrade } : {}),
    note,
  };
  const checked = parseAndCheck(ReviewInputSchema, input, (i) => checkReviewInput(i, master));
  const messages = useFormMessages(checked.ok ? [] : checked.fields);
  const submit = async () => {
    const result = await save(messages, () => callServer('reviewReport', input));
    if (!result) return;
    setRequestId(newRequestId());
    setNote('');
    messages.reset();
    const id = detail.item.id;
    done(
      result.duplicate
        ? REVIEW.duplicate(id)
        : result.entry.kind === 'return'
          ? REVIEW.returned(id)
          : REVIEW.saved(id),
    );
    onReviewed(result);
  };
  return (
    <section class="review" aria-label={REVIEW.formHeading}>
      <h2>{REVIEW.formHeading}</h2>
      <p>{REVIEW.selfGrade(report.grade)}</p>
      <Select
        id="r-decision"
        label={REVIEW.decisionLabel}
        value={decision}
        disabled={busy === 'saving'}
        onValue={(v) => setDecision(v as Decision)}
        options={[
          { value: 'final', label: REVIEW.decisionFinal },
          { value: 'return', label: REVIEW.decisionReturn },
        ]}
      />
      {decision === 'final' ? (
        <Select
          id="r-finalGrade"
          label={REVIEW.finalGradeLabel}
          value={finalGrade}
          required
          disabled={busy === 'saving'}
          error={messages.message('finalGrade')}
          onValue={(v) => {
            setFinalGrade(v);
            messages.edited('finalGrade');
          }}
          options={master.grades.map((g) => ({ value: g.code, label: `${g.code} ${g.label}` }))}
        />
      ) : null}
      <TextArea
        id="r-note"
        label={decision === 'final' ? REVIEW.commentLabel : REVIEW.reasonLabel}
        value={note}
        required={decision === 'return'}
        disabled={busy === 'saving'}
        error={messages.message('note')}
        onValue={(v) => {
          setNote(v);
          messages.edited('note');
        }}
      />
      <ErrorBanner error={error} onReload={onReload} />
      <div class="buttons">
        <Button primary busy={busy === 'saving'} onClick={submit}>
          {REVIEW.save}
        </Button>
      </div>
      <StatusLine text={status} />
    </section>
  );
}
