// Japanese texts of the validation marks, the validation result and the onEdit check.

export const VALIDATION = {
  /** Start of every note the add-on puts on a problem cell; notes without it belong to users. */
  notePrefix: '【検証】',
  title: '台帳の検証',
  noProblems: '問題は見つかりませんでした。',
  summary: (rows: number, errors: number, warnings: number) =>
    `${rows}行を検証しました。エラー ${errors}件、警告 ${warnings}件。`,
  row: (row: number) => `${row}行目`,
} as const;
