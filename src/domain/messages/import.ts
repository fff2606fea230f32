// Japanese text of 取り込み: bringing an existing register (an Excel 進行管理台帳 pasted into a sheet) in.
import { excerpt, excerptList } from './excerpt';

export const IMPORT = {
  menu: '既存台帳の取り込み',
  task: '既存台帳の取り込み',
  /** The 変更内容 of an imported item's history entry: where it came from. */
  historyNote: (sheet: string, row: number) => `取り込み（${excerpt(sheet)}!${row}行目から）`,
  notASource: (sheet: string) =>
    `「${excerpt(sheet)}」は取り込めません。取り込む台帳を貼り付けたシートを選んでください（アドオンのシートは選べません）`,
  noSuchSheet: (sheet: string) => `シート「${excerpt(sheet)}」が見つかりません`,
  noHeader: (sheet: string) =>
    `${excerpt(sheet)}: 見出し行が見つかりません。1〜10行目のどこかに「取組項目」「担当課」などの見出しを置いてください`,
  noRows: (sheet: string) => `${excerpt(sheet)}: 見出し行の下に取り込む行がありません`,
  missingRequired: (labels: string[]) =>
    `必須の項目が割り当てられていません: ${excerptList(labels)}。見出しごとに台帳の項目を選んでください`,
  mappedTwice: (label: string, headers: string[]) =>
    `「${label}」に複数の見出しが割り当てられています: ${excerptList(headers)}`,
  mappingLength: (expected: number) => `割り当ては取込元の列数（${expected}列）と同じ数にしてください`,
  unknownField: (key: string) => `割り当て先「${excerpt(key)}」は台帳の項目ではありません`,
  /** A cell's problem: where (取込元!C7), the cell as it reads, and the rule's own words. */
  cellProblem: (a1: string, value: string, message: string) =>
    value ? `${a1}「${excerpt(value)}」: ${message}` : `${a1}: ${message}`,
  rowProblem: (sheet: string, row: number, message: string) => `${excerpt(sheet)}!${row}行目: ${message}`,
  notANumber: (label: string) => `${label}: 数値として読めません`,
  unknownPillarName: '柱: マスタにある柱の番号か名前を入れてください',
  unknownReformName: '改革: マスタにある改革の番号か名前を入れてください',
  alreadyImported: (itemId: string) => `取り込み済みです（取組ID ${itemId}）`,
  sameAsRow: (row: number) => `${row}行目と同じ内容です`,
  refused: (count: number) =>
    `取り込めない行が${count}行あります。何も取り込んでいません。各行を直してからもう一度取り込んでください`,
  notImported: '（取り込まない）',
  done: (count: number) => `${count}件の取組を取り込みました`,
  sidebar: {
    planOfficeOnly: '既存台帳の取り込みは行革担当の方だけが行えます。',
    intro:
      'Excelなどの進行管理台帳をこのファイルの別シートに貼り付けるか読み込んでから、そのシートを選んでください。すべての行を取り込めるときだけ取り込みます。',
    noSources: '取り込めるシートがありません。既存の台帳を新しいシートに貼り付けてから開き直してください。',
    source: '取込元シート',
    choose: '選んでください',
    mappingHeading: '見出しの割り当て',
    mappingHint: (row: number) => `${row}行目を見出し行として読みました。列ごとに台帳の項目を選べます。`,
    requiredMark: '（必須）',
    previewHeading: '取り込む内容（先頭の行）',
    counts: (rows: number, takeable: number, refused: number) =>
      `${rows}行のうち取り込める行 ${takeable}行、取り込めない行 ${refused}行`,
    refusedHeading: '取り込めない行',
    refusedMore: (more: number) => `ほか${more}行`,
    row: '行',
    id: '取組ID',
    title: '取組項目',
    department: '担当課',
    run: '取り込む',
    running: '取り込み中…',
    loading: '読み込み中…',
    previewing: '確認中…',
    disabledWhy: 'すべての行を取り込めるようになると「取り込む」を押せます。',
  },
} as const;
