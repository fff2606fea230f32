// A labelled field: caption, the control, a hint and the field's message under it, tied together for screen readers.
import type { ComponentChildren } from 'preact';
import { SIDEBAR } from '../../src/domain/messages/sidebar';

export interface FieldProps {
  id: string;
  label: string;
  /** The Japanese message for this field (from the shared schemas/rules or the server); empty when valid. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** The attributes a control needs so its message and hint are announced with it. */
export function describedBy({ id, error, hint, required }: FieldProps) {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return {
    id,
    'aria-required': required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids || undefined,
  };
}

export function Field(props: FieldProps & { children: ComponentChildren }) {
  const { id, label, error, hint, required, children } = props;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <div class="label-line">
        <label for={id}>{label}</label>
        {/* Screen readers hear aria-required on the control instead. */}
        {required ? (
          <span class="required" aria-hidden="true">
            {SIDEBAR.requiredMark}
          </span>
        ) : null}
      </div>
      {children}
      {hint ? (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div class="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
