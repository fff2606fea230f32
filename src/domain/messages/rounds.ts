// Japanese texts of reporting rounds: opening and closing a round, the deadline line, 未報告, the reminder mail and
// the 報告回 sidebar.

import { excerpt } from './excerpt';
import { ROUNDS_MENU } from './menu';

/**
 * What the 進捗の入力 sidebar says of a round (its deadline, closed, a correction's reason), apart from ROUNDS so that
 * sidebar does not carry the 報告回 sidebar's and the reminder mail's texts. Shared by name, not by spreading: a spread
 * would keep ROUNDS in every bundle that imports this module.
 */
const closedLabel = '締切済';
const openLabel = '受付中';
const due = (wareki: string) => `締切: ${wareki}`;
const daysLeft = (days: number) => (days === 0 ? '本日締切' : `あと${days}日`);
const overdue = '締切を過ぎています';
const closedRound = (label: string) =>
  `報告回「${excerpt(label)}」は締め切られているため、報告できません。訂正が必要なときは行革担当に依頼してください。`;
const correctionNeedsReason = (label: string) =>
  `訂正理由: 報告回「${excerpt(label)}」は締め切られています。訂正する理由を入力してください。`;
const correctionHint =
  'この報告回は締め切られています。訂正する理由を入力して保存すると、理由が履歴の変更内容に記録されます。';
const correction = (reason: string) => `締切後の訂正（理由: ${reason}）`;

export const DEADLINE = {
  closedLabel,
  due,
  daysLeft,
  overdue,
  closedRound,
  correctionNeedsReason,
  correctionHint,
} as const;

export const ROUNDS = {
  closedLabel,
  openLabel,
  due,
  daysLeft,
  overdue,
  closedRound,
  correctionNeedsReason,
  correction,
  menu: ROUNDS_MENU,
  openTask: '報告回の開始',
  closeTask: '報告回の締切',
  statusTask: '未報告の確認',
  remindTask: '未報告の督促',
  masterEditorsOnly:
    '報告回はマスタの編集者（行革担当とファイルのオーナー）だけが変更できます。行革担当に依頼してください。',
  idTaken: (id: string) => `報告回: 報告回ID「${excerpt(id)}」はすでにあります。別のIDにしてください。`,
  labelTaken: (label: string) =>
    `報告回の名称: 「${excerpt(label)}」はすでにあります。別の名称にしてください。`,
  noSettingsRow: 'マスタに「現在の報告回」の行がありません。セットアップを実行してからやり直してください。',
  tooManyRounds: 'マスタの報告回が上限に達しているため、報告回を追加できません。',
  quotaTooSmall: (needed: number, remaining: number) =>
    `本日送信できるメールの宛先数が足りません（必要 ${needed}件、残り ${remaining}件）。何も送信していません。明日以降に送信するか、督促文をコピーして送ってください。`,
  noMembers: 'マスタにメンバーが登録されていないため、メールは送れません。督促文をコピーして送ってください。',
  sidebar: {
    planOfficeOnly:
      '報告回の開始・締切と督促は、マスタの行革担当に登録された方だけが行えます。締切は「進捗の入力」で確認できます。',
    openHeading: '報告回の開始',
    label: '名称',
    labelHint: '例：令和7年度 上半期',
    fiscalYear: '年度',
    fiscalYearHint: (wareki: string) => (wareki ? `和暦：${wareki}` : '西暦4桁（例：2025）'),
    dueDate: '締切日',
    warekiPending: '和暦で表示されます',
    open: '開始',
    opening: '開始しています…',
    opened: (label: string) => `「${excerpt(label)}」を開始しました。現在の報告回です。`,
    listHeading: '報告回の一覧',
    noRounds: '報告回はまだありません。上のフォームで開始してください。',
    columnLabel: '名称',
    columnDue: '締切',
    columnState: '状態',
    current: '現在',
    noDue: '—',
    close: '締め切る',
    closing: '締め切っています…',
    confirmClose: (label: string) =>
      `「${excerpt(label)}」を締め切ります。締め切った後は新しい報告を受け付けず、行革担当が理由を付けて訂正するだけになります。締め切りますか？`,
    confirmCloseYes: '締め切る',
    cancel: 'やめる',
    closed: (label: string) => `「${excerpt(label)}」を締め切りました。`,
    unreportedHeading: (label: string) => `未報告（${excerpt(label)}）`,
    unreportedTotal: (items: number, departments: number) => `${departments}課 ${items}件`,
    departmentCount: (count: number) => `${count}件`,
    allReported: 'すべての取組が報告済みです。',
    remindHeading: '督促',
    preview: '督促の宛先を確認',
    previewing: '確認しています…',
    quotaLine: (recipients: number, remaining: number) =>
      `送信する宛先 ${recipients}件／本日送信できる残り ${remaining}件`,
    to: (addresses: string) => `宛先：${addresses}`,
    noMembersShort: 'メンバー未登録（メールは送りません。下の督促文をコピーしてください）',
    send: 'メールで督促',
    sending: '送信しています…',
    confirmSend: (mails: number, recipients: number) =>
      `${mails}通のメールを宛先 ${recipients}件に送信します。送信しますか？`,
    confirmSendYes: '送信する',
    nothingToMail: 'メールを送れる担当課がありません。督促文をコピーして送ってください。',
    sent: (mails: number, remaining: number) =>
      `${mails}通の督促メールを送信し、督促ログに記録しました（本日の残り ${remaining}件）。`,
    sentBefore: 'この督促はすでに送信済みです。重ねては送っていません。',
    copyHeading: '督促文（メールを使わないとき）',
    copyText: (department: string) => `${department}への督促文`,
    copy: 'コピー',
    copied: 'コピーしました。',
    copySelected: '督促文を選択しました。Ctrl+C（Mac は ⌘+C）でコピーしてください。',
  },
  mailSubject: (plan: string, round: string) => `【${plan}】${round}の進捗報告のお願い`,
  mailBody: (p: {
    department: string;
    round: string;
    due: string;
    items: readonly { id: string; title: string }[];
    plan: string;
  }) =>
    [
      `${p.department} ご担当者様`,
      '',
      `${p.plan}の${p.round}の進捗報告について、次の${p.items.length}件がまだ報告されていません。`,
      p.due ? `締切は${p.due}です。` : '',
      '',
      ...p.items.map((i) => `・${i.id} ${i.title}`),
      '',
      'スプレッドシートの拡張機能メニューから「進捗報告」を開いて報告してください。',
      '行革担当',
    ]
      .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
      .join('\n'),
} as const;
