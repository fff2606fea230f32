// Which field messages a form shows: the shared validation's for fields the user has touched (all of them once
// a save was attempted), and the server's until the user edits that field again.
import { useState } from 'preact/hooks';
import type { FieldError } from '../../src/domain/api';
import { type FieldMessages, messageFor, messagesByPath } from './field-errors';

const within = (path: string, other: string) =>
  path === other || path.startsWith(`${other}.`) || other.startsWith(`${path}.`);

export function useFormMessages(clientErrors: FieldError[]) {
  const [touched, setTouched] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<FieldMessages>({});
  const client = messagesByPath(clientErrors);
  return {
    hasErrors: clientErrors.length > 0,
    server,
    message(path: string): string | undefined {
      const fromServer = messageFor(server, path);
      if (fromServer) return fromServer;
      return submitted || touched.some((t) => within(path, t)) ? messageFor(client, path) : undefined;
    },
    edited(path: string) {
      setTouched((list) => (list.includes(path) ? list : [...list, path]));
      setServer((messages) =>
        Object.fromEntries(Object.entries(messages).filter(([key]) => !within(key, path))),
      );
    },
    submitted: () => setSubmitted(true),
    showServer: (fields: FieldError[]) => setServer(messagesByPath(fields)),
    reset() {
      setTouched([]);
      setSubmitted(false);
      setServer({});
    },
  };
}
