// Which field messages a form shows: the shared validation's for fields the user has touched (all of them once
// a save was attempted), and the server's until the user edits that field again; after a refused save, the first
// invalid field (in the form's order) is focused and scrolled into view, or the message when no field has one.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { FieldError } from '../../src/domain/api';
import { type FieldMessages, messageFor, messagesByPath } from './field-errors';

const within = (path: string, other: string) =>
  path === other || path.startsWith(`${other}.`) || other.startsWith(`${path}.`);

export function useFormMessages(clientErrors: FieldError[]) {
  const [touched, setTouched] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<FieldMessages>({});
  const [focusRequests, setFocusRequests] = useState(0);
  // After the render that shows the messages (only then are the invalid fields marked), before the browser paints:
  // the message never shows with the focus still on 保存.
  useLayoutEffect(() => {
    if (focusRequests === 0) return;
    const target =
      document.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      document.querySelector<HTMLElement>('[role="alert"]');
    target?.scrollIntoView({ block: 'center' });
    // A group of checkboxes is marked on its fieldset, which takes no focus: its first box does.
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
  }, [focusRequests]);
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
    focusFirstInvalid: () => setFocusRequests((n) => n + 1),
    showServer: (fields: FieldError[]) => setServer(messagesByPath(fields)),
    reset() {
      setTouched([]);
      setSubmitted(false);
      setServer({});
    },
  };
}
