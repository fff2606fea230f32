// A date as a Japanese user types and reads it in a sidebar (2026/12/01, 2026年12月1日, 2026-12-01, full-width
// digits), and the ISO date (YYYY-MM-DD) the code keeps.
import { parseIsoDate } from './fiscal-year';

const TYPED_DATE = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The typed text's ISO date, or null when it is no real calendar day (2026/2/30 included). */
export function isoDateFromTyped(text: string): string | null {
  const match = TYPED_DATE.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const iso = `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
  return parseIsoDate(iso) ? iso : null;
}

/** An ISO date as the sidebars show it, year first (2026-12-01 → 2026/12/01); any other text as it is. */
export function slashDate(text: string): string {
  return parseIsoDate(text) ? text.replace(/-/g, '/') : text;
}
