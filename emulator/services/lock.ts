// LockService: document, script and user locks that really exclude other executions (apps-script-facts §6).
// Executions here are synchronous, but one can run nested inside another's service call; a lock held by a
// live execution can then never be released during the wait, so the waiter times out after advancing time.
import { counted } from '../core/calls';
import { requireAuthorization, requireFullAuthorization, type ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { LockRecord, ServiceStoresState } from './stores';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class EmulatedLock implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly record: LockRecord,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Lock', ctx.calls);
  }
  tryLock(timeoutInMillis: number): boolean {
    if (this.record.holder === null || this.record.holder === this.ctx.executionId) {
      this.record.holder = this.ctx.executionId;
      return true;
    }
    this.ctx.sleep(timeoutInMillis);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw exception(this.ctx.realm, LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this.record.holder === this.ctx.executionId;
  }
  releaseLock(): void {
    if (this.hasLock()) this.record.holder = null;
  }
}

/**
 * `inDocument: false` emulates a script with no containing document, where getDocumentLock() returns null
 * ([doc] apps-script/reference/lock/lock-service#getDocumentLock; apps-script-facts §6).
 */
export function createLockService(ctx: ServiceContext, state: ServiceStoresState, inDocument = true) {
  const lock = (key: string) => {
    state.locks[key] ??= { holder: null };
    return new EmulatedLock(ctx, state.locks[key] as LockRecord);
  };
  const service = {
    getDocumentLock: () => {
      requireAuthorization(ctx, 'LockService.getDocumentLock');
      return inDocument ? lock('document') : null;
    },
    getScriptLock: () => {
      requireAuthorization(ctx, 'LockService.getScriptLock');
      return lock('script');
    },
    /** User data: not in LIMITED (simple triggers). */
    getUserLock: () => {
      requireFullAuthorization(ctx, 'LockService.getUserLock');
      return lock(`user:${ctx.userEmail}`);
    },
  };
  return counted(service, 'LockService', ctx.calls);
}
