// Japanese labels of the add-on menu items and what they report.
import { excerptList } from './excerpt';

export const MENU = {
  item: '取組の登録・編集',
  progress: '進捗の入力',
  setup: '台帳のセットアップ・修復',
  validate: '台帳の検証',
  summary: '集計の更新',
  report: '会議報告書の作成',
  help: 'ヘルプ',
  setupDone: (created: number, repaired: number, seeded: boolean, masterEditors: string[]) =>
    `セットアップが完了しました。作成したシート ${created}件、修復 ${repaired}件${seeded ? '、行田市のプランを登録しました' : ''}。マスタを編集できる方: ${excerptList(masterEditors)}（マスタの行革担当とセットアップした方）。`,
} as const;
