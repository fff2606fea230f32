// What set-up remembers of each sheet's header row, so that a column the sheet held at the last set-up and lacks now
// is told apart: renamed (a header appeared since, its data under it) is refused by name; deleted with its data is
// added back empty, which strands nothing.
import { fnv1a } from './hand-edits';
import type { CellValue } from './row-codec';

/** The document property holding a sheet's remembered header row. */
export const heldHeadersKey = (sheet: string) => `heldHeaders:${sheet}`;

/**
 * Past this many header cells only the add-on's own are remembered (marked by a leading `*`), so the value stays
 * under the 9 KB a property may hold (apps-script-facts §7): any held column missing is then refused, since a
 * header that appeared cannot be told.
 */
const MAX_REMEMBERED_CELLS = 1000;
const PARTIAL = '*';
const FINGERPRINT_LENGTH = 8;

const headerText = (cell: CellValue | undefined) => String(cell ?? '').trim();

/** The row's header cells (blank ones too: a header cleared over data hides a column as well as a rename) as fingerprints. */
export function rememberedHeaders(headerRow: CellValue[], ownHeaders: readonly string[]): string {
  const texts = headerRow.map(headerText);
  if (texts.length <= MAX_REMEMBERED_CELLS) return texts.map(fnv1a).join('');
  const own = new Set(ownHeaders);
  return (
    PARTIAL +
    texts
      .filter((t) => own.has(t))
      .map(fnv1a)
      .join('')
  );
}

function fingerprintCounts(remembered: string): Map<string, number> {
  const counts = new Map<string, number>();
  const body = remembered.startsWith(PARTIAL) ? remembered.slice(PARTIAL.length) : remembered;
  for (let at = 0; at + FINGERPRINT_LENGTH <= body.length; at += FINGERPRINT_LENGTH) {
    const print = body.slice(at, at + FINGERPRINT_LENGTH);
    counts.set(print, (counts.get(print) ?? 0) + 1);
  }
  return counts;
}

/** True when the sheet had a column headed `header` at the last set-up that remembered it. */
export function wasHeld(remembered: string | null, header: string): boolean {
  return remembered !== null && fingerprintCounts(remembered).has(fnv1a(header));
}

export interface StrandedColumn {
  /** The add-on's header the sheet held at the last set-up and lacks now. */
  expected: string;
  /** Headers that appeared since (a blank one as ''); empty when they cannot be told. */
  appeared: string[];
}

/**
 * Of the add-on's `missing` headers, those the sheet held at the last set-up, when some header appeared since (one
 * of them may be the column renamed, its data under it) or when that cannot be told. `remembered` null (no set-up
 * remembered the sheet: a register from before) gives none: every missing column is then new to the sheet.
 */
export function strandedColumns(
  remembered: string | null,
  headerRow: CellValue[],
  missing: readonly string[],
): StrandedColumn[] {
  if (remembered === null) return [];
  const held = fingerprintCounts(remembered);
  const heldMissing = missing.filter((header) => held.has(fnv1a(header)));
  if (heldMissing.length === 0) return [];
  const appeared: string[] = [];
  if (!remembered.startsWith(PARTIAL)) {
    const left = new Map(held);
    for (const text of headerRow.map(headerText)) {
      const print = fnv1a(text);
      const count = left.get(print) ?? 0;
      if (count > 0) left.set(print, count - 1);
      else appeared.push(text);
    }
    if (appeared.length === 0) return [];
  }
  return heldMissing.map((expected) => ({ expected, appeared }));
}
