// The remembered header row: a held column missing is stranded only when a header appeared since (or that cannot be
// told); moved columns, deleted ones and columns the sheet never had are not.
import { rememberedHeaders, strandedColumns, wasHeld } from '../../src/domain/held-columns';

const ROW = ['取組ID', '課題', '市のメモ', '記録値'];
const OWN = ['取組ID', '課題', '記録値'];

describe('held columns', () => {
  const remembered = rememberedHeaders(ROW, OWN);

  it('a renamed column is stranded, naming the header that appeared', () => {
    expect(strandedColumns(remembered, ['取組ID', 'メモ', '市のメモ', '記録値'], ['課題'])).toEqual([
      { expected: '課題', appeared: ['メモ'] },
    ]);
  });

  it('a header renamed to one the sheet already had counts as appeared (the headers are counted, not a set)', () => {
    expect(strandedColumns(remembered, ['取組ID', '市のメモ', '市のメモ', '記録値'], ['課題'])).toEqual([
      { expected: '課題', appeared: ['市のメモ'] },
    ]);
  });

  it('moved, deleted with its data, or never held: nothing is stranded', () => {
    expect(strandedColumns(remembered, ['記録値', '市のメモ', '課題', '取組ID'], [])).toEqual([]);
    expect(strandedColumns(remembered, ['取組ID', '市のメモ', '記録値'], ['課題'])).toEqual([]);
    expect(strandedColumns(remembered, [...ROW, '備考'], ['新しい列'])).toEqual([]);
    expect(strandedColumns(null, ['取組ID', 'メモ', '市のメモ', '記録値'], ['課題'])).toEqual([]);
  });

  it('a row too wide to remember whole keeps the add-on headers: a held column missing is then always refused', () => {
    const wide = [...OWN, ...Array.from({ length: 1000 }, (_, i) => `市の列${i}`)];
    const partial = rememberedHeaders(wide, OWN);
    expect(partial.length).toBeLessThan(9 * 1024);
    expect(wasHeld(partial, '課題')).toBe(true);
    expect(wasHeld(partial, '市の列1')).toBe(false);
    expect(strandedColumns(partial, wide.slice(0, 1).concat(wide.slice(2)), ['課題'])).toEqual([
      { expected: '課題', appeared: [] },
    ]);
  });
});
