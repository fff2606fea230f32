// History rows ↔ HistoryEntry, by the history sheet's headers; and the Japanese summary of what changed.
import { asPlainText, type CellValue } from './row-codec';
import type { HistoryEntry, HistoryKind, Item } from './schemas';
import { HISTORY_HEADERS } from './sheet-names';

const KIND_LABELS: Record<HistoryKind, string> = { create: '登録', update: '編集', progress: '進捗報告' };
const KIND_BY_LABEL = new Map(Object.entries(KIND_LABELS).map(([k, v]) => [v, k as HistoryKind]));

const numOrNull = (v: CellValue | undefined): number | null =>
  v === '' || v === undefined
    ? null
    : typeof v === 'number'
      ? v
      : Number.isFinite(Number(v))
        ? Number(v)
        : null;
const str = (v: CellValue | undefined): string =>
  v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
    ? (v as Date).toISOString()
    : String(v ?? '');

export function encodeHistory(entry: HistoryEntry): CellValue[] {
  const money = (n: number | null) => n ?? '';
  return [
    entry.at,
    asPlainText(entry.user),
    KIND_LABELS[entry.kind],
    entry.requestId,
    entry.itemId,
    entry.revision,
    entry.roundId,
    asPlainText(entry.status),
    entry.progress ?? '',
    asPlainText(entry.grade),
    money(entry.indicatorActual),
    money(entry.savingsActual.cut),
    money(entry.savingsActual.revenue),
    asPlainText(entry.activity),
    asPlainText(entry.issues),
    asPlainText(entry.nextSteps),
    asPlainText(entry.changes),
  ];
}

/** Reads history rows (header row excluded) in the fixed column order of HISTORY_HEADERS. */
export function decodeHistory(rows: CellValue[][]): HistoryEntry[] {
  return rows
    .filter((r) => str(r[4]).trim() !== '')
    .map((r) => ({
      at: str(r[0]),
      user: str(r[1]),
      kind: KIND_BY_LABEL.get(str(r[2])) ?? 'update',
      requestId: str(r[3]),
      itemId: str(r[4]),
      revision: numOrNull(r[5]) ?? 0,
      roundId: str(r[6]),
      status: str(r[7]),
      progress: numOrNull(r[8]),
      grade: str(r[9]),
      indicatorActual: numOrNull(r[10]),
      savingsActual: { cut: numOrNull(r[11]), revenue: numOrNull(r[12]) },
      activity: str(r[13]),
      issues: str(r[14]),
      nextSteps: str(r[15]),
      changes: str(r[16]),
    }));
}

export const HISTORY_WIDTH = HISTORY_HEADERS.length;

const FIELD_NAMES: [keyof Item, string][] = [
  ['title', '取組項目'],
  ['description', '取組内容'],
  ['department', '担当課'],
  ['pillarNo', '柱'],
  ['reformNo', '改革'],
  ['status', '進捗状況'],
  ['progress', '進捗率'],
  ['grade', '評価'],
  ['indicatorActual', '実績値'],
  ['activity', '取組状況'],
  ['issues', '課題'],
  ['nextSteps', '今後の方針'],
];

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空欄）' : String(v));

/** "進捗状況: 検討中→実施中、進捗率: 20→50" for the fields that differ, short enough for a history cell. */
export function describeChanges(before: Item, after: Item): string {
  const parts: string[] = [];
  for (const [key, label] of FIELD_NAMES) {
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(after[key]);
    if (a !== b)
      parts.push(
        key === 'description' || key === 'activity' || key === 'issues' || key === 'nextSteps'
          ? `${label}を更新`
          : `${label}: ${show(before[key])}→${show(after[key])}`,
      );
  }
  if (
    JSON.stringify([
      before.schedule,
      before.indicator,
      before.savingsPlan,
      before.savingsActual,
      before.relatedDepartments,
    ]) !==
    JSON.stringify([
      after.schedule,
      after.indicator,
      after.savingsPlan,
      after.savingsActual,
      after.relatedDepartments,
    ])
  ) {
    parts.push('計画・指標・効果額を更新');
  }
  return parts.join('、') || '変更なし';
}
