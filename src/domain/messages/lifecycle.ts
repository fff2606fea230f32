// Japanese texts of an item's life in the plan (異動): added mid-plan, 統合, 廃止, 完了, 再掲, and their refusals.
import type { LifecycleKind } from '../schemas';
import { excerpt } from './excerpt';

/** The 異動 column's words for each kind ('' for an active item). */
export const LIFECYCLE_LABELS: Readonly<Record<LifecycleKind, string>> = {
  active: '',
  merged: '統合',
  abolished: '廃止',
  completed: '完了',
};

export const LIFECYCLE = {
  task: '取組の異動',
  roundRequired: '異動報告回: 異動が有効になる報告回を選んでください。',
  unknownRound: (id: string) => `異動報告回: 「${excerpt(id)}」はマスタの報告回にありません。`,
  mergedIntoRequired: '統合先: 統合先の取組IDを入力してください。',
  mergedIntoSelf: '統合先: 取組自身には統合できません。別の取組IDを入力してください。',
  mergedIntoUnknown: (id: string) => `統合先: 取組ID「${excerpt(id)}」は台帳にありません。`,
  mergedIntoRetired: (id: string) =>
    `統合先: 取組ID「${excerpt(id)}」は統合または廃止されているため、統合先にできません。`,
  unknownReform: (no: number) => `再掲改革: 改革${no}はマスタにありません。`,
  crossListedOwnReform: '再掲改革: 取組自身の改革とは別の改革を選んでください。',
  /** 変更内容 of a 異動 entry. */
  changes: (label: string, round: string, mergedInto: string, crossListed: number | null) =>
    [
      `異動: ${label || '（なし）'}${round ? `（${round}から）` : ''}`,
      mergedInto ? `統合先: ${mergedInto}` : '',
      crossListed === null ? '' : `再掲: 改革${crossListed}`,
    ]
      .filter(Boolean)
      .join('、'),
  /** What the item lists show, instead of 未報告, of an item out of the round's grading (lifecycle.ts). */
  outOfGrading: { merged: '統合済み', abolished: '廃止', notYetAdded: '追加前' },
  /** A report on an item out of the round's grading. */
  notGraded: (id: string, state: string, round: string) =>
    `取組ID: 取組「${excerpt(id)}」は${state}のため、報告回「${excerpt(round)}」には報告できません。`,
  /** The item sidebar's 異動 section (the plan office's only). */
  formHeading: '取組の異動（行革担当）',
  formHint:
    '統合・廃止した取組は、異動報告回から集計・未報告・会議資料に含まれなくなります（台帳と履歴には残ります）。完了した取組は、その報告回の報告が以後の報告回にも引き継がれます。',
  kindLabel: '異動',
  kindOptions: { active: 'なし（継続中）', merged: '統合', abolished: '廃止', completed: '完了' },
  roundLabel: '異動報告回',
  mergedIntoLabel: '統合先',
  save: '異動を登録',
  saved: (id: string, label: string) => `${id}の異動（${label || 'なし'}）を登録しました。`,
  duplicate: (id: string) => `${id}の異動は登録済みです（二重には登録していません）。`,
  /** The meeting report's mark of an item shown again under a second reform. */
  crossListedMark: '（再掲）',
} as const;
