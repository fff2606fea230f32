// Changes since the previous round, from the history: by status role and grade, for the round before in the master.
import { changesSince } from '../../src/domain/report/changes';
import { previousRoundOf } from '../../src/domain/rounds';
import { emptyItem } from '../../src/domain/row-codec';
import { SEED_MASTER } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

const entry = (itemId: string, roundId: string, status: string, grade: string) =>
  progressEntry(itemId, roundId, { status, grade, progress: 0 });

describe('changes since the previous round', () => {
  it('takes the round listed before, none for the first', () => {
    expect(previousRoundOf(SEED_MASTER, 'R4-H2')?.id).toBe('R4-H1');
    expect(previousRoundOf(SEED_MASTER, 'R5-H1')?.id).toBe('R4-H2');
    expect(previousRoundOf(SEED_MASTER, 'R4-H1')).toBeNull();
  });

  it('reports postponed and cancelled by role, uses the latest report of each round, ignores unchanged items', () => {
    const items = ['1-1-01', '1-1-02', '1-1-03', '2-2-01'].map((id) => ({ ...emptyItem(id), title: id }));
    const history = [
      entry('1-1-01', 'R4-H1', '実施中', 'A'),
      entry('1-1-01', 'R4-H2', '実施中', 'B'),
      entry('1-1-01', 'R4-H2', '延期', 'B'), // the correction within the round is what counts
      entry('1-1-02', 'R4-H1', '実施中', 'A'),
      entry('1-1-02', 'R4-H2', '実施中', 'A'),
      entry('1-1-03', 'R4-H2', '完了', 'A'), // no earlier report: newly done all the same
      entry('2-2-01', 'R4-H1', '中止', 'D'),
      entry('2-2-01', 'R4-H2', '中止', 'D'), // already cancelled: not new
    ];
    expect(changesSince(SEED_MASTER, items, history, 'R4-H2', 'R4-H1')).toEqual([
      { itemId: '1-1-01', title: '1-1-01', kind: 'postponed', before: '実施中', after: '延期' },
      { itemId: '1-1-01', title: '1-1-01', kind: 'grade', before: 'A', after: 'B' },
      { itemId: '1-1-03', title: '1-1-03', kind: 'done', before: '', after: '完了' },
    ]);
  });
});
