// Japanese text of the open-data export: the 報告書 sidebar's section and the export's refusals.
import { excerpt } from './excerpt';

export const OPEN_DATA = {
  task: 'オープンデータの出力',
  noCode:
    '全国地方公共団体コード: マスタの「全国地方公共団体コード」に6桁のコード（例：行田市 112062）を入力してから出力してください。',
  badCode: (code: string) =>
    `全国地方公共団体コード: マスタの「${excerpt(code)}」は団体コードではありません。6桁の半角数字（末尾は検査数字、例：行田市 112062）で入力してください。`,
  sidebar: {
    heading: 'オープンデータ（CSV）',
    intro:
      '台帳を機械判読できる CSV（UTF-8・BOM付き、縦持ち）で保存します。取組項目・進捗（報告回ごと）・効果額（年度・区分ごと）の3ファイルです。',
    prepare: 'CSV を準備',
    preparing: '準備中…',
    files: {
      items: '取組項目',
      progress: '進捗（報告回ごと）',
      effects: '効果額（年度・区分ごと）',
    },
    rows: (n: number) => `${n}行`,
    download: (label: string) => `${label}を保存`,
  },
} as const;
