// 督促: first the dry run (each department's recipients and today's quota left), then 送信 after a confirmation;
// beside it each department's ready reminder text, to copy where mail is not wanted.
import { useState } from 'preact/hooks';
import type { ApiError, ReminderPreview } from '../../src/domain/api';
import { ROUNDS } from '../../src/domain/messages';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';
import { Confirm } from './confirm';
import { CopyText } from './copy-text';

const T = ROUNDS.sidebar;

export function Reminders(props: { roundId: string }) {
  const [preview, setPreview] = useState<ReminderPreview | null>(null);
  // One request ID per previewed sending: a 送信 retried after a lost answer mails nobody twice.
  const [requestId, setRequestId] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'send' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');

  async function load() {
    setError(null);
    setStatus('');
    setBusy('preview');
    const result = await callServer('previewReminders', props.roundId);
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setPreview(result.value);
    setRequestId(newRequestId());
  }

  async function send() {
    setAsking(false);
    setError(null);
    setBusy('send');
    const result = await callServer('sendReminders', { requestId, roundId: props.roundId });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    const { sent, duplicate, remainingQuota } = result.value;
    setStatus(duplicate ? T.sentBefore : T.sent(sent.length, remainingQuota));
    setPreview((p) => p && { ...p, remainingQuota });
  }

  const mailed = preview?.reminders.filter((r) => r.to.length > 0) ?? [];
  return (
    <section aria-labelledby="remind-heading">
      <h2 id="remind-heading">{T.remindHeading}</h2>
      <div class="buttons">
        <Button busy={busy === 'preview'} busyLabel={T.previewing} disabled={busy !== null} onClick={load}>
          {T.preview}
        </Button>
      </div>
      {preview ? (
        <>
          <p class="quota">{T.quotaLine(preview.recipients, preview.remainingQuota)}</p>
          <ul class="recipients">
            {preview.reminders.map((r) => (
              <li key={r.department} data-department={r.department}>
                <strong>{r.department}</strong> {T.departmentCount(r.count)}
                <div class="hint">{r.to.length ? T.to(r.to.join('、')) : T.noMembersShort}</div>
              </li>
            ))}
          </ul>
          {mailed.length === 0 ? (
            <p>{T.nothingToMail}</p>
          ) : asking ? (
            <Confirm
              question={T.confirmSend(mailed.length, preview.recipients)}
              yes={T.confirmSendYes}
              onYes={send}
              onNo={() => setAsking(false)}
            />
          ) : (
            <div class="buttons">
              <Button
                primary
                busy={busy === 'send'}
                busyLabel={T.sending}
                disabled={busy !== null}
                onClick={() => setAsking(true)}
              >
                {T.send}
              </Button>
            </div>
          )}
        </>
      ) : null}
      <ErrorBanner error={error} />
      <StatusLine text={status} />
      {preview && preview.reminders.length > 0 ? (
        <>
          <h3>{T.copyHeading}</h3>
          {preview.reminders.map((r, i) => (
            <CopyText
              key={r.department}
              id={`reminder-text-${i}`}
              label={T.copyText(r.department)}
              text={`${r.subject}\n\n${r.body}`}
            />
          ))}
        </>
      ) : null}
    </section>
  );
}
