// Field messages by dotted path, from the shared validation on the client or from ApiError.fields of the server.
import type { FieldError } from '../../src/domain/api';

export type FieldMessages = Record<string, string>;

/** The first message per path (the one to fix first), as the server reports them. */
export function messagesByPath(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { path, message } of errors) if (!(path in messages)) messages[path] = message;
  return messages;
}

/** The message of a field, including those of its elements ("relatedDepartments.2" shows under relatedDepartments). */
export function messageFor(messages: FieldMessages, path: string): string | undefined {
  if (messages[path]) return messages[path];
  const prefix = `${path}.`;
  return Object.entries(messages).find(([key]) => key.startsWith(prefix))?.[1];
}

/** Messages for paths that no field shows (so they go into the banner instead of being lost). */
export function unplacedMessages(messages: FieldMessages, shownPaths: readonly string[]): string[] {
  return Object.entries(messages)
    .filter(([path]) => !shownPaths.some((shown) => path === shown || path.startsWith(`${shown}.`)))
    .map(([, message]) => message);
}
