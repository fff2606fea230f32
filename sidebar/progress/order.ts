// The order of the progress list: the user's own departments' items first, within them returned reports (差戻し)
// first, then 未報告, items out of the round's grading (統合済み, 廃止) last; search filter.
import type { ItemSummary, UserContext } from '../../src/domain/api';

export function isMine(item: ItemSummary, user: UserContext): boolean {
  return user.departments.includes(item.department);
}

export function orderForUser(items: ItemSummary[], user: UserContext, query: string): ItemSummary[] {
  const q = query.trim().toLowerCase();
  const state = (i: ItemSummary) =>
    i.outOfGrading ? 3 : i.returnReason !== undefined ? 0 : i.reported ? 2 : 1;
  const rank = (i: ItemSummary) => (isMine(i, user) ? 0 : 4) + state(i);
  return items
    .filter((i) => !q || `${i.id} ${i.title} ${i.department}`.toLowerCase().includes(q))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
