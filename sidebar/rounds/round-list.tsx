// The rounds as マスタ lists them: 名称, 締切 in 和暦, 状態 and the 現在 marker, with 締め切る (asked first) on each
// open round.
import { useState } from 'preact/hooks';
import { formatWarekiDate } from '../../src/domain/fiscal-year';
import { ROUNDS } from '../../src/domain/messages';
import type { Round } from '../../src/domain/schemas';
import { Button } from '../shared/button';
import { Confirm } from './confirm';

const T = ROUNDS.sidebar;

export function RoundList(props: {
  rounds: Round[];
  currentRoundId: string;
  busy: boolean;
  onClose: (round: Round) => void;
}) {
  const [asking, setAsking] = useState<Round | null>(null);
  const { rounds, currentRoundId, busy } = props;
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{T.listHeading}</h2>
      {rounds.length === 0 ? (
        <p>{T.noRounds}</p>
      ) : (
        <table class="rounds">
          <thead>
            <tr>
              <th scope="col">{T.columnLabel}</th>
              <th scope="col">{T.columnDue}</th>
              <th scope="col">{T.columnState}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id} data-round-id={r.id} class={r.id === currentRoundId ? 'current' : undefined}>
                <th scope="row">
                  {r.label}
                  {r.id === currentRoundId ? <span class="badge current-mark">{T.current}</span> : null}
                </th>
                <td>{r.dueDate ? formatWarekiDate(r.dueDate) : T.noDue}</td>
                <td>{r.closed ? ROUNDS.closedLabel : ROUNDS.openLabel}</td>
                <td>
                  {r.closed ? null : (
                    <Button disabled={busy || asking !== null} onClick={() => setAsking(r)}>
                      {T.close}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking ? (
        <Confirm
          question={T.confirmClose(asking.label)}
          yes={T.confirmCloseYes}
          onYes={() => {
            setAsking(null);
            props.onClose(asking);
          }}
          onNo={() => setAsking(null)}
        />
      ) : null}
    </section>
  );
}
