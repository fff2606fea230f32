// Where a new item's row goes: after the last row of its 柱 and 改革, else after an earlier 改革's, else first.
import { rowToInsertAfter } from '../../src/domain/item-placement';

describe('rowToInsertAfter', () => {
  const ids = ['1-1-01', '1-1-02', '1-2-01', '2-3-01', '', '2-3-02', '4-8-01'];

  it('goes after the last row of the same 柱 and 改革, blank rows between included', () => {
    expect(rowToInsertAfter(ids, 1, 1)).toBe(1);
    expect(rowToInsertAfter(ids, 2, 3)).toBe(5);
  });

  it('a 改革 without rows goes after the last row of an earlier 改革 in the plan order', () => {
    expect(rowToInsertAfter(ids, 2, 4)).toBe(5);
    expect(rowToInsertAfter(ids, 3, 5)).toBe(5);
  });

  it('goes right under the header when every row is of a later 改革, and last when no row holds an item', () => {
    expect(rowToInsertAfter(['2-3-01', '4-8-01'], 1, 1)).toBe(-1);
    expect(rowToInsertAfter([], 1, 1)).toBe(-1);
    expect(rowToInsertAfter(['', 'メモ'], 1, 1)).toBe(1);
  });
});
