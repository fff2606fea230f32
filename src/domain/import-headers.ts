// 取り込み's header matching: which register field each header of an existing register (an Excel 進行管理台帳) holds,
// by the register's own header, the field's label, or a synonym cities commonly use; and which row is the header row.
import type { ColumnDef } from './columns';
import { fiscalYearOfHeader } from './fiscal-year';
import { ITEM_FIELDS } from './item-edits';
import { fieldLabel } from './messages';
import { type CellValue, columnsOf } from './row-codec';
import type { Master } from './schemas';
import { halfWidth } from './typed-values';

/**
 * Headers seen in municipal 進行管理台帳 for each field, beside the register's own header and label (compared after
 * normalize: half-width, no spaces, no brackets' kind).
 */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  pillarNo: ['柱番号', '柱No', '柱名', '基本方針', '基本方針番号', '改革の柱', '重点項目'],
  reformNo: ['改革番号', '改革No', '改革名', '改革項目', '推進項目', '取組方針', '推進方針'],
  title: ['取組名', '項目名', '取組項目名', '事業名', '取組事項', '実施項目', '取組'],
  description: ['取組概要', '概要', '内容', '取組の内容', '実施内容', '事業内容'],
  department: ['所管課', '担当部署', '担当部局', '主管課', '所管部署', '担当課名', '担当'],
  relatedDepartments: ['関係部署', '関連課', '関係課名', '関係部局'],
  'indicator.name': ['成果指標', '目標指標', '指標名', '数値目標', 'KPI'],
  'indicator.unit': ['単位'],
  'indicator.baseline': ['基準値', '現状値', '現況値', '策定時'],
  'indicator.target': ['目標値', '目標'],
  'savingsPlan.cut': ['効果額(歳出削減)', '歳出削減額', '歳出削減', '削減効果額', '効果額'],
  'savingsPlan.revenue': ['効果額(歳入確保)', '歳入確保額', '歳入確保', '増収効果額'],
  effectType: ['効果区分'],
};

/** A header as compared: half-width, without spaces, with full-width brackets as ASCII ones, upper case. */
export function normalizeHeader(text: string): string {
  return halfWidth(text)
    .replace(/[（【［]/g, '(')
    .replace(/[）】］]/g, ')')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The register columns an import may fill: the item form's fields (the rest a new item gets from newItem). */
export function importableColumns(master: Pick<Master, 'period'>): ColumnDef[] {
  const fields: readonly string[] = ITEM_FIELDS;
  return columnsOf(master).filter((c) => fields.includes(c.key.split('.')[0] as string));
}

/** The fields every imported row must have a column for (the 柱 follows from the 改革 when not given). */
export const REQUIRED_IMPORT_FIELDS = ['reformNo', 'title', 'department'] as const;

/** Each normalized name → the field it names, the register's headers first, then labels, then synonyms. */
function namesOf(columns: readonly ColumnDef[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, key: string) => {
    const n = normalizeHeader(name);
    if (n && !names.has(n)) names.set(n, key);
  };
  for (const c of columns) add(c.header, c.key);
  for (const c of columns) add(fieldLabel(c.key), c.key);
  for (const [key, synonyms] of Object.entries(HEADER_SYNONYMS))
    for (const s of synonyms) if (columns.some((c) => c.key === key)) add(s, key);
  return names;
}

/** The field one header names, or '' (not taken): a name above, or a 年度 header of the plan period (schedule). */
function fieldOf(header: string, names: Map<string, string>, columns: readonly ColumnDef[]): string {
  const n = normalizeHeader(header);
  if (!n) return '';
  const named = names.get(n);
  if (named) return named;
  const fy = fiscalYearOfHeader(
    halfWidth(header)
      .replace(/\s+/g, '')
      .replace(/^R(元|\d{1,2})/i, '令和$1'),
  );
  const key = fy === null ? '' : `schedule.${fy}`;
  return columns.some((c) => c.key === key) ? key : '';
}

/** A field per header ('' = not taken); a field named by two headers goes to the first. */
export function suggestMapping(headers: readonly string[], columns: readonly ColumnDef[]): string[] {
  const names = namesOf(columns);
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = fieldOf(header, names, columns);
    if (!key || taken.has(key)) return '';
    taken.add(key);
    return key;
  });
}

/** Rows searched for the header row: a title and a few lines of notes may stand above it. */
export const HEADER_SEARCH_ROWS = 10;

/** The 0-based row among the first HEADER_SEARCH_ROWS naming the most fields (two at least), or -1. */
export function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  columns: readonly ColumnDef[],
): number {
  let best = -1;
  let bestCount = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const count = suggestMapping(
      row.map((c) => String(c ?? '')),
      columns,
    ).filter(Boolean).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}
