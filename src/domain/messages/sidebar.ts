// Japanese text of the sidebars: titles, field captions, buttons and the states of loading and saving.
import { excerptList } from './excerpt';

export const SIDEBAR = {
  transportFailed:
    'サーバーと通信できませんでした。接続を確認して、もう一度お試しください。何も変更されていません。',
  loading: '読み込み中…',
  saving: '保存中…',
  save: '保存',
  reload: '再読み込み',
  readOnly: 'この取組は閲覧のみです（編集する権限がありません）。',
  readOnlyMark: '（閲覧のみ）',
  notInMaster: (planOffice: readonly string[]) =>
    `マスタに登録されていません。行革担当（${excerptList(planOffice)}）にご連絡ください。登録されるまで、すべて閲覧のみです。`,
  notInMasterNoPlanOffice:
    'マスタに登録されていません。マスタに行革担当もまだ登録されていないため、このファイルの所有者に、マスタの「行革担当」への登録を依頼してください。登録されるまで、すべて閲覧のみです。',
  staleChanges: '変更された項目',
  staleField: '項目',
  staleYours: 'あなたの入力',
  staleTheirs: '現在の値',
  requiredMark: '必須',
  choose: '選択してください',
  // date fields: shown year first whatever the browser's locale
  datePlaceholder: '年/月/日',
  datePicker: 'カレンダーから選ぶ',
  // item sidebar
  pickItem: '取組',
  newItem: '＋ 新しい取組を登録',
  created: (id: string) => `取組「${id}」を登録しました。`,
  updated: (id: string) => `取組「${id}」を保存しました。`,
  scheduleHeading: '年度別計画',
  indicatorHeading: '指標',
  savingsPlanHeading: '効果額見込（千円）',
  savingsCut: '歳出削減',
  savingsRevenue: '歳入確保',
  // progress sidebar
  round: '報告回',
  search: '検索（ID・取組項目・担当課）',
  notReported: '未報告',
  reported: '報告済',
  yourDepartment: '自課',
  mineOnly: '自課のみ',
  planHeading: '計画と目標',
  noItems: '該当する取組はありません。',
  previous: (round: string) => `前回（${round}）`,
  previousNone: '前回の報告はありません。',
  savingsActualHeading: '効果額実績（千円）',
  carryOver: '前回の内容を引き継ぐ',
  carryOverHint: '課題と今後の方針は空欄から始まります。前回と同じなら引き継いでから直してください。',
  recorded: (id: string) => `取組「${id}」の進捗を保存しました。`,
  duplicate: (id: string) => `取組「${id}」の進捗はすでに保存されています。`,
  next: (id: string, title: string) => `次の未報告の取組へ: ${id} ${title}`,
  allReported: '自課の取組はすべて報告済みです。',
} as const;
