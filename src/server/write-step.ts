// The common start of every write: under the document lock, read the master, apply the form's rules,
// identify the user and read the register — all before the first write, so a refusal changes nothing.
import type { FieldError, UserContext } from '../domain/api';
import { refuseInvalid } from '../domain/refusal';
import type { Master } from '../domain/schemas';
import { type RegisterSnapshot, RegisterStore } from '../sheets/register-store';
import { currentUser } from './current-user';
import { withDocumentLock } from './lock';

export interface WriteStep {
  store: RegisterStore;
  master: Master;
  user: UserContext;
  register: RegisterSnapshot;
}

export function writeStep<T>(check: (master: Master) => FieldError[], write: (step: WriteStep) => T): T {
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    const fields = check(master);
    if (fields.length) refuseInvalid(fields);
    return write({ store, master, user: currentUser(master), register: store.readRegister(master) });
  });
}
