// The register row codec: items ↔ rows by header, never by position; text that could become a formula is neutralised.
import { asPlainText, columnIndex, columnsOf, decodeRow, encodeRow } from '../../src/domain/row-codec';
import type { Item } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';

const columns = columnsOf(SEED_MASTER);
const headers = columns.map((c) => c.header);
const item: Item = {
  ...(seedItems('2026-11-25T10:00:00+09:00', 'a@city.example.jp')[0] as Item),
  title: '=HYPERLINK("x")',
  relatedDepartments: ['企画政策課', '財政課'],
  savingsPlan: { cut: 1200, revenue: null },
  schedule: { '2022': '検討', '2023': '導入', '2024': '' },
};

describe('row codec', () => {
  it('round-trips an item through a row, whatever order the headers are in', () => {
    const shuffled = ['市の列', ...[...headers].reverse()];
    const { index, missing } = columnIndex(shuffled, columns);
    expect(missing).toEqual([]);
    const row = encodeRow(item, columns, index, Array(shuffled.length).fill('keep'));
    expect(row[0]).toBe('keep');
    expect(row[index.get('title') as number]).toBe(`'${item.title}`);
    // Sheets hands back the text without its protecting apostrophe.
    const read = row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell));
    expect(decodeRow(read, columns, index)).toEqual({ item, badCells: [] });
  });

  it('finds a column by its first header and reports headers that are not there', () => {
    const { index, missing } = columnIndex(['取組ID', '取組ID', ' 柱 '], columns);
    expect(index.get('id')).toBe(0);
    expect(index.get('pillarNo')).toBe(2);
    expect(missing.map((c) => c.header)).toContain('担当課');
  });

  it('reads a cell that is not of its kind as empty and names it', () => {
    const { index } = columnIndex(headers, columns);
    const row = encodeRow(item, columns, index, Array(headers.length).fill(''));
    row[index.get('savingsPlan.cut') as number] = '千二百';
    row[index.get('progress') as number] = '1,5';
    const decoded = decodeRow(row, columns, index);
    expect(decoded.badCells).toEqual(['savingsPlan.cut']);
    expect(decoded.item.savingsPlan.cut).toBeNull();
    expect(decoded.item.progress).toBe(15);
  });

  it('neutralises text Sheets would read as a formula or whose apostrophe it would swallow', () => {
    expect(['=1', '+1', '-1', '@a', "'a", 'a=1'].map(asPlainText)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "''a",
      'a=1',
    ]);
  });
});
