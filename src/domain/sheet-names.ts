// Names of the sheets the add-on owns, and the headers of the history and report-log sheets.

export const SHEETS = {
  register: '台帳',
  master: 'マスタ',
  history: '履歴',
  summary: '集計',
  reportLog: '報告書ログ',
} as const;

/** History columns, in order; the history is append-only and written only by the add-on. */
export const HISTORY_HEADERS = [
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
  '取組状況',
  '課題',
  '今後の方針',
  '変更内容',
] as const;

export const REPORT_LOG_HEADERS = ['作成日時', '報告回', '表題', 'リンク', '作成者', '状態'] as const;
