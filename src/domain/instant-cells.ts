// Instants (更新日時, 履歴の日時, 作成日時, 送信日時) as Date cells that people read as 2026/12/01 16:13:44 in the
// spreadsheet's zone, while the code keeps the exact ISO text it wrote. Sheets keeps a Date cell's instant: it stores
// the serial in the file's zone and getValues gives a Date of the same instant back (tmdean.blogspot.com 2015/06,
// milan-rajic.com "Date and Time 6/6"); a cell written before this change holds the ISO text, which reads as before.
import { isoDateTimeInTokyo } from './fiscal-year';
import type { CellValue } from './row-codec';

/** The number format of an instant cell: year first, 24-hour clock, as a Japanese office writes it. */
export const INSTANT_FORMAT = 'yyyy/MM/dd HH:mm:ss';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The cell to write for an ISO date-time: a Date of that instant; anything else (empty, not a time) as given. */
export function instantCell(iso: string): string | Date {
  if (!ISO_DATE_TIME.test(iso)) return iso;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms) : iso;
}

/** An instant cell as the code reads it: a Date as the Tokyo ISO text the add-on writes, anything else as text. */
export function instantText(cell: CellValue | undefined): string {
  if (isDate(cell)) return Number.isFinite(cell.getTime()) ? isoDateTimeInTokyo(cell) : '';
  return String(cell ?? '').trim();
}
