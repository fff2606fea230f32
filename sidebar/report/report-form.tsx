// The 報告書 sidebar: round, meeting name, date (shown in 和暦), 資料番号 and template, one button, progress, and
// the link to the finished document (opened in a new tab). Text is rendered only as preact text nodes. A user who
// may not make the report (not the plan office) is told so instead of being offered a button that would fail.
// Before the button: the round's coverage and the date in 和暦; a low coverage is asked about first.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, ReportPreflight, ReportResult } from '../../src/domain/api';
import { formatWarekiDate, isoDateInTokyo } from '../../src/domain/fiscal-year';
import { MENU } from '../../src/domain/messages/menu';
import { REPORT } from '../../src/domain/messages/report';
import { SIDEBAR } from '../../src/domain/messages/sidebar';
import { type ReportRequest, ReportRequestSchema, type Round } from '../../src/domain/schemas';
import { parsePayload } from '../../src/domain/validate-payload';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { DateInput } from '../shared/date-input';
import { type FieldMessages, messagesByPath } from '../shared/field-errors';
import { Checkbox, Select, TextInput } from '../shared/inputs';
import { callServer } from '../shared/server';
import { OpenDataSection } from './open-data';
import { isLowCoverage, LowCoverageQuestion, Preflight } from './preflight';
import { ReproduceSection } from './reproduce';

const T = REPORT.sidebar;

/** The form's meeting fields, which a reproduction of a logged report uses too. */
const meetingFields = ({ roundId: _roundId, ...meeting }: ReportRequest) => meeting;

export function ReportForm() {
  const [rounds, setRounds] = useState<Round[]>([]);
  const [form, setForm] = useState<ReportRequest>({
    roundId: '',
    meetingName: T.defaultMeetingName,
    meetingDate: isoDateInTokyo(new Date()),
    documentNo: '',
    templateDocId: '',
  });
  const [status, setStatus] = useState<string>(SIDEBAR.loading);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<FieldMessages>({});
  const [result, setResult] = useState<ReportResult | null>(null);
  const [allowed, setAllowed] = useState(true);
  const [preflight, setPreflight] = useState<ReportPreflight | null>(null);
  const [asking, setAsking] = useState(false);
  /** The coverage question was answered (or failed, shown as a refusal): only then may the report be made. */
  const [checked, setChecked] = useState(false);

  // The chosen round's pre-flight, asked again whenever the round changes (a stale answer is dropped); the first
  // answer brought the default round's.
  useEffect(() => {
    if (!form.roundId || !allowed || preflight?.roundId === form.roundId) return;
    let current = true;
    setPreflight(null);
    setChecked(false);
    setAsking(false);
    callServer('getReportPreflight', form.roundId).then((r) => {
      if (!current) return;
      setChecked(true);
      if (r.ok) setPreflight(r.value);
      else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [form.roundId, allowed]);

  useEffect(() => {
    callServer('startReportSidebar').then((r) => {
      setStatus('');
      if (!r.ok) return setError(r.error);
      const { view, preflight: first } = r.value;
      setAllowed(view.user.canEditAll);
      setRounds(view.master.rounds);
      setPreflight(first);
      setChecked(first !== null);
      setForm((f) => ({ ...f, roundId: view.defaultRoundId }));
    });
  }, []);

  const dateField = {
    id: 'meetingDate',
    label: T.meetingDate,
    required: true,
    hint: T.meetingDateHint(formatWarekiDate(form.meetingDate)),
    error: fields.meetingDate,
  };
  const set = (key: keyof ReportRequest) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const coverage = preflight?.coverage ?? null;
  /** The plan office is asked to confirm a broken chain as soon as the pre-flight or 作成 finds it. */
  const tampered = (preflight?.tampering.length ?? 0) > 0 || error?.code === 'tampered';

  /** 作成: asks first when few items are reported. */
  function requestReport() {
    if (coverage && isLowCoverage(coverage)) return setAsking(true);
    generate();
  }

  async function generate() {
    setAsking(false);
    setError(null);
    setResult(null);
    const parsed = parsePayload(ReportRequestSchema, form);
    if (!parsed.ok) return setFields(messagesByPath(parsed.fields));
    setFields({});
    setBusy(true);
    setStatus(T.generating);
    const r = await callServer('generateReport', parsed.value);
    setBusy(false);
    setStatus('');
    if (!r.ok) {
      setFields(messagesByPath(r.error.fields ?? []));
      return setError(r.error);
    }
    setResult(r.value);
  }

  if (!allowed)
    return (
      <main>
        <h1>{MENU.report}</h1>
        <p class="banner info" role="note">
          {T.planOfficeOnly}
        </p>
      </main>
    );

  return (
    <main>
      <h1>{MENU.report}</h1>
      <p>{T.intro}</p>
      <ErrorBanner error={error} />
      <Select
        id="roundId"
        label={T.round}
        required
        value={form.roundId}
        onValue={set('roundId')}
        options={rounds.map((r) => ({ value: r.id, label: r.label }))}
        error={fields.roundId}
        disabled={busy}
      />
      <TextInput
        id="meetingName"
        label={T.meetingName}
        required
        value={form.meetingName}
        onValue={set('meetingName')}
        error={fields.meetingName}
        disabled={busy}
      />
      <DateInput {...dateField} value={form.meetingDate} onValue={set('meetingDate')} disabled={busy} />
      <TextInput
        id="documentNo"
        label={T.documentNo}
        hint={T.documentNoHint}
        value={form.documentNo}
        onValue={set('documentNo')}
        error={fields.documentNo}
        disabled={busy}
      />
      <TextInput
        id="templateDocId"
        label={T.templateDocId}
        hint={T.templateHint}
        value={form.templateDocId}
        onValue={set('templateDocId')}
        error={fields.templateDocId}
        disabled={busy}
      />
      {tampered ? (
        <Checkbox
          id="acknowledgeTampering"
          label={T.acknowledgeTampering}
          checked={form.acknowledgeTampering === true}
          disabled={busy}
          onChecked={(acknowledgeTampering) => setForm((f) => ({ ...f, acknowledgeTampering }))}
        />
      ) : null}
      <Preflight
        roundLabel={rounds.find((r) => r.id === form.roundId)?.label ?? ''}
        preflight={preflight}
        wareki={formatWarekiDate(form.meetingDate)}
      />
      {asking && coverage ? (
        <LowCoverageQuestion coverage={coverage} onGo={generate} onStop={() => setAsking(false)} />
      ) : (
        <Button
          create
          busy={busy}
          busyLabel={T.generating}
          onClick={requestReport}
          disabled={!form.roundId || !checked}
        >
          {T.generate}
        </Button>
      )}
      <StatusLine text={status} />
      {result ? (
        <div class="banner info" role="status">
          <p>{T.done(result.title)}</p>
          {result.supersededCount > 0 ? <p>{T.superseded(result.supersededCount)}</p> : null}
          {result.handEditRows > 0 ? <p>{T.handEdits(result.handEditRows)}</p> : null}
          <a href={result.url} target="_blank" rel="noopener noreferrer">
            {T.open}
          </a>
        </div>
      ) : null}
      <ReproduceSection meeting={meetingFields(form)} />
      <OpenDataSection />
    </main>
  );
}
