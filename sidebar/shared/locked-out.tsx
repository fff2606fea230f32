// The note for a user who may edit nothing: why (not in マスタ) and whom to ask, above everything else.
import type { MasterView } from '../../src/domain/api';
import { lockedOutReason } from '../../src/domain/permissions';

export function LockedOutNote({ view }: { view: MasterView }) {
  const reason = lockedOutReason(view.user, view.master);
  return reason ? (
    <p class="banner info" role="note">
      {reason}
    </p>
  ) : null;
}
