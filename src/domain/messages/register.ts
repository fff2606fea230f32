// Japanese messages of the register operations: set-up, saving, reporting and their refusals.
import { excerpt, excerptList } from './excerpt';

export const REGISTER = {
  notSetUp: '台帳がまだありません。拡張機能メニューの「台帳のセットアップ・修復」を実行してください。',
  missingColumn: (sheet: string, header: string) =>
    `「${sheet}」シートに必須の列「${header}」が見つかりません。列名を元に戻すか、列を追加してからやり直してください。`,
  renamedColumn: (sheet: string, found: string, expected: string) =>
    `「${sheet}」シートに列「${expected}」が見つからず、代わりに列「${excerpt(found)}」があります。列名を変えた「${expected}」の列なら、見出しを「${expected}」に戻してからセットアップを実行してください（新しい空の列を足すと、入力済みの内容が使われなくなります）。別の列なら、見出しを「${expected}」を含まない名前にしてください。`,
  /** A column the sheet held at the last set-up is gone while other headers appeared: one may be it, renamed. */
  heldColumnMissing: (sheet: string, expected: string, appeared: readonly string[]) =>
    `${sheet}の列「${expected}」が見つかりません。列名を「${expected}」に戻すか、列ごと削除したのなら見出し「${expected}」の空の列を足してから、セットアップを実行してください（前回のセットアップにはあった列です。新しい空の列を足すと入力済みの内容が使われなくなるため、何も変更していません）。${
      appeared.length > 0
        ? `前回の後に現れた見出し: ${excerptList(appeared.map((h) => (h === '' ? '（空欄）' : h)))}`
        : ''
    }`,
  brokenMaster: (detail: string) =>
    `マスタの内容に誤りがあります（${excerpt(detail, 200)}）。マスタを修正してください。`,
  invalidInput: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
  notFound: (id: string) => `取組ID「${excerpt(id)}」は台帳にありません。`,
  duplicateId: (id: string) =>
    `取組ID「${excerpt(id)}」が台帳に複数あります。重複を解消してから保存してください。`,
  forbidden: (department: string) => `「${excerpt(department)}」の取組を編集する権限がありません。`,
  planOfficeOnly: (task: string) =>
    `「${task}」はマスタの行革担当に登録された方だけが実行できます。必要なときは行革担当に依頼してください。`,
  requestIdReused:
    'この送信IDはすでに別の内容の報告に使われています。画面を再読み込みしてから、もう一度送信してください。',
  stale: (who: string, when: string) =>
    `この取組は読み込んだ後に${excerpt(who) || '別の利用者'}さんが${excerpt(when)}に変更しました。再読み込みして内容を確認してください。`,
  handEdited: (fields: string, who: string, when: string) =>
    `この取組の行は、本アドオンで最後に保存された後（${excerpt(who) || '不明'}さん、${excerpt(when) || '日時不明'}。手入力した人と日時はシートに記録されません）に台帳シートで直接変更されています（${excerpt(fields, 300)}）。手入力の内容を失わないよう保存しませんでした。行革担当が「台帳の検証」で取り込むか、セルを元に戻してから、再読み込みしてやり直してください。`,
  handEditChange: (label: string, before: string, after: string) =>
    `${label}: 「${excerpt(before, 40)}」→「${excerpt(after, 40)}」`,
  busy: 'ほかの方が保存中です。しばらくしてからもう一度保存してください。',
  failed: '予期しないエラーが起きたため、保存できませんでした。何も変更されていません。',
  unknownUser:
    '利用者のメールアドレスを確認できないため保存できません（別の組織のアカウントでは確認できないことがあります）。市のアカウントで開き直してください。何も変更されていません。',
} as const;

const masterValue = (cell: string, value: string) =>
  value.trim() === '' ? `${cell} が空です` : `${cell} の「${excerpt(value)}」は使えません`;

/** What department members typed before any 行革担当 do (permissions.ts): said by マスタ's mark and by set-up. */
const membersLockOut =
  '行革担当がいないまま担当課のメンバーを登録すると、マスタに名前のない方は全員閲覧のみになり、セットアップ・集計・報告回の管理は誰も行えなくなります。';

export const MASTER_MESSAGES = {
  /** マスタ's mark (and the sidebars' warning) while department members are listed and no 行革担当. */
  membersWithoutPlanOffice: (cell: string) =>
    `${cell} の行革担当が空のまま、担当課のメンバーが登録されています。${membersLockOut}${cell} に行革担当のメールアドレスを入力してください。`,
  /** Set-up's answer while マスタ lists no 行革担当: before any department member is added. */
  planOfficeFirst: `行革担当はまだ登録されていません。担当課のメンバーより先に、マスタの「行革担当」にメールアドレスを登録してください。${membersLockOut}`,
  badDueDate: (cell: string, value: string) =>
    `${cell} の締切日「${excerpt(value)}」は日付として読めないため、この報告回の締切日は表示されません。2024-09-30、2024/9/30、令和6年9月30日 または R6.9.30 の形で入力してください。`,
  /** A cell the master cannot do without. */
  badCell: (cell: string, value: string, detail: string) => `${masterValue(cell, value)}（${detail}）`,
  /** A list entry left out until its cell is fixed. */
  leftOut: (cell: string, value: string, detail: string) =>
    `${masterValue(cell, value)}（${detail}）。直すまでこの行は使われません。`,
  missingHeaders: (cell: string, headers: readonly string[]) =>
    `${cell} から始まる見出し${headers.map((h) => `「${h}」`).join('')}が見つかりません。見出しを元に戻してください。`,
} as const;
