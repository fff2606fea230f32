// Item IDs: parse, format, and next free sequence that never reuses a deleted item's ID.
import { formatItemId, ITEM_SEQ_MAX, nextItemId, parseItemId } from '../../src/domain/item-id';

describe('item IDs', () => {
  it('parse and format pillar-reform-sequence', () => {
    expect(parseItemId('1-2-03')).toEqual({ pillarNo: 1, reformNo: 2, seq: 3 });
    expect(parseItemId('1-2-3')).toBeNull();
    expect(parseItemId('x')).toBeNull();
    expect(formatItemId({ pillarNo: 4, reformNo: 8, seq: 2 })).toBe('4-8-02');
    expect(formatItemId({ pillarNo: 1, reformNo: 2, seq: 100 })).toBe('1-2-100');
    expect(parseItemId('1-2-100')).toEqual({ pillarNo: 1, reformNo: 2, seq: 100 });
  });
  it('give the next sequence after the highest ever issued, even if deleted', () => {
    expect(nextItemId(1, 2, [])).toBe('1-2-01');
    expect(nextItemId(1, 2, ['1-2-01', '1-2-02', '1-1-07', '2-2-09'])).toBe('1-2-03');
    // 1-2-05 was deleted from the register but remains in history: the caller passes both.
    const register = ['1-2-01', '1-2-02'];
    const history = ['1-2-01', '1-2-05'];
    expect(nextItemId(1, 2, [...register, ...history])).toBe('1-2-06');
    expect(nextItemId(1, 2, new Set(['1-2-99']))).toBe('1-2-100');
    expect(nextItemId(1, 2, ['1-2-100', 'garbage', ''])).toBe('1-2-101');
  });
  it('stop at the last sequence an ID can hold instead of issuing one that is no ID (and twice)', () => {
    expect(nextItemId(1, 2, ['1-2-9998'])).toBe('1-2-9999');
    expect(parseItemId(nextItemId(1, 2, ['1-2-9998']) ?? '')?.seq).toBe(ITEM_SEQ_MAX);
    expect(nextItemId(1, 2, ['1-2-9999'])).toBeNull();
    expect(nextItemId(1, 3, ['1-2-9999'])).toBe('1-3-01');
  });
});
