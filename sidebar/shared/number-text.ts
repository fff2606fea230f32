// Converts what a user typed into a number field to the payload value the shared schemas check.

/**
 * Empty → null; full-width digits and thousands separators are accepted ("１,２００" → 1200), and a leading △ or ▲
 * as the minus sign municipal tables use ("△300" → -300); anything else is passed on as text so the schema
 * reports it with its usual message ("数値で入力してください").
 */
export function numberFromText(text: string): number | null | string {
  const normalized = text
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/^[△▲]/, '-');
  if (normalized === '') return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : text;
}

/** The text a number field starts with. */
export function textFromNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
