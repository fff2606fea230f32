// Japanese labels of every payload field (dotted paths) and the reasons a value is refused, for form messages.
import { fiscalYearHeader } from '../fiscal-year';
import { excerptList } from './excerpt';
import { LEDGER, YEARLY_TARGET_GROUPS, type YearlyTargetGroup } from './ledger';

/** Labels by dotted path; list elements share their list's label (numeric segments are skipped). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // ItemInput / Item (same headers as the register columns)
  id: '取組ID',
  baseRevision: '版',
  pillarNo: '柱',
  reformNo: '改革',
  title: '取組項目',
  description: '取組内容',
  department: '担当課',
  relatedDepartments: '関係課',
  schedule: '年度別計画',
  indicator: '指標',
  'indicator.name': '指標',
  'indicator.unit': '単位',
  'indicator.baseline': '基準値',
  'indicator.target': '目標値',
  indicatorActual: '実績値',
  savingsPlan: '効果額見込',
  'savingsPlan.cut': '効果額見込（歳出削減）',
  'savingsPlan.revenue': '効果額見込（歳入確保）',
  savingsActual: '効果額実績',
  'savingsActual.cut': '効果額実績（歳出削減）',
  'savingsActual.revenue': '効果額実績（歳入確保）',
  ...LEDGER.groupLabel,
  // ImportRequest
  sheetName: '取込元シート',
  mapping: '見出しの割り当て',
  // ProgressInput
  requestId: '送信ID',
  itemId: '取組ID',
  roundId: '報告回',
  status: '進捗状況',
  progress: '進捗率',
  grade: '評価',
  activity: '取組状況',
  issues: '課題',
  nextSteps: '今後の方針',
  correctionReason: '訂正理由',
  // ReviewInput
  reportRequestId: '審査する報告',
  decisionRequestId: '審査済みの内容',
  decision: '審査の結果',
  finalGrade: '最終評価',
  note: 'コメント・理由',
  // LifecycleInput / Item
  addedRoundId: '追加報告回',
  lifecycle: '異動',
  lifecycleRoundId: '異動報告回',
  mergedInto: '統合先',
  crossListedReformNo: '再掲改革',
  // OpenRoundInput
  label: '報告回の名称',
  fiscalYear: '報告回の年度',
  dueDate: '締切日',
  // ItemFilter
  notReportedOnly: '未報告のみ',
  query: '検索語',
  // ReportRequest
  meetingName: '会議名',
  meetingDate: '会議日',
  documentNo: '資料番号',
  templateDocId: 'テンプレート文書ID',
  // RegenerateRequest
  loggedAt: '報告書ログの作成日時',
  acknowledgeTampering: '記録の変更を承知のうえで作成',
  // Master
  planName: 'プラン名',
  city: '自治体名',
  localGovernmentCode: '全国地方公共団体コード',
  period: '計画期間',
  'period.startFiscalYear': '計画期間（開始年度）',
  'period.endFiscalYear': '計画期間（終了年度）',
  pillars: '柱',
  'pillars.no': '柱の番号',
  'pillars.name': '柱の名称',
  reforms: '改革',
  'reforms.no': '改革の番号',
  'reforms.pillarNo': '改革の柱',
  'reforms.name': '改革の名称',
  departments: '担当課',
  'departments.name': '担当課名',
  'departments.members': '担当課のメンバー',
  planOffice: '行革担当',
  statuses: '進捗状況',
  'statuses.name': '進捗状況の名称',
  'statuses.role': '進捗状況の区分',
  grades: '評価',
  'grades.code': '評価の記号',
  'grades.label': '評価の説明',
  'grades.late': '評価の遅れ区分',
  rounds: '報告回',
  'rounds.id': '報告回ID',
  'rounds.label': '報告回の名称',
  'rounds.fiscalYear': '報告回の年度',
  'rounds.dueDate': '報告回の期限',
  currentRoundId: '現在の報告回',
};

/** Label of a dotted path such as "indicator.target", "relatedDepartments.2" or "schedule.2023". */
export function fieldLabel(path: string): string {
  const segments = path.split('.').filter((s) => s !== '');
  if (segments[0] === 'schedule' && segments[1] && /^\d{4}$/.test(segments[1])) {
    return fiscalYearHeader(Number(segments[1]));
  }
  const group = YEARLY_TARGET_GROUPS.find((g) => g === segments[0]);
  if (group && segments[1] && /^\d{4}$/.test(segments[1]))
    return LEDGER.yearlyLabel[group as YearlyTargetGroup](Number(segments[1]));
  const named = segments.filter((s) => !/^\d+$/.test(s)).join('.');
  if (named === '') return '入力内容';
  return FIELD_LABELS[named] ?? FIELD_LABELS[segments[0] ?? ''] ?? '入力内容';
}

/** Payload fields chosen from a master list (a dropdown): left empty, they ask to choose, not to type. */
export const CHOICE_PATHS: ReadonlySet<string> = new Set([
  'pillarNo',
  'reformNo',
  'department',
  'status',
  'grade',
  'roundId',
]);

/** Reasons, each completed by the field's label as "<label>: <reason>". */
export const FIELD_REASONS = {
  required: '入力してください',
  /** For a field chosen from a list (a dropdown in the sidebar or the sheet). */
  requiredChoice: '選択してください',
  notText: '文字で入力してください',
  notNumber: '数値で入力してください',
  notInteger: '整数で入力してください',
  notBoolean: 'はい/いいえで指定してください',
  notList: '一覧で指定してください',
  notObject: '項目の組で指定してください',
  notPayload: '送信内容の形式が正しくありません',
  minLength: (n: number) => `${n}文字以上で入力してください`,
  maxLength: (n: number) => `${n}文字以内で入力してください`,
  minItems: (n: number) => `${n}件以上指定してください`,
  maxItems: (n: number) => `${n}件以内で指定してください`,
  range: (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `${min}以上${max}以下の数値で入力してください`
      : min !== null
        ? `${min}以上の数値で入力してください`
        : `${max}以下の数値で入力してください`,
  itemIdFormat: '「1-2-03」の形式（柱-改革-連番）で入力してください',
  dateFormat: '「2023-11-24」の形式の日付で入力してください',
  dateTimeFormat: '日時の形式が正しくありません',
  email: 'メールアドレスの形式が正しくありません',
  roundIdFormat: '半角英数字・ハイフン・アンダースコア20文字以内で入力してください',
  requestIdFormat: '送信IDの形式が正しくありません（フォームを開き直してください）',
  fiscalYearKey: '年度は西暦4桁で指定してください',
  controlChars: '使用できない制御文字が含まれています',
  format: '形式が正しくありません',
  choice: (values: readonly string[]) => `次のいずれかを選んでください: ${values.join('、')}`,
  unknownKeys: (keys: readonly string[]) => `不明な項目があります（${excerptList(keys)}）`,
  invalid: '値が正しくありません',
} as const;

/** How a field's value is shown to a person (the stale-edit table). */
export const FIELD_VALUES = {
  empty: '未入力',
  thousandYen: (amount: string) => `${amount}千円`,
  percent: (n: number) => `${n}%`,
  part: (label: string, value: string) => `${label} ${value}`,
  /** Short names of a group's parts where the group's label is already shown (効果額見込: 歳出削減 …). */
  partLabels: { cut: '歳出削減', revenue: '歳入確保' } as Readonly<Record<string, string>>,
} as const;
