// Japanese texts of the plan office's review of reports (審査): 最終評価, 差戻し, their refusals and their figures.
import { excerpt } from './excerpt';

/** The text a decision's 変更内容 puts before its comment or reason, so the note can be read back from the entry. */
export const NOTE_PREFIX = { final: 'コメント: ', return: '差戻し理由: ' } as const;

export const REVIEW = {
  task: '報告の審査',
  /** 変更内容 of a 最終評価: "最終評価: A（自己評価: B）、コメント: …". */
  finalChanges: (finalGrade: string, selfGrade: string, note: string) =>
    `最終評価: ${finalGrade}（自己評価: ${selfGrade || '（空欄）'}）${note ? `、${NOTE_PREFIX.final}${note}` : ''}`,
  /** 変更内容 of a 差戻し. */
  returnChanges: (reason: string) => `${NOTE_PREFIX.return}${reason}`,
  gradeRequired: '最終評価: 評価を選んでください。',
  unknownGrade: (code: string) =>
    `最終評価: 「${excerpt(code)}」はマスタの評価にありません。マスタの評価から選んでください。`,
  reasonRequired: '差戻し理由: 差し戻す理由を入力してください。',
  noReport: (round: string) => `報告回「${excerpt(round)}」にこの取組の進捗報告がないため、審査できません。`,
  resubmitted:
    'この取組の報告は読み込んだ後に出し直されています。再読み込みして新しい報告を確認してから審査してください。',
  decidedMeanwhile: (who: string, when: string) =>
    `この報告は読み込んだ後に${excerpt(who) || '別の利用者'}さんが${excerpt(when)}に審査しました。再読み込みして内容を確認してください。`,
  /** The meeting report's and the 集計's line on the grades not yet reviewed. */
  unreviewedRow: '最終評価が未了の評価',
  unreviewedFigure: (unreviewed: number, reviewed: number, returned: number) =>
    `${unreviewed}件（最終評価済み ${reviewed}件、差戻し中 ${returned}件）`,
} as const;
