// 集計: opens on the last 集計 written (getSummaryView, one cheap call), rewrites the 集計 sheet for the chosen round
// on request (refreshSummary) and shows the same figures: by pillar and in total, and the reporting coverage with the
// departments not yet reported. A user who may not rewrite the sheet (not the plan office) sees the same figures
// read-only (getSummary), with the reason.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, Summary } from '../../src/domain/api';
import { MENU, SIDEBAR, SUMMARY } from '../../src/domain/messages';
import type { Round } from '../../src/domain/schemas';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { Select } from '../shared/inputs';
import { callServer } from '../shared/server';
import { CoverageBox } from './coverage';
import { Figures } from './figures';
import { LedgerTable } from './ledger-table';

export function SummaryApp() {
  const [rounds, setRounds] = useState<Round[]>([]);
  const [roundId, setRoundId] = useState('');
  const [summary, setSummary] = useState<Summary | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string>(SIDEBAR.loading);
  const [readOnly, setReadOnly] = useState(false);

  const refresh = async (round: string | null, writes = !readOnly) => {
    setBusy(true);
    setError(null);
    setStatus(SUMMARY.refreshing);
    const result = writes ? await callServer('refreshSummary', round) : await callServer('getSummary', round);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setStatus('');
      return;
    }
    setSummary(result.value);
    setRoundId(result.value.roundId);
    setStatus((writes ? SUMMARY.written : SUMMARY.shown)(result.value.roundLabel));
  };

  useEffect(() => {
    (async () => {
      const view = await callServer('getSummaryView');
      setBusy(false);
      if (!view.ok) {
        setStatus('');
        return setError(view.error);
      }
      setRounds(view.value.master.rounds);
      const writes = view.value.user.canEditAll;
      setReadOnly(!writes);
      const button = writes ? SUMMARY.refresh : SUMMARY.reload;
      const last = view.value.last;
      if (!last) {
        setRoundId(view.value.defaultRoundId);
        return setStatus(SUMMARY.noLast(button));
      }
      setSummary(last.summary);
      setRoundId(last.summary.roundId);
      setStatus(SUMMARY.lastShown(last.summary.roundLabel, last.at, button));
    })();
  }, []);

  return (
    <main>
      <h1>{MENU.summary}</h1>
      <ErrorBanner error={error} />
      {readOnly ? (
        <p class="banner info" role="note">
          {SUMMARY.readOnly}
        </p>
      ) : null}
      <Select
        id="round"
        label={SUMMARY.round}
        value={roundId}
        options={rounds.map((r) => ({ value: r.id, label: r.label }))}
        disabled={busy}
        onValue={(value) => refresh(value)}
      />
      <div class="buttons">
        <Button primary busy={busy} busyLabel={SUMMARY.refreshing} onClick={() => refresh(roundId || null)}>
          {readOnly ? SUMMARY.reload : SUMMARY.refresh}
        </Button>
      </div>
      <StatusLine text={status} />
      {summary ? (
        <>
          <CoverageBox coverage={summary.coverage} />
          {summary.byPillar.map((p) => (
            <Figures
              key={p.pillarNo}
              title={`${p.pillarNo} ${p.name}`}
              figures={p}
              statusNames={summary.statusNames}
              gradeCodes={summary.gradeCodes}
            />
          ))}
          <Figures
            title={SUMMARY.total}
            figures={summary.total}
            statusNames={summary.statusNames}
            gradeCodes={summary.gradeCodes}
          />
          {summary.ledger ? <LedgerTable ledger={summary.ledger} /> : null}
        </>
      ) : null}
    </main>
  );
}
