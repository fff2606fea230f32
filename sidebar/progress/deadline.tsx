// The chosen round's deadline under the round picker: the date in 和暦 and the days left by the server's today, or
// 締切済 once the plan office has closed the round (then only a correction with a reason is accepted).
import { formatWarekiDate } from '../../src/domain/fiscal-year';
import { DEADLINE } from '../../src/domain/messages';
import { daysUntil } from '../../src/domain/rounds';
import type { Round } from '../../src/domain/schemas';

export function DeadlineLine(props: { round: Round | undefined; today: string }) {
  const { round, today } = props;
  if (!round) return null;
  const due = round.dueDate ? DEADLINE.due(formatWarekiDate(round.dueDate)) : '';
  if (round.closed)
    return (
      <p class="deadline closed" id="round-deadline">
        {due ? `${due}（${DEADLINE.closedLabel}）` : DEADLINE.closedLabel}
      </p>
    );
  if (!round.dueDate) return null;
  const days = daysUntil(today, round.dueDate);
  const left = days === null ? '' : days < 0 ? DEADLINE.overdue : DEADLINE.daysLeft(days);
  return (
    <p class={days !== null && days < 0 ? 'deadline overdue' : 'deadline'} id="round-deadline">
      {left ? `${due}（${left}）` : due}
    </p>
  );
}
