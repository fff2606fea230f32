// A labelled group of checkboxes (several choices from a master list), with the group's message under it.
export function CheckboxGroup(props: {
  id: string;
  label: string;
  options: string[];
  values: string[];
  onValues: (values: string[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const { id, label, options, values, onValues, error, disabled } = props;
  const toggle = (option: string, checked: boolean) =>
    onValues(
      checked
        ? options.filter((o) => o === option || values.includes(o))
        : values.filter((v) => v !== option),
    );
  return (
    <fieldset
      class={error ? 'field checks has-error' : 'field checks'}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{label}</legend>
      <div class="check-list">
        {options.map((option, i) => (
          <label key={option} class="check">
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={values.includes(option)}
              disabled={disabled}
              onChange={(e) => toggle(option, (e.currentTarget as HTMLInputElement).checked)}
            />
            {option}
          </label>
        ))}
      </div>
      {error ? (
        <div class="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
