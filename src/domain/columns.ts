// The register sheet's columns: Japanese header, the item field each holds, its kind and whether the add-on owns it.
// Columns are found by header, never by position; the per-year schedule and target columns come from the plan period.
import { fiscalYearHeader } from './fiscal-year';
import { LEDGER } from './messages/ledger';

export type ColumnKind =
  | 'id' // item ID, plain text
  | 'int' // a whole number (pillar, reform, revision)
  | 'text' // one line of free text
  | 'longText' // free text that may wrap
  | 'textList' // several values separated by 、
  | 'number' // any number, may be empty
  | 'money' // 千円, non-negative, may be empty
  | 'signedMoney' // 千円, may be negative (a yearly 効果額), may be empty
  | 'percent' // 0–100
  | 'datetime' // ISO date-time written by the add-on
  | 'record'; // the add-on's cells as it last wrote them, behind their fingerprint (hand-edits.ts)

/** Which master list feeds a column's dropdown. */
export type MasterListName = 'pillars' | 'reforms' | 'departments' | 'statuses' | 'grades' | 'rounds';

export interface ColumnDef {
  /** Dotted path of the field in an Item (schedule columns: "schedule.<fiscal year>"). */
  key: string;
  header: string;
  kind: ColumnKind;
  /** Written only by the add-on (protected in the sheet). */
  system: boolean;
  /** Must be filled in every row. */
  required: boolean;
  /** Column width in pixels. */
  width: number;
  list?: MasterListName;
}

const col = (
  key: string,
  header: string,
  kind: ColumnKind,
  width: number,
  extra: Partial<Pick<ColumnDef, 'system' | 'required' | 'list'>> = {},
): ColumnDef => ({ key, header, kind, width, system: false, required: false, ...extra });

/** Columns before the per-year schedule. */
const LEADING: ColumnDef[] = [
  col('id', '取組ID', 'id', 80, { system: true, required: true }),
  col('pillarNo', '柱', 'int', 40, { required: true, list: 'pillars' }),
  col('reformNo', '改革', 'int', 48, { required: true, list: 'reforms' }),
  col('title', '取組項目', 'text', 240, { required: true }),
  col('description', '取組内容', 'longText', 280),
  col('department', '担当課', 'text', 110, { required: true, list: 'departments' }),
  col('relatedDepartments', '関係課', 'textList', 140),
];

/** Columns after the per-year schedule: indicator and 効果額 over the period. */
const TRAILING: ColumnDef[] = [
  col('indicator.name', '指標', 'text', 160),
  col('indicator.unit', '単位', 'text', 56),
  col('indicator.baseline', '基準値', 'number', 72),
  col('indicator.target', '目標値', 'number', 72),
  col('indicatorActual', '実績値', 'number', 72),
  col('savingsPlan.cut', '効果額見込_歳出削減(千円)', 'money', 110),
  col('savingsPlan.revenue', '効果額見込_歳入確保(千円)', 'money', 110),
  // The last report's actuals of its round's 年度: a negative effect allowed.
  col('savingsActual.cut', '効果額実績_歳出削減(千円)', 'signedMoney', 110),
  col('savingsActual.revenue', '効果額実績_歳入確保(千円)', 'signedMoney', 110),
  col('actualBasis', LEDGER.actualBasisHeader, 'text', 72),
  col('effectType', LEDGER.effectTypeHeader, 'text', 72),
];

/** Columns after the per-year targets: the progress report's and the add-on's. */
const PROGRESS_AND_SYSTEM: ColumnDef[] = [
  col('status', '進捗状況', 'text', 80, { required: true, list: 'statuses' }),
  col('progress', '進捗率(%)', 'percent', 72),
  col('grade', '評価', 'text', 48, { list: 'grades' }),
  col('activity', '取組状況', 'longText', 240),
  col('issues', '課題', 'longText', 200),
  col('nextSteps', '今後の方針', 'longText', 200),
  // The item's life in the plan (lifecycle.ts): added mid-plan, merged, abolished or completed, and 再掲.
  col('addedRoundId', '追加報告回', 'text', 80),
  col('lifecycle', '異動', 'text', 56),
  col('lifecycleRoundId', '異動報告回', 'text', 80),
  col('mergedInto', '統合先', 'text', 80),
  col('crossListedReformNo', '再掲改革', 'number', 56),
  col('lastRoundId', '最終報告回', 'text', 80, { system: true }),
  col('lastRequestId', '最終送信ID', 'text', 120, { system: true }),
  col('updatedBy', '更新者', 'text', 160, { system: true }),
  col('updatedAt', '更新日時', 'datetime', 140, { system: true }),
  col('revision', '版', 'int', 40, { system: true, required: true }),
  col('record', '記録値', 'record', 60, { system: true }),
];

/** The register columns whose key and header do not depend on the plan period. */
export const FIXED_COLUMNS: readonly ColumnDef[] = [...LEADING, ...TRAILING, ...PROGRESS_AND_SYSTEM];

/** The per-year target columns of one fiscal year: the indicator's 目標値 and the 効果額 目標 (歳出削減, 歳入確保). */
export function yearlyTargetColumns(fy: number): ColumnDef[] {
  return [
    col(`indicatorTargets.${fy}`, LEDGER.indicatorTargetHeader(fy), 'number', 90),
    col(`cutTargets.${fy}`, LEDGER.cutTargetHeader(fy), 'signedMoney', 110),
    col(`revenueTargets.${fy}`, LEDGER.revenueTargetHeader(fy), 'signedMoney', 110),
  ];
}

/** All register columns for a plan period, in the order set-up lays them out. */
export function registerColumns(period: { startFiscalYear: number; endFiscalYear: number }): ColumnDef[] {
  const schedule: ColumnDef[] = [];
  const targets: ColumnDef[] = [];
  for (let fy = period.startFiscalYear; fy <= period.endFiscalYear; fy++) {
    schedule.push(col(`schedule.${fy}`, fiscalYearHeader(fy), 'text', 90));
    targets.push(...yearlyTargetColumns(fy));
  }
  return [...LEADING, ...schedule, ...TRAILING, ...targets, ...PROGRESS_AND_SYSTEM];
}
