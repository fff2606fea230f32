// 取り込み's header matching: the register's own headers, the fields' labels and the synonyms of Excel 進行管理台帳
// name the same fields, whatever width or spacing they were typed in; the header row is found below a title.

import { registerColumns } from '../../src/domain/columns';
import {
  findHeaderRow,
  importableColumns,
  normalizeHeader,
  suggestMapping,
} from '../../src/domain/import-headers';
import { SEED_MASTER } from '../../src/domain/seed';

const columns = importableColumns(SEED_MASTER);

describe('suggestMapping', () => {
  it('maps the register’s own headers to their fields, and leaves the add-on’s columns out', () => {
    const headers = registerColumns(SEED_MASTER.period).map((c) => c.header);
    const mapping = suggestMapping(headers, columns);
    const byHeader = Object.fromEntries(headers.map((h, i) => [h, mapping[i]]));
    expect(byHeader).toMatchObject({
      柱: 'pillarNo',
      改革: 'reformNo',
      取組項目: 'title',
      担当課: 'department',
      令和4年度計画: 'schedule.2022',
      '効果額見込_歳入確保(千円)': 'savingsPlan.revenue',
      // The progress form's and the add-on's columns are not an import's: a new item starts 未着手, revision 1.
      取組ID: '',
      進捗状況: '',
      版: '',
      記録値: '',
    });
  });

  it.each([
    ['取組名', 'title'],
    ['項目名', 'title'],
    ['所管課', 'department'],
    ['担当部署', 'department'],
    ['柱番号', 'pillarNo'],
    ['改革番号', 'reformNo'],
    ['改革名', 'reformNo'],
    ['基本方針', 'pillarNo'],
    ['関係部署', 'relatedDepartments'],
    ['成果指標', 'indicator.name'],
    ['現状値', 'indicator.baseline'],
    ['歳出削減額', 'savingsPlan.cut'],
    ['効果額（歳入確保）', 'savingsPlan.revenue'],
    ['ＫＰＩ', 'indicator.name'],
    [' 取組 名 ', 'title'],
  ])('%s → %s', (header, field) => {
    expect(suggestMapping([header], columns)).toEqual([field]);
  });

  it.each([
    ['令和５年度', 'schedule.2023'],
    ['令和4年度計画', 'schedule.2022'],
    ['R6年度', 'schedule.2024'],
    ['2022年度', 'schedule.2022'],
  ])('a 年度 of the plan period, %s, is its schedule column', (header, field) => {
    expect(suggestMapping([header], columns)).toEqual([field]);
  });

  it('a 年度 outside the period, an unknown header and an empty one are not taken', () => {
    expect(suggestMapping(['令和9年度', '備考', '', 'No.'], columns)).toEqual(['', '', '', '']);
  });

  it('a field named by two headers goes to the first of them', () => {
    expect(suggestMapping(['取組名', '取組項目', '所管課'], columns)).toEqual(['title', '', 'department']);
  });
});

describe('normalizeHeader', () => {
  it('compares full-width and half-width, brackets of either kind, without spaces', () => {
    expect(normalizeHeader('効果額（歳出削減）')).toBe(normalizeHeader('効果額(歳出削減)'));
    expect(normalizeHeader('ＫＰＩ　名')).toBe('KPI名');
  });
});

describe('findHeaderRow', () => {
  it('finds the header row below a title and a blank line', () => {
    const rows = [
      ['進行管理台帳（令和4年度）'],
      [''],
      ['No.', '取組名', '所管課', '柱番号'],
      ['1', 'x', 'y', '1'],
    ];
    expect(findHeaderRow(rows, columns)).toBe(2);
  });

  it('a sheet whose rows name fewer than two fields has none', () => {
    expect(findHeaderRow([['メモ'], ['取組名', '']], columns)).toBe(-1);
    expect(findHeaderRow([], columns)).toBe(-1);
  });

  it('looks in the first ten rows only', () => {
    const rows = [...Array.from({ length: 10 }, () => ['']), ['取組名', '所管課']];
    expect(findHeaderRow(rows, columns)).toBe(-1);
  });
});
