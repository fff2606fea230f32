// The history codec: entries ↔ rows by the 履歴 sheet's headers, with the register's headers for shared fields.
import { decodeHistory, encodeHistory, HISTORY_HEADERS, historyIndex } from '../../src/domain/history-codec';
import { progressEntry } from '../support/history';

const entry = progressEntry('1-1-02', 'R4-H1', {
  status: '実施中',
  progress: 40,
  grade: 'B',
  indicatorActual: 12,
  savingsActual: { cut: 1500, revenue: null },
  activity: '=対象を拡大',
  changes: '進捗率: 0→40',
});

describe('history codec', () => {
  it('lays the sheet out with the register headers for the fields it shares', () => {
    expect(HISTORY_HEADERS).toEqual([
      '日時',
      '利用者',
      '種別',
      'リクエストID',
      '取組ID',
      '版',
      '報告回',
      '進捗状況',
      '進捗率(%)',
      '評価',
      '実績値',
      '効果額実績_歳出削減(千円)',
      '効果額実績_歳入確保(千円)',
      '実績の区分',
      '取組状況',
      '課題',
      '今後の方針',
      '変更内容',
      '変更前の計画',
      '連番',
      'ダイジェスト',
    ]);
  });

  it('writes and reads each value under its header, with a column inserted and one moved', () => {
    const header = ['備考', ...HISTORY_HEADERS.filter((h) => h !== '報告回'), '報告回'];
    const { index, missing } = historyIndex(header);
    expect(missing).toEqual([]);
    const row = encodeHistory(entry, index, header.length);
    expect(row[0]).toBe('');
    expect(row.at(-1)).toBe('R4-H1');
    expect(row[header.indexOf('種別')]).toBe('進捗報告');
    expect(row[header.indexOf('取組状況')]).toBe("'=対象を拡大");
    expect(row[header.indexOf('効果額実績_歳入確保(千円)')]).toBe('');
    const read = row.map((cell) => (typeof cell === 'string' ? cell.replace(/^'/, '') : cell));
    expect(decodeHistory([read], index)).toEqual([entry]);
  });

  it('names a missing header and skips rows without an item ID', () => {
    const { index, missing } = historyIndex(HISTORY_HEADERS.map((h) => (h === '報告回' ? '回' : h)));
    expect(missing.map((c) => c.header)).toEqual(['報告回']);
    const blank = encodeHistory({ ...entry, itemId: '' }, index, HISTORY_HEADERS.length);
    expect(decodeHistory([blank], index)).toEqual([]);
  });
});
