// Japanese text of the 履歴 sheet: its own headers, the kinds of entry, and the summary of what changed.
import type { HistoryKind } from '../schemas';

export const HISTORY_KINDS: Readonly<Record<HistoryKind, string>> = {
  create: '登録',
  update: '編集',
  progress: '進捗報告',
  adopt: '手入力の取り込み',
  review: '最終評価',
  return: '差戻し',
  lifecycle: '異動',
};

export const HISTORY = {
  /** Headers of the columns the register does not have (the others have the register's headers). */
  headers: {
    at: '日時',
    user: '利用者',
    kind: '種別',
    requestId: 'リクエストID',
    roundId: '報告回',
    changes: '変更内容',
    planBefore: '変更前の計画',
    /** The chain columns of 履歴 and 報告書ログ (tamper evidence). */
    seq: '連番',
    digest: 'ダイジェスト',
  },
  /** The 変更内容 of a new item's entry, and of the seed plan's. */
  created: '新規登録',
  seeded: '初期データ（行財政集中改革プラン2022）',
  // describeChanges: "進捗状況: 検討中→実施中、取組状況を更新"
  changed: (label: string, before: string, after: string) => `${label}: ${before}→${after}`,
  textUpdated: (label: string) => `${label}を更新`,
  planUpdated: '計画・指標・効果額を更新',
  empty: '（空欄）',
  separator: '、',
  noChange: '変更なし',
} as const;
