// Japanese labels of the add-on menu items.

export const MENU = {
  setup: '台帳のセットアップ・修復',
  itemSidebar: '取組の登録・編集',
  progressSidebar: '進捗の入力',
  validate: '台帳の検証',
  summary: '集計',
  report: '報告書の作成',
} as const;
