// The common shape of every write: before the lock, read the master, apply the form's rules, identify the user,
// read the register's and 履歴's headers and do every read and check that needs no lock; then, under the document
// lock, the check-and-write alone (the row read again and checked again, then written). A refusal changes nothing;
// a failure after some writes takes them back, so a save is whole or absent.
import type { FieldError, UserContext } from '../domain/api';
import { REGISTER } from '../domain/messages';
import { Refusal, refuseInvalid } from '../domain/refusal';
import type { Master } from '../domain/schemas';
import { type RegisterLayout, RegisterStore } from '../sheets/register-store';
import { currentUser } from './current-user';
import { withDocumentLock } from './lock';

export interface WriteStep {
  store: RegisterStore;
  master: Master;
  user: UserContext;
  /** The register's header as read before the lock. */
  layout: RegisterLayout;
}

/** `prepare` runs before the lock and answers the part that runs under it. */
export function writeStep<T>(
  check: (master: Master) => FieldError[],
  prepare: (step: WriteStep) => () => T,
): T {
  const store = new RegisterStore();
  const master = store.readMaster();
  const fields = check(master);
  if (fields.length) refuseInvalid(fields);
  const user = currentUser(master);
  if (!user.email) throw new Refusal({ code: 'forbidden', message: REGISTER.unknownUser });
  const layout = store.readLayout(master);
  // 履歴's header too: a broken one is refused before the lock; its last row and chain head are read under it.
  store.readHistoryHeader();
  const commit = prepare({ store, master, user, layout });
  return withDocumentLock(() => {
    try {
      return commit();
    } catch (error) {
      // A refusal comes before the first write; anything else may strike between two writes.
      store.undoWrites();
      throw error;
    }
  });
}
