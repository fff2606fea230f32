// Japanese text of starting a register: the choice of plan, the new plan's fields and the pasted outline.
import type { SetupResult } from '../api';
import { excerpt } from './excerpt';
import { MENU } from './menu';
import { MASTER_MESSAGES } from './register';

export const SETUP = {
  choiceLabel: 'はじめ方',
  choiceInvalid: 'はじめ方: 「行田市のサンプル」か「新しい計画」を選んでください',
  sample: '行田市のサンプル（行財政集中改革プラン2022、取組項目20件）',
  newPlan: '新しい計画',
  alreadySetUp:
    'この台帳はセットアップ済みです。新しい計画は、まだセットアップしていないスプレッドシートで始めてください（修復はメニューの「台帳のセットアップ・修復」から行えます）。',
  codeFormat: (code: string) =>
    `全国地方公共団体コード: 「${excerpt(code)}」は6桁の半角数字ではありません（例：行田市 112062）`,
  codeCheckDigit: (code: string, expected: number) =>
    `全国地方公共団体コード: 「${excerpt(code)}」は末尾の検査数字が合いません（前の5桁からは ${expected} になります）`,
  periodOrder: '計画期間（終了年度）: 開始年度と同じか、それより後の年度にしてください',
  periodLength: (max: number) => `計画期間（終了年度）: 計画期間は${max}年度以内にしてください`,
  duplicatePillar: (no: number) => `柱の番号: 柱${no}が2回あります`,
  duplicateReform: (no: number) => `改革の番号: 改革${no}が2回あります`,
  unknownPillar: (reform: string, no: number) => `改革の柱: 改革「${excerpt(reform)}」の柱${no}がありません`,
  pillarWithoutReform: (pillar: string) => `改革: 柱「${excerpt(pillar)}」に改革がありません`,
  duplicateDepartment: (name: string) => `担当課: 「${excerpt(name)}」が2回あります`,
  /** The pasted two-level list (plan-outline.ts). */
  outlineEmpty: '柱と改革: 柱を1行、その下に改革を字下げか番号（1-1、(1)、・など）を付けて入力してください',
  outlineEmptyName: (line: number) => `柱と改革: ${line}行目に名称がありません`,
  outlineReformFirst: (line: number) => `柱と改革: ${line}行目の改革より前に柱の行がありません`,
  outlinePillarAlone: (pillar: string) => `柱と改革: 柱「${excerpt(pillar)}」の下に改革の行がありません`,
  /** The set-up sidebar's fields. */
  planNameLabel: '計画名',
  cityLabel: '市町村名',
  codeLabel: '全国地方公共団体コード',
  codeHint: '6桁の半角数字（末尾は検査数字。例：行田市 112062）',
  startLabel: '計画開始年度',
  endLabel: '計画終了年度',
  yearOption: (wareki: string, fiscalYear: number) => `${wareki}（${fiscalYear}年度）`,
  periodShown: (label: string) => `計画期間: ${label}`,
  outlineLabel: '柱と改革',
  outlineHint:
    '柱を1行ずつ、その下に改革を字下げか番号（1-1、(1)、・など）を付けて入力します。表などから貼り付けることもできます。',
  outlinePreview: '読み取った柱と改革',
  outlineCounts: (pillars: number, reforms: number) => `柱 ${pillars}件、改革 ${reforms}件`,
  reformShown: (no: number, name: string) => `改革${no} ${name}`,
  pillarShown: (no: number, name: string) => `柱${no} ${name}`,
  departmentsLabel: '担当課（1行に1課、後からマスタでも追加できます）',
  submit: 'セットアップ',
  running: 'セットアップ中…',
  intro: 'この台帳をどの計画で始めるかを選んでください。',
  /** A change of the plan period (set-up after 計画開始年度/計画終了年度 were changed in マスタ). */
  periodChanged: (before: string, after: string) => `計画期間の変更（${before}→${after}）: `,
  periodValueMoved: (header: string, value: string) =>
    `${header}「${excerpt(value)}」を台帳から履歴へ移しました`,
  periodRowWithoutId: (a1: string) =>
    `${a1}: 計画期間から外れた年度の列に値がありますが、この行には取組IDがないため履歴に移せません。取組IDを入力するか値を移してから、もう一度セットアップしてください。`,
  periodDone: (added: string[], removed: string[], items: number) =>
    [
      added.length ? `年度の列を追加しました: ${added.join('、')}。` : '',
      removed.length ? `計画期間から外れた年度の列を削除しました: ${removed.join('、')}` : '',
      removed.length ? `（値のあった取組 ${items}件は、その値を履歴に記録しました）。` : '',
    ].join(''),
  /** What the set-up answer adds when it made the user 行革担当. */
  madePlanOffice: (user: string) =>
    `行革担当が登録されていなかったため、セットアップした ${user} をマスタの行革担当に登録しました。`,
  newPlanDone: (planName: string) =>
    `新しい計画「${excerpt(planName)}」の台帳を作成しました（取組項目はまだありません）。`,
} as const;

/**
 * Set-up's whole answer, line by line: the new plan, the user made 行革担当 (or the warning that none is listed yet),
 * the period change, then the menu's report with the next step.
 */
export function setupAnswer(result: SetupResult, newPlanName: string | null): string[] {
  const period = result.periodChange;
  return [
    ...(newPlanName ? [SETUP.newPlanDone(newPlanName)] : []),
    ...(result.planOfficeAdded ? [SETUP.madePlanOffice(result.planOfficeAdded)] : []),
    ...(result.planOfficeMissing ? [MASTER_MESSAGES.planOfficeFirst] : []),
    ...(period ? [SETUP.periodDone(period.added, period.removed, period.itemsMoved)] : []),
    MENU.setupDone(
      result.created.length,
      result.repaired.length,
      result.seeded,
      result.masterEditors,
      newPlanName !== null,
    ),
  ];
}
