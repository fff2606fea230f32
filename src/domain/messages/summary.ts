// Japanese labels of the 集計 sheet and the 集計 sidebar.
import { shownMinute } from './shown-time';

export const SUMMARY = {
  sheetTitle: '集計',
  generatedAt: '作成日時',
  statusByPillar: '柱別の進捗状況（件数）',
  gradeByPillar: '柱別の評価（件数）',
  savingsByPillar: '柱別の効果額（千円）',
  coverage: '報告状況',
  byDepartment: '担当課別',
  byReform: '改革別',
  pillar: '柱',
  reform: '改革',
  department: '担当課',
  items: '取組数',
  total: '合計',
  unset: '未設定',
  notReported: '未報告',
  averageProgress: '平均進捗率(%)',
  missingItems: '未報告の取組ID',
  reported: '報告済',
  due: '対象',
  rate: '報告率',
  /** The savings columns' headers (their order and figures are in savings-columns.ts). */
  savingsLabels: {
    planCut: '見込_歳出削減',
    planRevenue: '見込_歳入確保',
    planTotal: '見込_計',
    actualCut: '実績_歳出削減',
    actualRevenue: '実績_歳入確保',
    actualTotal: '実績_計',
    achievementRate: '達成率',
  },
  percentHeader: (header: string) => `${header}(%)`,
  // sidebar
  round: '報告回',
  refresh: '集計を更新',
  refreshing: '集計中…',
  readOnly:
    '「集計」シートの更新は行革担当だけが行えます。ここには現在の台帳から計算した数値を表示しています（表示のみ）。',
  reload: '表示を更新',
  shown: (label: string) => `${label}の集計を表示しています。`,
  /** The sidebar opens on the last 集計 written; `at` is its ISO time, shown as 2026/12/01 16:13. */
  lastShown: (label: string, at: string, button: string) =>
    `${label}の前回の集計（${shownMinute(at)}時点）を表示しています。最新にするには「${button}」を押してください。`,
  noLast: (button: string) => `まだ集計されていません。「${button}」を押すと集計します。`,
  written: (label: string) => `${label}の集計を「集計」シートに書き出しました。`,
  status: '進捗状況',
  grade: '評価',
  progressAverage: '平均進捗率',
  /** An average is over reported items only: say how many were left out (sidebar and meeting report). */
  averageOfReported: (average: string, unreported: number) =>
    unreported ? `${average}（未報告${unreported}件を除く）` : average,
  savingsPlan: '効果額見込',
  savingsActual: '効果額実績',
  achievementRate: '達成率',
  savingsSplit: (total: string, cut: string, revenue: string) =>
    `${total}千円（歳出削減 ${cut}、歳入確保 ${revenue}）`,
  coverageLine: (reported: number, due: number, rate: string) =>
    `報告済 ${reported} / 対象 ${due}（報告率 ${rate}）`,
  allReported: 'すべての取組が報告済みです。',
  chartStatus: '柱別の進捗状況',
  chartSavings: '柱別の効果額（見込・実績、千円）',
} as const;
