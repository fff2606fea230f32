// Changes since the previous round (the round before this one in the master's order), from the history:
// status or grade changes, and items newly done, cancelled or postponed, by the role of their status.
import { latestReportsIn } from '../history';
import type { REPORT } from '../messages/report';
import type { HistoryEntry, Item, Master, StatusRole } from '../schemas';

export interface ItemChange {
  itemId: string;
  title: string;
  kind: keyof typeof REPORT.changeKinds;
  before: string;
  after: string;
}

const ROLE_KINDS: Partial<Record<StatusRole, ItemChange['kind']>> = {
  done: 'done',
  cancelled: 'cancelled',
  postponed: 'postponed',
};

export function changesSince(
  master: Master,
  items: Item[],
  history: HistoryEntry[],
  roundId: string,
  previousRoundId: string,
): ItemChange[] {
  const roleOf = new Map(master.statuses.map((s) => [s.name, s.role]));
  const now = latestReportsIn(history, roundId);
  const before = latestReportsIn(history, previousRoundId);
  const changes: ItemChange[] = [];
  for (const item of items) {
    const current = now.get(item.id);
    if (!current) continue;
    const previous = before.get(item.id);
    const role = roleOf.get(current.status);
    const roleKind = role ? ROLE_KINDS[role] : undefined;
    const base = { itemId: item.id, title: item.title };
    if (roleKind && previous?.status !== current.status)
      changes.push({ ...base, kind: roleKind, before: previous?.status ?? '', after: current.status });
    else if (previous && previous.status !== current.status)
      changes.push({ ...base, kind: 'status', before: previous.status, after: current.status });
    if (previous && previous.grade !== current.grade)
      changes.push({ ...base, kind: 'grade', before: previous.grade, after: current.grade });
  }
  return changes;
}
