// The plan as it stood at an instant: items created later are left out, an edited item has the plan its first later
// edit found; and an edit's earlier plan survives its 履歴 cell (a hand-typed cell, or a 履歴 without the column, is none).
import { planAsOf } from '../../src/domain/as-of';
import { decodeHistory, encodeHistory, HISTORY_HEADERS, historyIndex } from '../../src/domain/history-codec';
import { planOf } from '../../src/domain/item-edits';
import { HISTORY } from '../../src/domain/messages';
import type { HistoryEntry, Item } from '../../src/domain/schemas';
import { seedItems } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

const rows = seedItems('2022-04-01T09:00:00+09:00', 'gyokaku@city.gyoda.example.jp');
const first = rows[0] as Item;
const MEETING = '2022-10-15T09:00:00+09:00';

const edit = (item: Item, at: string, before: Item): HistoryEntry => ({
  ...progressEntry(item.id, '', { at }),
  kind: 'update',
  planBefore: planOf(before),
});

it('leaves out items created after the instant and restores the plan the first later edit found', () => {
  const v1 = { ...first, title: '第1版', savingsPlan: { cut: 100, revenue: null } };
  const v2 = { ...v1, title: '第2版', department: '財政課', savingsPlan: { cut: 200, revenue: 5 } };
  const v3 = { ...v2, title: '第3版', savingsPlan: { cut: 300, revenue: 5 } };
  const added = { ...first, id: '1-1-99', title: '後から追加' };
  const history: HistoryEntry[] = [
    edit(v1, '2022-09-01T09:00:00+09:00', first),
    edit(v2, '2022-11-01T09:00:00+09:00', v1),
    edit(v3, '2023-04-01T09:00:00+09:00', v2),
    { ...progressEntry(added.id, '', { at: '2022-12-01T09:00:00+09:00' }), kind: 'create' },
  ];
  const now = [v3, ...rows.slice(1), added];
  const then = planAsOf(now, history, MEETING);
  expect(then.map((i) => i.id)).toEqual(rows.map((i) => i.id));
  expect(then[0]).toEqual({ ...v3, ...planOf(v1) });
  expect(then.slice(1)).toEqual(rows.slice(1));
  // At an instant after every entry, the rows are the plan.
  expect(planAsOf(now, history, '2024-01-01T00:00:00Z')).toEqual(now);
});

it("an edit without an earlier plan (a 履歴 from before the column) leaves the row's plan", () => {
  const v2 = { ...first, title: '第2版' };
  const { planBefore: _none, ...oldFormat } = edit(v2, '2022-11-01T09:00:00+09:00', first);
  expect(planAsOf([v2], [oldFormat], MEETING)).toEqual([v2]);
});

describe('変更前の計画 in 履歴', () => {
  const entry = edit({ ...first, title: '改題' }, MEETING, {
    ...first,
    title: '=IMPORTXML("x")、"引用",改行\nあり',
    schedule: { '2022': '検討', '2023': '実施' },
  });
  const { index } = historyIndex(HISTORY_HEADERS);

  it('round-trips through its cell, formula-like and multi-line text included', () => {
    const row = encodeHistory(entry, index, HISTORY_HEADERS.length);
    expect(decodeHistory([row], index)).toEqual([entry]);
  });

  it('reads a hand-typed or broken cell as no earlier plan', () => {
    const at = index.get('planBefore') as number;
    for (const typed of ['手で書いた', '{"title": 1}', '{']) {
      const row = encodeHistory(entry, index, HISTORY_HEADERS.length);
      row[at] = typed;
      expect(decodeHistory([row], index)[0]?.planBefore).toBeUndefined();
    }
  });

  it('is optional: a 履歴 without the column is read, and only required columns count as missing', () => {
    const header = HISTORY_HEADERS.filter((h) => h !== HISTORY.headers.planBefore);
    expect(historyIndex(header).missing).toEqual([]);
    expect(historyIndex(header.slice(1)).missing.map((c) => c.header)).toEqual([HISTORY.headers.at]);
  });
});
