// A round's figures come from its own reports: reporting later rounds, or editing the rows, never changes what an
// earlier round's 集計 said, and a meeting's figures are reproduced exactly as of its time.
import { aggregate } from '../../src/domain/aggregate';
import { itemsAsReported } from '../../src/domain/as-of';
import type { HistoryEntry, Item } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

const rows = seedItems('2026-11-25T10:00:00+09:00', 'gyokaku@city.gyoda.example.jp');

const reported = (itemId: string, roundId: string, at: string, fields: Partial<HistoryEntry>) =>
  progressEntry(itemId, roundId, { at, ...fields });

const round1 = [
  reported('1-1-01', 'R4-H1', '2022-10-01T09:00:00+09:00', {
    status: '実施中',
    progress: 30,
    grade: 'B',
    savingsActual: { cut: 100, revenue: null },
  }),
  reported('2-3-01', 'R4-H1', '2022-10-02T09:00:00+09:00', { status: '検討中', progress: 10, grade: 'C' }),
];
const later = [
  reported('1-1-01', 'R4-H2', '2023-04-01T09:00:00+09:00', {
    status: '完了',
    progress: 100,
    grade: 'A',
    savingsActual: { cut: 900, revenue: 50 },
  }),
  reported('2-3-01', 'R5-H1', '2023-10-01T09:00:00+09:00', { status: '延期', progress: 10, grade: 'D' }),
  reported('4-8-02', 'R5-H1', '2023-10-01T09:00:00+09:00', { status: '中止', progress: 0, grade: 'D' }),
];
/** What the rows say after the later rounds: each reported item's row follows its latest report. */
const rowsNow: Item[] = rows.map((row) => {
  const latest = [...round1, ...later].filter((h) => h.itemId === row.id).at(-1);
  return latest
    ? { ...row, status: latest.status, progress: latest.progress, savingsActual: latest.savingsActual }
    : row;
});

describe('as-of figures', () => {
  const before = aggregate(SEED_MASTER, rows, round1, 'R4-H1');

  it('round 1 reads the same after rounds 2 and 3, figure by figure', () => {
    const after = aggregate(SEED_MASTER, rowsNow, [...round1, ...later], 'R4-H1');
    expect(after).toEqual(before);
    expect(before.total.byStatus).toMatchObject({ 実施中: 1, 検討中: 1, 完了: 0, 延期: 0, 未報告: 18 });
    expect(before.total.averageProgress).toBe(20);
    expect(before.total.savings.actualTotal).toBe(100);
    expect(before.coverage).toMatchObject({ due: 20, reported: 2 });
  });

  it('as of a meeting, a report the round received afterwards is left out', () => {
    const lateReport = reported('3-5-01', 'R4-H1', '2022-11-20T09:00:00+09:00', {
      status: '実施中',
      progress: 80,
      grade: 'A',
    });
    const history = [...round1, lateReport, ...later];
    expect(aggregate(SEED_MASTER, rowsNow, history, 'R4-H1', '2022-11-01T10:00:00+09:00')).toEqual(before);
    expect(aggregate(SEED_MASTER, rowsNow, history, 'R4-H1').coverage.reported).toBe(3);
  });

  it('an item without a report in the round is 未報告, with nothing carried from its row or other rounds', () => {
    const view = itemsAsReported(rowsNow, [...round1, ...later], 'R4-H2');
    const unreported = view.find((i) => i.id === '2-3-01');
    expect(unreported).toMatchObject({
      status: '未報告',
      progress: null,
      grade: '',
      savingsActual: { cut: null, revenue: null },
      issues: '',
    });
    expect(view.find((i) => i.id === '1-1-01')).toMatchObject({ status: '完了', progress: 100, grade: 'A' });
  });
});
