// The report log codec: a new entry under the log's headers, and which earlier entries of the round it supersedes.
import { logRow, REPORT_LOG_HEADERS, reportLogIndex, supersede } from '../../src/domain/report/log';

const entry = {
  createdAt: '2026-12-01T10:00:00+09:00',
  roundId: 'R4-H1',
  title: '報告書',
  url: 'https://d/1',
  user: 'a@b.jp',
};

describe('report log codec', () => {
  it('writes a new entry under its headers, whatever their order', () => {
    const header = ['備考', ...[...REPORT_LOG_HEADERS].reverse()];
    const { index, missing } = reportLogIndex(header);
    expect(missing).toEqual([]);
    const row = logRow(entry, index, header.length);
    expect(Object.fromEntries(header.map((h, i) => [h, row[i]]))).toEqual({
      備考: '',
      // An instant cell: a Date of that instant, which the sheet shows as 2026/12/01 10:00:00.
      作成日時: new Date(entry.createdAt),
      報告回: 'R4-H1',
      表題: '報告書',
      リンク: 'https://d/1',
      作成者: 'a@b.jp',
      状態: '作成済み',
      // Sealed when the row is written (src/sheets/report-log.ts), not by the codec.
      連番: '',
      ダイジェスト: '',
    });
  });

  it('supersedes only the 作成済み entries of the same round', () => {
    const header = ['状態', '報告回'];
    const { index } = reportLogIndex([...header, '作成日時', '表題', 'リンク', '作成者']);
    const rows = [
      ['作成済み', 'R4-H1'],
      ['差し替え済み', 'R4-H1'],
      ['作成済み', 'R4-H2'],
      ['作成済み', 'R4-H1'],
    ];
    expect(supersede(rows, index, 'R4-H1')).toEqual({
      states: [['差し替え済み'], ['差し替え済み'], ['作成済み'], ['差し替え済み']],
      superseded: 2,
    });
  });

  it('names a missing header', () => {
    expect(
      reportLogIndex([
        '作成日時',
        '報告回',
        '題名',
        'リンク',
        '作成者',
        '状態',
        '連番',
        'ダイジェスト',
      ]).missing.map((c) => c.header),
    ).toEqual(['表題']);
  });
});
