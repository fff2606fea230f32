// 報告回の開始: 名称, 年度 and 締切日 (a date picker with the chosen date in 和暦 beside it), then 開始. The shared
// schema checks the form first; a refusal (a name already used, not マスタ's editor) is shown beside the button.
import { useState } from 'preact/hooks';
import type { ApiError, OpenRoundResult } from '../../src/domain/api';
import { fiscalYearOfIsoDate, formatWarekiDate, warekiFiscalYear } from '../../src/domain/fiscal-year';
import { ROUNDS } from '../../src/domain/messages';
import { OpenRoundInputSchema } from '../../src/domain/schemas';
import { parsePayload } from '../../src/domain/validate-payload';
import { ErrorBanner } from '../shared/banner';
import { Button } from '../shared/button';
import { DateInput } from '../shared/date-input';
import { type FieldMessages, messagesByPath } from '../shared/field-errors';
import { NumberInput, TextInput } from '../shared/inputs';
import { numberFromText } from '../shared/number-text';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';

const T = ROUNDS.sidebar;
const FORM_PATHS = ['label', 'fiscalYear', 'dueDate'];

/** The 年度 typed, in 和暦, once it is a year at all (the schema judges the range when 開始 is pressed). */
const warekiOf = (year: number | string | null) =>
  typeof year === 'number' && Number.isInteger(year) && year >= 1868 && year <= 9999
    ? warekiFiscalYear(year)
    : '';

export function OpenRoundForm(props: { today: string; onOpened: (result: OpenRoundResult) => void }) {
  const [label, setLabel] = useState('');
  const [year, setYear] = useState(String(fiscalYearOfIsoDate(props.today) ?? ''));
  const [dueDate, setDueDate] = useState('');
  // One request ID per round to open: a retried 開始 after a lost answer adds no second round.
  const [requestId, setRequestId] = useState(newRequestId);
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const fiscalYear = numberFromText(year);
  const dateField = { id: 'round-due', label: T.dueDate, required: true, error: fields.dueDate };

  async function open() {
    setError(null);
    const payload = { requestId, label, fiscalYear, dueDate };
    const parsed = parsePayload(OpenRoundInputSchema, payload);
    if (!parsed.ok) {
      setFields(messagesByPath(parsed.fields));
      return setError({ code: 'invalid', message: parsed.fields.map((f) => f.message).join(' ') });
    }
    setFields({});
    setBusy(true);
    const result = await callServer('openRound', parsed.value);
    setBusy(false);
    if (!result.ok) {
      setFields(messagesByPath(result.error.fields ?? []));
      return setError(result.error);
    }
    setLabel('');
    setDueDate('');
    setRequestId(newRequestId());
    props.onOpened(result.value);
  }

  const unplaced = Object.entries(fields)
    .filter(([path]) => !FORM_PATHS.includes(path))
    .map(([, message]) => message);
  return (
    <section aria-labelledby="open-heading">
      <h2 id="open-heading">{T.openHeading}</h2>
      <TextInput
        id="round-label"
        label={T.label}
        required
        hint={T.labelHint}
        value={label}
        onValue={setLabel}
        error={fields.label}
        disabled={busy}
      />
      <NumberInput
        id="round-year"
        label={T.fiscalYear}
        required
        hint={T.fiscalYearHint(warekiOf(fiscalYear))}
        value={year}
        onValue={setYear}
        error={fields.fiscalYear}
        disabled={busy}
      />
      <DateInput
        {...dateField}
        value={dueDate}
        onValue={setDueDate}
        disabled={busy}
        beside={<span id="round-due-wareki">{formatWarekiDate(dueDate) || T.warekiPending}</span>}
      />
      <div class="buttons button-with-message">
        <Button create busy={busy} busyLabel={T.opening} onClick={open}>
          {T.open}
        </Button>
      </div>
      <ErrorBanner error={error} details={unplaced.filter((m) => m !== error?.message)} />
    </section>
  );
}
