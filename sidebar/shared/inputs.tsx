// Form controls inside a labelled Field: text, long text, number (kept as typed text) and select.
import { describedBy, Field, type FieldProps } from './field';

interface ControlProps extends FieldProps {
  value: string;
  onValue: (value: string) => void;
  disabled?: boolean;
}

const textOf = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export function TextInput(props: ControlProps & { maxLength?: number }) {
  return (
    <Field {...props}>
      <input
        type="text"
        {...describedBy(props)}
        value={props.value}
        maxLength={props.maxLength}
        disabled={props.disabled}
        onInput={(e) => props.onValue(textOf(e))}
      />
    </Field>
  );
}

export function TextArea(props: ControlProps & { rows?: number }) {
  return (
    <Field {...props}>
      <textarea
        {...describedBy(props)}
        rows={props.rows ?? 3}
        value={props.value}
        disabled={props.disabled}
        onInput={(e) => props.onValue(textOf(e))}
      />
    </Field>
  );
}

/** A number typed as text, so the user's input is never rewritten while typing; see number-text.ts. */
export function NumberInput(props: ControlProps & { unit?: string }) {
  return (
    <Field {...props}>
      <div class="number">
        <input
          type="text"
          inputMode="decimal"
          {...describedBy(props)}
          value={props.value}
          disabled={props.disabled}
          onInput={(e) => props.onValue(textOf(e))}
        />
        {props.unit ? <span class="unit">{props.unit}</span> : null}
      </div>
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: ControlProps & { options: Option[]; placeholder?: string }) {
  return (
    <Field {...props}>
      <select
        {...describedBy(props)}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One labelled checkbox (a filter or a confirmation): the label is the click target. */
export function Checkbox(props: {
  id?: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChecked((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}
