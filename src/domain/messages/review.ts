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
  // The progress sidebar: the department's view of a decision, and the plan office's review form.
  returnedBadge: '差戻し',
  returnedReason: (reason: string) => `差戻し理由: ${reason}`,
  returnedBanner: (reason: string, who: string) =>
    `この報告は${who || '行革担当'}さんから差し戻されました（理由: ${reason}）。内容を直して保存し直してください。保存し直すまで未報告として扱われます。`,
  finalBanner: (grade: string, note: string) =>
    `行革担当の最終評価: ${grade}${note ? `（コメント: ${note}）` : ''}`,
  formHeading: '審査（行革担当）',
  selfGrade: (grade: string) => `自己評価: ${grade || '（空欄）'}`,
  decisionLabel: '審査の結果',
  decisionFinal: '最終評価を記録する',
  decisionReturn: '差し戻す',
  finalGradeLabel: '最終評価',
  commentLabel: 'コメント',
  reasonLabel: '差戻し理由',
  save: '審査を保存',
  saved: (id: string) => `${id} の最終評価を記録しました。`,
  returned: (id: string) => `${id} の報告を差し戻しました。`,
  duplicate: (id: string) => `${id} の審査はすでに記録されています。`,
  /** The meeting report's and the 集計's line on the grades not yet reviewed. */
  unreviewedRow: '最終評価が未了の評価',
  unreviewedFigure: (unreviewed: number, reviewed: number, returned: number) =>
    `${unreviewed}件（最終評価済み ${reviewed}件、差戻し中 ${returned}件）`,
} as const;
