// Japanese texts of the validation marks, the onEdit check and the 検証 sidebar.
import { excerpt, excerptList } from './excerpt';
import { shownMinute } from './shown-time';

export const VALIDATION = {
  /** Start of every note the add-on puts on a problem cell; notes without it belong to users. */
  notePrefix: '【検証】',
  title: '台帳の検証',
  checking: '検証中…',
  noProblems: '問題は見つかりませんでした。',
  summary: (rows: number, errors: number, warnings: number) =>
    `${rows}行を検証しました。エラー ${errors}件、警告 ${warnings}件。`,
  rerun: '再検証',
  /** The sidebar opens on the last validation kept; `at` is its ISO time. */
  lastShown: (at: string, button: string) =>
    `前回の検証（${shownMinute(at)}時点）の結果を表示しています。最新にするには「${button}」を押してください。`,
  noLast: (button: string) => `まだ検証されていません。「${button}」を押すと台帳を検証します。`,
  run: '検証する',
  errorsHeading: (count: number) => `エラー（${count}件）`,
  warningsHeading: (count: number) => `警告（${count}件）`,
  errorsOnly: 'エラーのみ表示',
  repeated: (count: number) => `（${count}件）`,
  showCells: '該当する取組を表示',
  notLoaded: (count: number) => `ほか${count}件は「さらに表示」で読み込めます。`,
  more: 'さらに表示',
  loadingMore: '読み込み中…',
  error: 'エラー',
  warning: '警告',
  noId: 'IDなし',
  jump: (a1: string) => `${a1}へ移動`,
  jumped: (a1: string) => `セル${a1}を選択しました。`,
  pasteChecked: (edited: number, checked: number) =>
    `貼り付けられた${String(edited).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}行のうち、最初の${checked}行を確認しました。残りは「台帳の検証」で確認してください。`,
  badOffset: '表示位置: 0以上の整数で指定してください',
  badCell: 'セル: 台帳シートのセルをA1形式（例: B12）で指定してください',
  handEdited: (label: string, before: string, after: string) =>
    `${label}: 本アドオンで最後に保存された後に手入力で変更されています（「${before}」→「${after}」）。取り込むまで集計・報告書・権限には使われず、この取組の保存と報告は止まります。`,
  recordBroken:
    '記録値: 手入力で変更されたため、この行の記録を確認できません。行革担当が取り込むまで保存と報告は止まります。',
  handEditCount: (rows: number) => `手入力の変更が ${rows}行 取り込まれていません。`,
  adopt: '取り込む',
  adopting: '取り込み中…',
  adopted: (rows: number, skipped: number) =>
    `${rows}行の手入力の変更を取り込みました。${skipped ? `エラーのある ${skipped}行は取り込んでいません。` : ''}`,
  tamperHeading: '改ざんの疑い',
  chainIntact: (sheet: string) => `「${sheet}」: 記録後の変更は見つかりませんでした。`,
  chainBreak: {
    unsealed: (sheet: string, row: number) =>
      `「${sheet}」の${row}行目に連番・ダイジェストがありません。アドオン以外で追加された行の可能性があります。`,
    badSequence: (sheet: string, row: number) =>
      `「${sheet}」の${row}行目の連番が正しくありません（書き換えられています）。`,
    duplicateSequence: (sheet: string, row: number, seq: number) =>
      `「${sheet}」の${row}行目の連番${seq}がほかの行と重複しています（行が複製された可能性があります）。`,
    missingSequence: (sheet: string, row: number, seq: number, expected: number) =>
      `「${sheet}」に連番${expected}の行がありません（削除された可能性があります）。${row}行目は連番${seq}です。`,
    edited: (sheet: string, row: number, seq: number) =>
      `「${sheet}」の${row}行目（連番${seq}）の内容が記録後に変更されています。`,
    truncated: (sheet: string, seq: number, expected: number) =>
      `「${sheet}」の連番${seq + 1}〜${expected}の行がありません（最後の行が削除された可能性があります）。`,
    itemRowsMissing: (itemIds: readonly string[]) =>
      `台帳に取組ID ${excerptList(itemIds)} の行がありません。履歴には記録があります（行が削除されたか、取組IDが書き換えられた可能性があります）。`,
    olderRow: (itemId: string, revision: number, recorded: number) =>
      `${excerpt(itemId)}（台帳は版${revision}、履歴は版${recorded}まで）`,
    olderRows: (rows: readonly string[]) =>
      `台帳の取組 ${rows.slice(0, 5).join('、')}${rows.length > 5 ? ` ほか${rows.length - 5}件` : ''} の行が、履歴に記録された版より古くなっています（古い写しが貼り付けられた可能性があります）。`,
    sheetMissing: (sheet: string, expected: number) =>
      `「${sheet}」シートがありません。連番1〜${expected}の行が記録されていました（シートが削除された可能性があります）。`,
    resealed: (sheet: string, expected: number) =>
      `「${sheet}」の最後の行が、アドオンが最後に記録した行（連番${expected}）と一致しません（連番・ダイジェストが書き換えられた可能性があります）。`,
  },
} as const;
