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
} as const;
