// Money in 千円 and rates in percent, formatted the way Japanese municipal tables show them.

/** Shown for an empty amount or rate in reports and tables: a dash reads as "not entered", unlike 0. */
export const EMPTY_FIGURE = '—';

/** 1234567 → '1,234,567'; null, undefined or a non-finite number → '—'. Fractions are rounded to whole 千円. */
export function formatThousandYen(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return EMPTY_FIGURE;
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** 87.654 → '87.7%'; null → '—'. */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return EMPTY_FIGURE;
  return `${(Math.round(rate * 10) / 10).toFixed(1)}%`;
}

/** part / whole in percent, null when whole is zero or missing (nothing planned: no rate, not 0%). */
export function ratePercent(
  part: number | null | undefined,
  whole: number | null | undefined,
): number | null {
  if (!whole || part === null || part === undefined || !Number.isFinite(part) || !Number.isFinite(whole))
    return null;
  return (part / whole) * 100;
}

/**
 * An amount that may be negative, the way municipal 効果額 tables print it: △ before a negative amount (△1,235), never
 * a minus sign, which is easily lost in print; null → '—'.
 */
export function formatEffect(amount: number | null | undefined): string {
  const text = formatThousandYen(amount);
  return text.startsWith('-') ? `△${text.slice(1)}` : text;
}

/** An indicator's value as the report prints it: digits grouped, fractions kept, △ before a negative; null → '—'. */
export function formatIndicatorValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY_FIGURE;
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return value < 0 ? `△${text}` : text;
}
