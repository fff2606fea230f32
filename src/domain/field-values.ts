// An item field's value as a person reads it (the stale-edit table): text as typed, amounts in 千円 with
// separators, lists joined by 、, a group as its labelled parts, and 未入力 for nothing.
import { type ColumnKind, FIXED_COLUMNS } from './columns';
import { FIELD_VALUES, fieldLabel } from './messages';
import { formatEffect, formatThousandYen } from './money';

// The kinds are the register columns' (schedule cells, not among them, are all text).
const KINDS = new Map<string, ColumnKind>(FIXED_COLUMNS.map((c) => [c.key, c.kind]));

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** `path` is the field's dotted path in an Item ("savingsPlan", "savingsPlan.cut", "schedule.2023"). */
export function formatFieldValue(path: string, value: unknown): string {
  if (isEmpty(value)) return FIELD_VALUES.empty;
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'number') {
    const kind = KINDS.get(path);
    if (kind === 'money') return FIELD_VALUES.thousandYen(formatThousandYen(value));
    if (kind === 'signedMoney' || /^(cut|revenue)Targets\./.test(path))
      return FIELD_VALUES.thousandYen(formatEffect(value));
    if (kind === 'percent') return FIELD_VALUES.percent(value);
    return String(value);
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([, part]) => isEmpty(part))) return FIELD_VALUES.empty;
    return entries
      .map(([key, part]) => {
        const partPath = `${path}.${key}`;
        return FIELD_VALUES.part(
          FIELD_VALUES.partLabels[key] ?? fieldLabel(partPath),
          formatFieldValue(partPath, part),
        );
      })
      .join('、');
  }
  return String(value);
}
