// Japanese messages of the cross-field rules: each names the field and the reason.
import { excerpt, excerptList } from './excerpt';

export const RULES = {
  unknownPillar: (no: number) => `柱: 柱${no}はマスタにありません`,
  unknownReform: (no: number) => `改革: 改革${no}はマスタにありません`,
  reformNotInPillar: (reform: number, pillar: number) => `改革: 改革${reform}は柱${pillar}に属していません`,
  unknownDepartment: '担当課: マスタにある担当課を選んでください',
  unknownRelated: (name: string) => `関係課: 「${excerpt(name)}」はマスタにありません`,
  scheduleOutsidePeriod: (year: string, period: string) =>
    `${year}: 計画期間（${period}）外の年度には計画を入力できません`,
  itemSeqExhausted: (reform: number, max: number) =>
    `改革: 改革${reform}の取組IDの連番が上限（${max}）に達しているため、新しい取組を追加できません`,
  scheduleYearsOutsidePeriod: (years: string[], period: string) =>
    `年度別計画: 計画期間（${period}）外の年度は指定できません（${excerptList(years)}）`,
  tooLong: (label: string, max: number, length: number) =>
    `${label}: ${max}文字以内で入力してください（現在${length}文字）`,
  unknownRound: '報告回: マスタにある報告回を選んでください',
  unknownStatus: '進捗状況: マスタにある進捗状況を選んでください',
  unknownGrade: '評価: マスタにある評価を選んでください',
  doneNeeds100: (status: string) => `進捗率: 「${status}」の場合は100%にしてください`,
  notStartedNeeds0: (status: string) => `進捗率: 「${status}」の場合は0%にしてください`,
  lateNeedsIssues: (grade: string) => `課題: 評価が${grade}（遅れ）の場合は入力してください`,
  lateNeedsNextSteps: (grade: string) => `今後の方針: 評価が${grade}（遅れ）の場合は入力してください`,
} as const;
