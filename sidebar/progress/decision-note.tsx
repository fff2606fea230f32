// The plan office's decision on the open report, above the form: a return's reason (to resubmit) or the 最終評価.
import type { ItemDetail } from '../../src/domain/api';
import { REVIEW } from '../../src/domain/messages';

export function DecisionNote({ detail }: { detail: ItemDetail }) {
  const review = detail.review;
  if (!review) return null;
  if (review.kind === 'return')
    return (
      <p class="banner warning" id="returned-note">
        {REVIEW.returnedBanner(review.note, review.user)}
      </p>
    );
  return (
    <p class="banner info" id="final-note">
      {REVIEW.finalBanner(review.grade, review.note)}
    </p>
  );
}
