// Field messages by dotted path, from the shared validation on the client or from ApiError.fields of the server.
import type { FieldError } from '../../src/domain/api';

export type FieldMessages = Record<string, string>;

/** The first message per path (the one to fix first), as the server reports them. */
export function messagesByPath(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { path, message } of errors) if (!(path in messages)) messages[path] = message;
  return messages;
}

/** Messages for paths that no field shows (so they can go into the banner instead of being lost). */
export function unplacedMessages(messages: FieldMessages, shown: (path: string) => boolean): string[] {
  return Object.entries(messages)
    .filter(([path]) => !shown(path))
    .map(([, message]) => message);
}
