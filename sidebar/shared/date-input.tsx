// A date field in the Japanese order (2026/12/01) whatever the browser's locale, with a calendar to pick from.
// Chromium lays an <input type=date> out in the browser's own locale, not the page's lang (honoured only behind the
// LangAttributeAwareFormControlUI flag; tried on this Chromium: lang="ja" in an en-US browser still shows
// 12/01/2026), so the field is text the add-on writes year first, and the native input is kept for its calendar
// button alone (hidden where a browser has no such button, as its field would show the date in its own order).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SIDEBAR } from '../../src/domain/messages/sidebar';
import { isoDateFromTyped, slashDate } from '../../src/domain/typed-date';
import { describedBy, Field, type FieldProps } from './field';

interface DateInputProps extends FieldProps {
  /** The ISO date, or the text as typed while it is no date (the form's check then names the field). */
  value: string;
  onValue: (value: string) => void;
  disabled?: boolean;
  /** Shown beside the field, such as the date in 和暦. */
  beside?: ComponentChildren;
}

export function DateInput(props: DateInputProps) {
  const [text, setText] = useState(slashDate(props.value));
  // A value set from outside (a reset after 開始, a reproduced report) replaces the text; the user's typing does not.
  useEffect(() => {
    if ((isoDateFromTyped(text) ?? text) !== props.value) setText(slashDate(props.value));
  }, [props.value]);
  const typed = (next: string) => {
    setText(next);
    props.onValue(isoDateFromTyped(next) ?? next);
  };
  const inputText = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <Field {...props}>
      <div class="date-input">
        <input
          type="text"
          {...describedBy(props)}
          placeholder={SIDEBAR.datePlaceholder}
          // The browser's list of earlier entries would cover the calendar button.
          autoComplete="off"
          value={text}
          disabled={props.disabled}
          onInput={(e) => typed(inputText(e))}
        />
        {/* Only its calendar button shows (style.css); the keyboard types into the field instead. */}
        <input
          type="date"
          class="date-picker"
          tabIndex={-1}
          aria-label={SIDEBAR.datePicker}
          value={isoDateFromTyped(text) ?? ''}
          disabled={props.disabled}
          onInput={(e) => typed(slashDate(inputText(e)))}
        />
        {props.beside}
      </div>
    </Field>
  );
}
