// Every write runs under the document lock; pending writes are flushed before the lock is released.
import { REGISTER } from '../domain/messages';
import { Refusal } from '../domain/refusal';

/** How long a save waits for another user's save to finish before telling the user to retry. */
const LOCK_WAIT_MS = 10000;

export function withDocumentLock<T>(write: () => T): T {
  // null outside a containing document (apps-script-facts §6): the script lock then excludes every execution.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Refusal({ code: 'busy', message: REGISTER.busy });
  try {
    const result = write();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
