// The common start of every write: under the document lock, read the master, apply the form's rules,
// identify the user and read the register — all before the first write, so a refusal changes nothing; a failure
// after some writes takes them back, so a save is whole or absent.
import type { FieldError, UserContext } from '../domain/api';
import { REGISTER } from '../domain/messages';
import { Refusal, refuseInvalid } from '../domain/refusal';
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
    const user = currentUser(master);
    if (!user.email) throw new Refusal({ code: 'forbidden', message: REGISTER.unknownUser });
    const step = { store, master, user, register: store.readRegister(master) };
    try {
      return write(step);
    } catch (error) {
      // A refusal comes before the first write; anything else may strike between two writes.
      store.undoWrites();
      throw error;
    }
  });
}
