// A button that shows its busy state (saving, loading) and cannot be pressed twice meanwhile.
import type { ComponentChildren } from 'preact';

export function Button(props: {
  children: ComponentChildren;
  onClick?: () => void;
  busy?: boolean;
  busyLabel?: string;
  /** Google's add-on classes: action for the main step, create for a step that makes something new. */
  primary?: boolean;
  create?: boolean;
  type?: 'button' | 'submit';
  disabled?: boolean;
}) {
  const { busy, busyLabel, primary, create, type = 'button', disabled, onClick, children } = props;
  return (
    <button
      type={type}
      class={create ? 'create' : primary ? 'action' : undefined}
      disabled={busy || disabled}
      aria-busy={busy ? true : undefined}
      onClick={onClick}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
