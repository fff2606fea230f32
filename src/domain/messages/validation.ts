// Japanese texts of the validation marks, the 検証 sidebar and the onEdit check.

export const VALIDATION = {
  /** Start of every note the add-on puts on a problem cell; notes without it belong to users. */
  notePrefix: '【検証】',
  sidebarTitle: '台帳の検証',
  run: '台帳全体を検証',
  running: '検証しています…',
  noProblems: '問題は見つかりませんでした。',
  summary: (rows: number, errors: number, warnings: number) =>
    `${rows}行を検証しました。エラー ${errors}件、警告 ${warnings}件。`,
  error: 'エラー',
  warning: '警告',
  jump: 'セルへ移動',
  row: (row: number) => `${row}行目`,
} as const;
