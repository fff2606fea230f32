// Headers that look like an add-on column renamed by hand (課題 → 課題（旧）): set-up must not add a new empty
// column beside one, or the data under the renamed header would be stranded.
import type { CellValue, HeaderedColumn } from './row-codec';

export interface RenamedColumn {
  /** The header the add-on looks for. */
  expected: string;
  /** The header found instead. */
  found: string;
}

/**
 * For each missing column, a header of the row that no add-on column has and that contains the missing header or
 * is contained in it (課題（旧）, 旧課題, 状況 for 取組状況). A missing column with no such header was deleted (or
 * renamed beyond recognition): adding it back empty strands nothing that can be told apart from a city's column.
 */
export function renamedColumns(
  headerRow: CellValue[],
  known: readonly HeaderedColumn[],
  missing: readonly HeaderedColumn[],
): RenamedColumn[] {
  const ours = new Set(known.map((c) => c.header));
  const others = headerRow.map((h) => String(h ?? '').trim()).filter((h) => h !== '' && !ours.has(h));
  return missing.flatMap((column) => {
    const found = others.find(
      (h) => h.includes(column.header) || (h.length >= 2 && column.header.includes(h)),
    );
    return found === undefined ? [] : [{ expected: column.header, found }];
  });
}
