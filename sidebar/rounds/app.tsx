// 報告回の管理 (plan office): start a round, see every round with its deadline and state and close one, see the
// current round's 未報告 by department, and remind those departments. One call (getRoundsView) brings all it shows
// at first; anyone but the plan office is told why the sidebar is not theirs.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, OpenRoundResult, RoundsView } from '../../src/domain/api';
import { ROUNDS, SIDEBAR } from '../../src/domain/messages';
import type { Round } from '../../src/domain/schemas';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { LoadingPage } from '../shared/frame';
import { callServer } from '../shared/server';
import { OpenRoundForm } from './open-form';
import { Reminders } from './reminders';
import { RoundList } from './round-list';
import { UnreportedList } from './unreported';

const T = ROUNDS.sidebar;

export function RoundsApp() {
  const [view, setView] = useState<RoundsView | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string>(SIDEBAR.loading);
  const [busy, setBusy] = useState(false);

  /** The current round's view; `done` is the status to show once it is in. */
  const load = async (done = '') => {
    const result = await callServer('getRoundsView', null);
    if (!result.ok) {
      setStatus('');
      if (result.error.code === 'forbidden') return setForbidden(true);
      return setError(result.error);
    }
    setView(result.value);
    setStatus(done);
  };

  useEffect(() => {
    load();
  }, []);

  const opened = ({ round }: OpenRoundResult) => {
    setError(null);
    load(T.opened(round.label));
  };

  const close = async (round: Round) => {
    setError(null);
    setBusy(true);
    setStatus(T.closing);
    const result = await callServer('closeRound', round.id);
    setBusy(false);
    if (!result.ok) {
      setStatus('');
      return setError(result.error);
    }
    const closed = result.value.round;
    setView((v) => v && { ...v, rounds: v.rounds.map((r) => (r.id === closed.id ? closed : r)) });
    setStatus(T.closed(closed.label));
  };

  if (forbidden)
    return (
      <main>
        <h1>{ROUNDS.menu}</h1>
        <p class="banner info" role="note">
          {T.planOfficeOnly}
        </p>
      </main>
    );
  if (!view) return <LoadingPage title={ROUNDS.menu} error={error} status={status} />;

  const shown = view.rounds.find((r) => r.id === view.roundId);
  return (
    <main>
      <h1>{ROUNDS.menu}</h1>
      <ErrorBanner error={error} />
      <StatusLine text={status} />
      <OpenRoundForm today={view.today} onOpened={opened} />
      <RoundList rounds={view.rounds} currentRoundId={view.currentRoundId} busy={busy} onClose={close} />
      {shown ? (
        <>
          <UnreportedList roundLabel={shown.label} groups={view.unreported} />
          {/* A closed round takes no more reports: nobody is reminded of it. */}
          {view.unreported.length > 0 && !shown.closed ? (
            <Reminders key={shown.id} roundId={shown.id} />
          ) : null}
        </>
      ) : null}
    </main>
  );
}
