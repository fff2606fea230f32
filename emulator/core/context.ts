// What every emulated service object knows about the execution it serves: counter, realm, user, auth mode, clock.
import type { CallCounter } from './calls';
import { exception, type Realm } from './realm';

/** ScriptApp.AuthMode values, as strings (the real enum's members print as these names). */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ServiceContext {
  readonly calls: CallCounter;
  readonly realm: Realm;
  readonly authMode: AuthModeName;
  /** E-mail of the simulated user running this execution ('' when Session would not reveal it). */
  readonly userEmail: string;
  /** The user the execution runs as, whatever Session reveals: protections are checked against them. */
  readonly runAs: string;
  /** Identifies the execution, e.g. to tell lock holders apart. */
  readonly executionId: number;
  /** Milliseconds since the epoch; the emulation's clock (virtual time advances while waiting on a lock). */
  now(): number;
  /** Advances virtual time, e.g. while a lock wait times out. */
  sleep(ms: number): void;
}

/**
 * In AuthMode.NONE (onOpen of an add-on not yet used in this file) only menu building, Logger and Utilities
 * work; every other service throws. Services call this on entry.
 */
export function requireAuthorization(ctx: ServiceContext, what: string): void {
  if (ctx.authMode === 'NONE') {
    // [seen] reports quote "You do not have permission to call <Service.method>", then the required scopes,
    // which depend on the method: only the first sentence is emulated.
    throw exception(ctx.realm, `You do not have permission to call ${what}.`);
  }
}

/**
 * Services that need the user's authorization fail in AuthMode.LIMITED too (simple triggers such as onEdit, and
 * onOpen of an add-on enabled in the file): "they cannot access services that require authorization"
 * (developers.google.com/apps-script/guides/triggers#restrictions); LIMITED reaches only the current document
 * (workspace/add-ons/concepts/editor-auth-lifecycle). [seen] the same "You do not have permission to call …"
 * text as in NONE (e.g. MailApp.sendEmail from a simple onEdit).
 */
export function requireFullAuthorization(ctx: ServiceContext, what: string): void {
  if (ctx.authMode === 'NONE' || ctx.authMode === 'LIMITED') {
    throw exception(ctx.realm, `You do not have permission to call ${what}.`);
  }
}

/** A whole service that needs authorization (DocumentApp: other files): every method checks FULL first. */
export function fullAuthorizationOnly<T extends object>(ctx: ServiceContext, name: string, service: T): T {
  return new Proxy(service, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop === 'symbol') return value;
      return (...args: unknown[]) => {
        requireFullAuthorization(ctx, `${name}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(receiver, args);
      };
    },
  });
}
