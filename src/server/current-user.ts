// Who is calling, and what the master allows them: plan office, their departments, or everyone when unmapped.
import type { UserContext } from '../domain/api';
import { isoDateTimeInTokyo } from '../domain/fiscal-year';
import { userContext } from '../domain/permissions';
import type { Master } from '../domain/schemas';

export function currentUserEmail(): string {
  return Session.getActiveUser().getEmail();
}

/**
 * Departments list people by e-mail. A group address matches only when it is the user's own address: checking
 * group membership needs the Groups scope, which this add-on does not ask for.
 */
export function currentUser(master: Master): UserContext {
  return userContext(master, currentUserEmail(), () => false);
}

/** The time of a change, in Tokyo time: it is shown to users in the register, the history and messages. */
export function nowIso(): string {
  return isoDateTimeInTokyo(new Date());
}
