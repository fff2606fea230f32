// The order of the progress list: the user's own departments' items first, within them 未報告 first; search filter.
import type { ItemSummary, UserContext } from '../../src/domain/api';

export function isMine(item: ItemSummary, user: UserContext): boolean {
  return user.departments.includes(item.department);
}

export function orderForUser(items: ItemSummary[], user: UserContext, query: string): ItemSummary[] {
  const q = query.trim().toLowerCase();
  const rank = (i: ItemSummary) => (isMine(i, user) ? 0 : 2) + (i.reported ? 1 : 0);
  return items
    .filter((i) => !q || `${i.id} ${i.title} ${i.department}`.toLowerCase().includes(q))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
