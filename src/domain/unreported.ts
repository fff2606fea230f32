// 未報告 by department: the items of a round without a progress report (history.ts says what "reported" is), grouped
// by 担当課 in the master's order, and the plain-text reminder each department with such items is sent.
import type { UnreportedDepartment } from './api';
import { formatWarekiDate } from './fiscal-year';
import { reportedIn } from './history';
import { gradedIn, withCompletedCarried } from './lifecycle';
import { ROUNDS } from './messages';
import type { HistoryEntry, Item, Master, Round } from './schemas';

export function unreportedByDepartment(
  master: Pick<Master, 'departments' | 'rounds'>,
  registerItems: readonly Item[],
  history: readonly HistoryEntry[],
  roundId: string,
): UnreportedDepartment[] {
  // Only the items in the round's grading, a completed item's report standing for later rounds (lifecycle.ts).
  const items = gradedIn(master, registerItems, roundId);
  const reported = reportedIn(withCompletedCarried(master, items, [...history], roundId), roundId);
  const groups = new Map<string, UnreportedDepartment>();
  // Departments in the master's order first; an item of a department no longer listed still shows, after them.
  for (const d of master.departments) groups.set(d.name, { department: d.name, count: 0, items: [] });
  for (const item of items) {
    if (reported.has(item.id)) continue;
    const group = groups.get(item.department) ?? { department: item.department, count: 0, items: [] };
    group.items.push({ id: item.id, title: item.title });
    group.count += 1;
    groups.set(item.department, group);
  }
  return [...groups.values()].filter((g) => g.count > 0);
}

export interface Reminder {
  department: string;
  /** The department's members in マスタ; empty when none is listed (the text is then for copying only). */
  to: string[];
  subject: string;
  /** Plain text: MailApp's body, never HTML. */
  body: string;
  count: number;
}

export function remindersFor(
  master: Pick<Master, 'departments' | 'planName'>,
  round: Round,
  groups: readonly UnreportedDepartment[],
): Reminder[] {
  const due = round.dueDate ? formatWarekiDate(round.dueDate) : '';
  return groups.map((g) => ({
    department: g.department,
    to: master.departments.find((d) => d.name === g.department)?.members ?? [],
    subject: ROUNDS.mailSubject(master.planName, round.label),
    body: ROUNDS.mailBody({
      department: g.department,
      round: round.label,
      due,
      items: g.items,
      plan: master.planName,
    }),
    count: g.count,
  }));
}
