// Japanese labels of the add-on menu items and what they report.
import { excerptList } from './excerpt';

/** The 報告回 sidebar's menu caption, a plain const: a top-level property read of another module's object would keep
 * that whole object in every sidebar's bundle. */
export const ROUNDS_MENU = '報告回の管理';

export const MENU = {
  item: '取組の登録・編集',
  progress: '進捗の入力',
  setup: '台帳のセットアップ・修復',
  validate: '台帳の検証',
  summary: '集計の更新',
  report: '会議報告書の作成',
  rounds: ROUNDS_MENU,
  help: 'ヘルプ',
  /** The set-up's report and the next step: a new plan's items first; rounds are opened in 報告回の管理. */
  setupDone: (
    created: number,
    repaired: number,
    seeded: boolean,
    masterEditors: string[],
    newPlan: boolean,
  ) =>
    [
      `セットアップが完了しました。${setupCounts(created, repaired)}${seeded ? '行田市のプランを登録しました。' : ''}`,
      `マスタを編集できる方: ${excerptList(masterEditors)}（マスタの行革担当とセットアップした方）。`,
      newPlan ? setupNextNewPlan() : created > 0 ? setupNextNew() : SETUP_NEXT_REPAIR,
    ].join(''),
} as const;

/** What set-up made or mended, naming only what happened (a new file has nothing to mend). */
function setupCounts(created: number, repaired: number): string {
  const parts = [
    created > 0 ? `作成したシート ${created}件` : '',
    repaired > 0 ? `修復 ${repaired}件` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('、')}。` : '変更はありませんでした。';
}

// Functions, not consts: a top-level read of MENU's properties would keep this module in every sidebar's bundle.
/** Opening a round, with its deadline, is 報告回の管理's: never typed into マスタ. */
const openRound = () =>
  `拡張機能のメニューの「${MENU.rounds}」で報告回を開始し、締切日を決めてください。その後、担当課の方は「${MENU.progress}」から報告できます。`;
const setupNextNew = () =>
  `次に「マスタ」シートで、行革担当と各担当課のメールアドレスを登録し、${openRound()}`;
const setupNextNewPlan = () =>
  `次に「${MENU.item}」で取組項目を登録し、「マスタ」シートで各担当課のメールアドレスを登録してから、${openRound()}`;
const SETUP_NEXT_REPAIR = '次に「台帳の検証」で、台帳の入力内容を確認してください。';
