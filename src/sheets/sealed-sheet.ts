// The chain columns (連番, ダイジェスト) of the append-only sheets, read and written here by header: SHA-256 through
// Utilities.computeDigest, rows sealed before they are written (always under the document lock), chains verified.
// Each append also records the new head in the document's script properties, which no editor of the file can
// write: a chain that no longer ends there was cut short or recomputed.
import {
  type ChainBreak,
  type ChainHead,
  type ChainRow,
  chainHead,
  EMPTY_CHAIN,
  sealRows,
  verifyChain,
} from '../domain/chain';
import type { CellValue } from '../domain/row-codec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a sealed sheet's digested cells and its two chain columns are in this sheet's header (0-based). */
export interface ChainLayout {
  /** Digested columns, in the sheet kind's fixed key order (so moving a column by hand breaks nothing). */
  content: number[];
  /** How many of them every row digests; the rest came later and count only when a row has a value there. */
  fixed: number;
  seq: number;
  digest: number;
}

/**
 * The layout from a sheet's header index; every key of `contentKeys` is known to be present (the header was
 * checked). `lateKeys` are columns added after rows were first sealed (possibly absent): digested after the others,
 * and only up to the last one a row fills, so a row sealed before them keeps its digest.
 */
export function chainLayout(
  index: Map<string, number>,
  contentKeys: readonly string[],
  lateKeys: readonly string[] = [],
): ChainLayout {
  const at = (key: string) => index.get(key) as number;
  return {
    content: [...contentKeys, ...lateKeys].map(at),
    fixed: contentKeys.length,
    seq: at('seq'),
    digest: at('digest'),
  };
}

/** The cells a row's digest covers: every fixed column, and the late ones up to the last the row fills. */
function digestedContent(cells: CellValue[], layout: ChainLayout): CellValue[] {
  const content = layout.content.map((c) => cells[c] ?? '');
  let end = content.length;
  while (end > layout.fixed && String(content[end - 1] ?? '') === '') end--;
  return content.slice(0, end);
}

/** "sha256:" + hex: the prefix keeps Sheets from ever reading a digest of digits and one "e" as a number. */
export function sha256Hex(text: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return `sha256:${bytes.map((b) => (b < 0 ? b + 256 : b).toString(16).padStart(2, '0')).join('')}`;
}

/** Data rows (header excluded) as the chain sees them; `firstRow` is the sheet row of rows[0]. */
export function chainRows(rows: CellValue[][], layout: ChainLayout, firstRow = 2): ChainRow[] {
  return rows.map((cells, i) => ({
    row: firstRow + i,
    content: digestedContent(cells, layout),
    seq: cells[layout.seq],
    digest: cells[layout.digest],
  }));
}

/** The head to append after, from data rows read whole. */
export function headOf(rows: CellValue[][], layout: ChainLayout): ChainHead {
  return chainHead(chainRows(rows, layout));
}

/** The head from the chain columns alone (the span between them, normally two columns side by side). */
export function readHead(sheet: Sheet, layout: ChainLayout, lastRow: number): ChainHead {
  if (lastRow < 2) return EMPTY_CHAIN;
  const first = Math.min(layout.seq, layout.digest);
  const width = Math.abs(layout.seq - layout.digest) + 1;
  const cells = sheet.getRange(2, first + 1, lastRow - 1, width).getValues() as CellValue[][];
  const shifted = { content: [], fixed: 0, seq: layout.seq - first, digest: layout.digest - first };
  return headOf(cells, shifted);
}

/** Writes 連番 and digest into each row (rows in append order), returning the new head. */
export function seal(head: ChainHead, rows: CellValue[][], layout: ChainLayout): ChainHead {
  const { cells, head: next } = sealRows(
    head,
    rows.map((r) => digestedContent(r, layout)),
    sha256Hex,
  );
  rows.forEach((row, i) => {
    const [seq, digest] = cells[i] as [number, string];
    // As text, like every other cell of these sheets (their columns are plain text).
    row[layout.seq] = String(seq);
    row[layout.digest] = digest;
  });
  return next;
}

const anchorKey = (sheetName: string) => `chainHead:${sheetName}`;

/** The head recorded with the sheet's last append, or null for a register from before anchors. */
export function readAnchor(sheetName: string): ChainHead | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(anchorKey(sheetName));
  if (!stored) return null;
  const parsed = JSON.parse(stored) as Partial<ChainHead>;
  return { seq: Number(parsed.seq), digest: String(parsed.digest ?? '') };
}

/** Records the head after an append (callers hold the document lock and write the rows first). */
export function writeAnchor(sheetName: string, head: ChainHead): void {
  PropertiesService.getDocumentProperties().setProperty(anchorKey(sheetName), JSON.stringify(head));
}

/** The first break of a sheet's chain (data rows, header excluded), or null. */
export function verify(rows: CellValue[][], layout: ChainLayout, sheetName: string): ChainBreak | null {
  return verifyChain(chainRows(rows, layout), sha256Hex, readAnchor(sheetName));
}
