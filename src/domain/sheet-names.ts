// Names of the sheets the add-on owns.

export const SHEETS = {
  register: '台帳',
  master: 'マスタ',
  history: '履歴',
  summary: '集計',
  reportLog: '報告書ログ',
  reminderLog: '督促ログ',
} as const;
