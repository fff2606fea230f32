// The 報告書 sidebar's reproduction: a logged report's 作成日時, pasted from 報告書ログ, and the meeting fields of the
// form above; the server rebuilds that report from the record as it stood then and the link to the copy is shown.
import { useState } from 'preact/hooks';
import type { ApiError, ReportResult } from '../../src/domain/api';
import { REPORT } from '../../src/domain/messages/report';
import { RegenerateRequestSchema, type ReportRequest } from '../../src/domain/schemas';
import { parsePayload } from '../../src/domain/validate-payload';
import { ErrorBanner } from '../shared/banner';
import { Button } from '../shared/button';
import { type FieldMessages, messagesByPath } from '../shared/field-errors';
import { TextInput } from '../shared/inputs';
import { callServer } from '../shared/server';

const T = REPORT.sidebar;

export function ReproduceSection(props: { meeting: Omit<ReportRequest, 'roundId'> }) {
  const [loggedAt, setLoggedAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<FieldMessages>({});
  const [result, setResult] = useState<ReportResult | null>(null);

  async function reproduce() {
    setError(null);
    setResult(null);
    const parsed = parsePayload(RegenerateRequestSchema, { ...props.meeting, loggedAt: loggedAt.trim() });
    if (!parsed.ok) return setFields(messagesByPath(parsed.fields));
    setFields({});
    setBusy(true);
    const r = await callServer('regenerateReport', parsed.value);
    setBusy(false);
    if (!r.ok) {
      setFields(messagesByPath(r.error.fields ?? []));
      return setError(r.error);
    }
    setResult(r.value);
  }

  return (
    <section aria-labelledby="reproduce-heading">
      <h2 id="reproduce-heading">{T.reproduceHeading}</h2>
      <p>{T.reproduceIntro}</p>
      <ErrorBanner error={error} />
      <TextInput
        id="loggedAt"
        label={T.loggedAt}
        hint={T.loggedAtHint}
        value={loggedAt}
        onValue={setLoggedAt}
        error={fields.loggedAt}
        disabled={busy}
      />
      <Button busy={busy} busyLabel={T.reproducing} onClick={reproduce} disabled={!loggedAt.trim()}>
        {T.reproduce}
      </Button>
      {result ? (
        <div class="banner info" role="status">
          <p>{T.done(result.title)}</p>
          <a href={result.url} target="_blank" rel="noopener noreferrer">
            {T.open}
          </a>
        </div>
      ) : null}
    </section>
  );
}
