// Japanese text of the meeting report: its headings, table headers, log states and refusals.
import { excerpt, excerptList } from './excerpt';

export const REPORT = {
  sidebarTitle: '報告書',
  sidebar: {
    intro: '報告回と会議を選んで、会議報告書（Google ドキュメント）を作成します。',
    round: '報告回',
    meetingName: '会議名',
    meetingDate: '会議日',
    meetingDateHint: (wareki: string) => (wareki ? `和暦：${wareki}` : '和暦で表示されます'),
    documentNo: '資料番号',
    documentNoHint: '例：資料1（空欄可）',
    templateDocId: 'テンプレート文書ID',
    templateHint: '空欄なら標準の様式。市の様式を使うときは Google ドキュメントのIDを入力',
    generate: '報告書を作成',
    planOfficeOnly:
      '会議報告書の作成は行革担当だけが行えます。集計の数値は「集計の更新」で確認できます（表示のみ）。',
    generating: '作成中…（数十秒かかることがあります）',
    done: (title: string) => `「${title}」を作成しました。`,
    superseded: (n: number) => `同じ報告回の以前の報告書 ${n}件を「差し替え済み」にしました。`,
    handEdits: (rows: number) =>
      `台帳に取り込まれていない手入力の変更が ${rows}行 あります。報告書には本アドオンで保存された内容を使いました（取り込みは「台帳の検証」から）。`,
    open: '報告書を開く',
    defaultMeetingName: '行財政改革推進本部会議',
    preflight: '作成前の確認',
    preflightRound: '報告回',
    preflightCoverage: '報告済み',
    preflightDate: '会議日（和暦）',
    preflightHandEdits: '手入力の変更',
    preflightHandEditRows: (rows: number) =>
      `${rows}行が台帳に取り込まれていません。報告書には本アドオンで保存された内容を使います（取り込みは「台帳の検証」から）。`,
    coverageFigure: (reported: number, due: number, rate: number | null) =>
      `${reported}／${due}件${rate === null ? '' : `（${rate.toFixed(1)}%）`}`,
    coverageLoading: '確認中…',
    lowCoverage: (figure: string) =>
      `報告済みは ${figure} です。未報告の取組は報告書に「未報告」と載ります。このまま作成しますか？`,
    confirmGenerate: 'このまま作成',
    cancelGenerate: 'やめる',
    acknowledgeTampering: '変更を承知のうえで作成する（報告書の1ページ目に注記します）',
    reproduceHeading: '作成済みの報告書の再現',
    reproduceIntro:
      '報告書ログの作成日時をそのまま貼り付けると、その時点の記録（履歴と計画）から同じ数値の報告書を【再現】として作成します。会議名などは上の欄の値を使います。',
    loggedAt: '報告書ログの作成日時',
    loggedAtHint: '報告書ログの作成日時をそのまま貼り付け（例：2026/12/01 10:00:00）',
    reproduce: '再現する',
    reproducing: '再現中…',
  },
  titleSuffix: '進捗状況報告',
  failedTitlePrefix: '【作成失敗】',
  meetingLine: (meeting: string, date: string) => `${meeting}（${date}）`,
  sections: {
    overview: '1 全体の概要',
    pillars: '2 柱ごとの状況',
    late: '3 遅れている取組',
    changes: '4 前回からの変化',
    savings: '5 効果額',
    appendix: '別表 取組一覧',
  },
  overviewHeader: ['項目', '値'],
  itemsTotal: '取組項目数',
  coverage: '報告済み／報告対象',
  averageProgress: '平均進捗率',
  statusRow: (name: string) => `進捗状況：${name || '未設定'}`,
  gradeRow: (code: string) => `評価：${code || '未報告'}`,
  savingsPlanRow: '効果額見込（千円）',
  savingsActualRow: '効果額実績（千円）',
  pillarHeading: (no: number, name: string) => `柱${no} ${name}`,
  pillarHeader: ['区分', '件数・金額'],
  asOfLine: (date: string) => `${date}現在`,
  /** Page 1's one sentence: 「全20項目のうち、A評価1項目、…、未報告16項目です。」 */
  summarySentence: (items: number, parts: string[]) => `全${items}項目のうち、${parts.join('、')}です。`,
  gradePart: (code: string, n: number) => (code ? `${code}評価${n}項目` : `未報告${n}項目`),
  /** The 柱 × 評価 matrix: the first header, the grade-less column and the row total's. */
  matrixCorner: '柱',
  unreported: '未報告',
  rowTotal: '計',
  chartTitle: '柱別の評価の内訳',
  chartCategory: (no: number) => `柱${no}`,
  chartAxes: { category: '柱', value: '取組項目数（件）' },
  lateHeader: ['取組ID', '取組項目', '担当課', '評価', '課題', '今後の方針'],
  noLate: '遅れている取組はありません。',
  changesHeader: ['取組ID', '取組項目', '変化', '前回', '今回'],
  noPreviousRound: '前回の報告回がないため、比較できません。',
  noChanges: (previous: string) => `前回（${previous}）から変化のあった取組はありません。`,
  changesAgainst: (previous: string) => `前回（${previous}）との比較`,
  changeKinds: {
    status: '進捗状況の変更',
    grade: '評価の変更',
    done: '新たに完了',
    cancelled: '中止',
    postponed: '延期',
  },
  /** The first header of the 効果額 table (the others are the savings columns'). */
  savingsCategory: '区分',
  savingsUnit: '（単位：千円）',
  total: '合計',
  appendixHeader: ['取組ID', '取組項目', '担当課', '進捗状況', '進捗率', '評価'],
  reformRow: (no: number, name: string) => `改革${no} ${name}`,
  /** The appendix's second table: each item's plan against actual, one row per 年度 (効果額 in 千円). */
  appendixYearsHeading: '年度別の計画と実績',
  appendixYearsHeader: [
    '取組ID',
    '取組項目',
    '効果区分',
    '年度',
    '目標値',
    '実績値',
    '効果額目標（千円）',
    '効果額実績（千円）',
    '効果額達成率',
    '実績の区分',
  ],
  logHeaders: {
    createdAt: '作成日時',
    roundId: '報告回',
    title: '表題',
    url: 'リンク',
    user: '作成者',
    state: '状態',
  },
  logCreated: '作成済み',
  logSuperseded: '差し替え済み',
  meetingDateNotReal: '会議日: 実在する日付を入力してください（例：2026-12-01）',
  templateMissing: '指定されたテンプレート文書を開けませんでした。文書IDと閲覧権限を確認してください。',
  unknownPlaceholder: (names: string[]) =>
    `テンプレートに使えない差し込み項目があります：${excerptList(names.map((n) => `{{${n}}}`))}`,
  tampered: (detail: string) =>
    `記録（履歴・報告書ログ・台帳の取組）に記録後の変更が見つかったため、報告書を作成できません。${detail}「台帳の検証」で確認するか、変更を承知のうえで作成してください。`,
  tamperNotice: (detail: string) =>
    `【注記】この報告書は、記録（履歴・報告書ログ・台帳の取組）に記録後の変更が見つかった状態で、行革担当の確認のうえ作成されました。${detail}`,
  createFailed:
    '報告書の文書を作成できませんでした（1日に作成できる文書数の上限に達した可能性があります）。時間をおいて再度お試しください。',
  /** The task named when someone other than the plan office asks for a reproduction. */
  regenerateTask: '報告書の再現',
  /** A reproduction's document name: not a new report of the round, so it is not logged and supersedes nothing. */
  reproducedTitle: (title: string) => `【再現】${title}`,
  logEntryNotFound: (createdAt: string) =>
    `作成日時: 報告書ログに「${excerpt(createdAt)}」の報告書がありません。報告書ログの作成日時をそのまま指定してください。`,
  buildFailed: (title: string) =>
    `報告書の作成中に失敗しました。途中まで作成された文書は「${title}」という名前で残っています。削除して再度お試しください。`,
} as const;
