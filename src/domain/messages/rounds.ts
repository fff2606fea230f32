// Japanese texts of reporting rounds: opening and closing a round, the deadline line, 未報告 and the reminder mail.
import { excerpt } from './excerpt';

export const ROUNDS = {
  menu: '報告回の管理',
  openTask: '報告回の開始',
  closeTask: '報告回の締切',
  statusTask: '未報告の確認',
  remindTask: '未報告の督促',
  masterEditorsOnly:
    '報告回はマスタの編集者（行革担当とファイルのオーナー）だけが変更できます。行革担当に依頼してください。',
  closedLabel: '締切済',
  openLabel: '受付中',
  idTaken: (id: string) => `報告回: 報告回ID「${excerpt(id)}」はすでにあります。別のIDにしてください。`,
  labelTaken: (label: string) =>
    `報告回の名称: 「${excerpt(label)}」はすでにあります。別の名称にしてください。`,
  closedRound: (label: string) =>
    `報告回「${excerpt(label)}」は締め切られているため、報告できません。訂正が必要なときは行革担当に依頼してください。`,
  correctionNeedsReason: (label: string) =>
    `訂正理由: 報告回「${excerpt(label)}」は締め切られています。訂正する理由を入力してください。`,
  correction: (reason: string) => `締切後の訂正（理由: ${reason}）`,
  noSettingsRow: 'マスタに「現在の報告回」の行がありません。セットアップを実行してからやり直してください。',
  tooManyRounds: 'マスタの報告回が上限に達しているため、報告回を追加できません。',
  due: (wareki: string) => `締切: ${wareki}`,
  daysLeft: (days: number) => (days === 0 ? '本日締切' : `あと${days}日`),
  overdue: '締切を過ぎています',
  quotaTooSmall: (needed: number, remaining: number) =>
    `本日送信できるメールの宛先数が足りません（必要 ${needed}件、残り ${remaining}件）。何も送信していません。明日以降に送信するか、督促文をコピーして送ってください。`,
  noMembers: 'マスタにメンバーが登録されていないため、メールは送れません。督促文をコピーして送ってください。',
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
