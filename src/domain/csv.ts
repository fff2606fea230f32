// CSV text of a table, as RFC 4180 writes it, for spreadsheets and BI tools alike: UTF-8 with a BOM, CRLF line ends,
// quotes where a field needs them, and text that a spreadsheet would run as a formula kept as text.

/** A cell of an exported table: text, a number, or empty. */
export type CsvValue = string | number | null;

/** U+FEFF first: Excel opens a UTF-8 CSV without it as the machine's legacy code page (Shift_JIS in Japan). */
export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula or split it, at the start of a field (OWASP, CSV
 * Injection, owasp.org/www-community/attacks/CSV_Injection: = + - @, tab, CR and LF; ASVS 5.0 V1.2.10 adds NUL),
 * and the apostrophe itself, so that one leading apostrophe is always ours and reading it back is unambiguous.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0']/;

/**
 * A text cell as exported: one apostrophe in front of formula-like text (OWASP's remedy), so Excel shows it as the
 * text it is. Only text gets it: numbers are written as numbers, a negative effect stays -500.
 */
export const csvText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One field: quoted when it holds a comma, a quote, CR or LF (RFC 4180 §2.6), quotes doubled inside (§2.7). */
function field(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : csvText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, the header row, then one CRLF-terminated record per row (RFC 4180 §2.1–2.3). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
