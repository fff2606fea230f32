// Japanese texts of the validation marks, the onEdit check and the 検証 sidebar.

export const VALIDATION = {
  /** Start of every note the add-on puts on a problem cell; notes without it belong to users. */
  notePrefix: '【検証】',
  title: '台帳の検証',
  checking: '検証中…',
  noProblems: '問題は見つかりませんでした。',
  summary: (rows: number, errors: number, warnings: number) =>
    `${rows}行を検証しました。エラー ${errors}件、警告 ${warnings}件。`,
  rerun: '再検証',
  error: 'エラー',
  warning: '警告',
  noId: 'IDなし',
  jump: (a1: string) => `${a1}へ移動`,
  jumped: (a1: string) => `セル${a1}を選択しました。`,
  badCell: 'セル: 台帳シートのセルをA1形式（例: B12）で指定してください',
  handEdited: (label: string, before: string, after: string) =>
    `${label}が本アドオンで最後に保存された後に手入力で変更されています（「${before}」→「${after}」）。取り込むまで集計・報告書・権限には使われず、この取組の保存と報告は止まります。`,
  recordBroken:
    '記録値が手入力で変更されたため、この行の記録を確認できません。行革担当が取り込むまで保存と報告は止まります。',
  handEditCount: (rows: number) => `手入力の変更が ${rows}行 取り込まれていません。`,
  adopt: '取り込む',
  adopting: '取り込み中…',
  adopted: (rows: number, skipped: number) =>
    `${rows}行の手入力の変更を取り込みました。${skipped ? `エラーのある ${skipped}行は取り込んでいません。` : ''}`,
} as const;
