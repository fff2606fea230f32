// History rows ↔ HistoryEntry, by the history sheet's headers, never by position. The columns an entry shares
// with the register have the register's headers.
import { CHAIN_COLUMNS } from './chain';
import { FIXED_COLUMNS } from './columns';
import { instantCell, instantText } from './instant-cells';
import { HISTORY, HISTORY_KINDS } from './messages';
import {
  asPlainText,
  type CellValue,
  type ColumnIndex,
  cellOf,
  columnIndex,
  type HeaderedColumn,
  rowByHeader,
} from './row-codec';
import { type HistoryEntry, type HistoryKind, type ItemPlan, ItemPlanSchema } from './schemas';

const registerHeader = (key: string) => FIXED_COLUMNS.find((c) => c.key === key)?.header ?? key;
const shared = (key: string, registerKey = key): HeaderedColumn => ({
  key,
  header: registerHeader(registerKey),
});

/** What a history row records, in the order set-up lays it out: all of it is digested by the chain. */
const HISTORY_CONTENT: readonly HeaderedColumn[] = [
  { key: 'at', header: HISTORY.headers.at },
  { key: 'user', header: HISTORY.headers.user },
  { key: 'kind', header: HISTORY.headers.kind },
  { key: 'requestId', header: HISTORY.headers.requestId },
  shared('itemId', 'id'),
  shared('revision'),
  { key: 'roundId', header: HISTORY.headers.roundId },
  ...[
    'status',
    'progress',
    'grade',
    'indicatorActual',
    'savingsActual.cut',
    'savingsActual.revenue',
    'actualBasis',
    'activity',
    'issues',
    'nextSteps',
  ].map((key) => shared(key)),
  { key: 'changes', header: HISTORY.headers.changes },
  { key: 'planBefore', header: HISTORY.headers.planBefore },
];

/** The history's columns, in the order set-up lays them out: the content, then its chain columns. */
const HISTORY_COLUMNS: readonly HeaderedColumn[] = [...HISTORY_CONTENT, ...CHAIN_COLUMNS];

/**
 * Columns added after 履歴 rows were first sealed: the chain digests them after the others and only when a row fills
 * one (sealed-sheet.ts chainLayout), so every row sealed before them still verifies.
 */
export const HISTORY_LATE_KEYS: readonly string[] = ['actualBasis'];

/** The keys every row's digest covers, in a fixed order whatever the sheet's column order. */
export const HISTORY_CONTENT_KEYS = HISTORY_CONTENT.map((c) => c.key).filter(
  (k) => !HISTORY_LATE_KEYS.includes(k),
);

/**
 * 変更前の計画 came after the first registers: a 履歴 without it is read and written as before (its edits then keep
 * no earlier plan, and a past round shows those items' plan as it is now). 実績の区分 likewise: without it a report's
 * actuals read as 見込み.
 */
const OPTIONAL_KEYS: ReadonlySet<string> = new Set(['planBefore', 'actualBasis']);

export const HISTORY_HEADERS = HISTORY_COLUMNS.map((c) => c.header);

/** Where each history column is in this header row; `missing` lists the required columns not found. */
export function historyIndex(headerRow: CellValue[]): ColumnIndex<HeaderedColumn> {
  const { index, missing } = columnIndex(headerRow, HISTORY_COLUMNS);
  return { index, missing: missing.filter((c) => !OPTIONAL_KEYS.has(c.key)) };
}

/** An edit's earlier plan as its cell holds it (JSON); anything else — empty, typed over by hand — is none. */
function planFromCell(text: string): ItemPlan | undefined {
  if (!text.trim()) return undefined;
  try {
    const parsed = ItemPlanSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const KIND_BY_LABEL = new Map(Object.entries(HISTORY_KINDS).map(([k, v]) => [v, k as HistoryKind]));

const numOrNull = (v: CellValue | undefined): number | null =>
  v === '' || v === undefined
    ? null
    : typeof v === 'number'
      ? v
      : Number.isFinite(Number(v))
        ? Number(v)
        : null;
// A Date (日時 is one since instants became Date cells) as the ISO text the add-on wrote.
const str = (v: CellValue | undefined): string =>
  v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
    ? instantText(v)
    : String(v ?? '');

/** A history cell as text, as the entries read it (e.g. one column read alone). */
export const historyText = (v: CellValue | undefined): string => str(v);

/** The row for an entry: `width` cells, each value under its header (other columns left empty). */
export function encodeHistory(entry: HistoryEntry, index: Map<string, number>, width: number): CellValue[] {
  const money = (n: number | null) => n ?? '';
  return rowByHeader(index, width, {
    at: instantCell(entry.at),
    user: asPlainText(entry.user),
    kind: HISTORY_KINDS[entry.kind],
    requestId: entry.requestId,
    itemId: entry.itemId,
    revision: entry.revision,
    roundId: entry.roundId,
    status: asPlainText(entry.status),
    progress: entry.progress ?? '',
    grade: asPlainText(entry.grade),
    indicatorActual: money(entry.indicatorActual),
    'savingsActual.cut': money(entry.savingsActual.cut),
    'savingsActual.revenue': money(entry.savingsActual.revenue),
    actualBasis: entry.actualBasis ?? '',
    activity: asPlainText(entry.activity),
    issues: asPlainText(entry.issues),
    nextSteps: asPlainText(entry.nextSteps),
    changes: asPlainText(entry.changes),
    planBefore: entry.planBefore ? asPlainText(JSON.stringify(entry.planBefore)) : '',
  });
}

const withPlan = (planBefore: ItemPlan | undefined) => (planBefore ? { planBefore } : {});
const withBasis = (actualBasis: string) => (actualBasis ? { actualBasis } : {});

/** Reads history rows (header row excluded) by the header positions in `index`; rows without an item ID are skipped. */
export function decodeHistory(rows: CellValue[][], index: Map<string, number>): HistoryEntry[] {
  return rows
    .map((r) => (key: string) => cellOf(r, index, key))
    .filter((cell) => str(cell('itemId')).trim() !== '')
    .map((cell) => ({
      at: str(cell('at')),
      user: str(cell('user')),
      kind: KIND_BY_LABEL.get(str(cell('kind'))) ?? 'update',
      requestId: str(cell('requestId')),
      itemId: str(cell('itemId')),
      revision: numOrNull(cell('revision')) ?? 0,
      roundId: str(cell('roundId')),
      status: str(cell('status')),
      progress: numOrNull(cell('progress')),
      grade: str(cell('grade')),
      indicatorActual: numOrNull(cell('indicatorActual')),
      savingsActual: {
        cut: numOrNull(cell('savingsActual.cut')),
        revenue: numOrNull(cell('savingsActual.revenue')),
      },
      ...withBasis(str(cell('actualBasis'))),
      activity: str(cell('activity')),
      issues: str(cell('issues')),
      nextSteps: str(cell('nextSteps')),
      changes: str(cell('changes')),
      ...withPlan(planFromCell(str(cell('planBefore')))),
    }));
}
