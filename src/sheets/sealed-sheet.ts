// The chain columns (連番, ダイジェスト) of the append-only sheets, read and written here: SHA-256 through
// Utilities.computeDigest, rows sealed before they are appended (always under the document lock), chains verified.
import {
  type ChainBreak,
  type ChainHead,
  type ChainRow,
  chainHead,
  EMPTY_CHAIN,
  sealRows,
  verifyChain,
} from '../domain/chain';
import { HISTORY_WIDTH } from '../domain/history-codec';
import type { CellValue } from '../domain/row-codec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a sealed sheet keeps what is digested and its two chain columns (0-based). */
export interface ChainLayout {
  /** Content columns digested: the first `content` columns. */
  content: number;
  /** Column of 連番; ダイジェスト follows it. */
  at: number;
}

/** 履歴: all its columns are digested. */
export const HISTORY_CHAIN: ChainLayout = { content: HISTORY_WIDTH, at: HISTORY_WIDTH };
/** 報告書ログ: 作成日時…作成者; 状態 (column 6) is rewritten by the add-on when a report is superseded. */
export const REPORT_LOG_CHAIN: ChainLayout = { content: 5, at: 6 };

/** "sha256:" + hex: the prefix keeps Sheets from ever reading a digest of digits and one "e" as a number. */
export function sha256Hex(text: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return `sha256:${bytes.map((b) => (b < 0 ? b + 256 : b).toString(16).padStart(2, '0')).join('')}`;
}

/** The data rows of a sealed sheet's values (header row first). */
export function chainRows(values: CellValue[][], layout: ChainLayout): ChainRow[] {
  return values.slice(1).map((cells, i) => ({
    row: i + 2,
    content: cells.slice(0, layout.content),
    seq: cells[layout.at],
    digest: cells[layout.at + 1],
  }));
}

export function headOf(values: CellValue[][], layout: ChainLayout): ChainHead {
  return chainHead(chainRows(values, layout));
}

/** The head from the chain columns alone: one range read (the content is not needed to append). */
export function readHead(sheet: Sheet, layout: ChainLayout, lastRow: number): ChainHead {
  if (lastRow < 2) return EMPTY_CHAIN;
  const cells = sheet.getRange(2, layout.at + 1, lastRow - 1, 2).getValues() as CellValue[][];
  return chainHead(cells.map((c, i) => ({ row: i + 2, seq: c[0], digest: c[1], content: [] })));
}

/** Full rows to append: each row's cells up to the chain columns, then its 連番 and digest. */
export function sealed(
  head: ChainHead,
  rows: CellValue[][],
  layout: ChainLayout,
): { rows: CellValue[][]; head: ChainHead } {
  const padded = rows.map((r) => [...r, ...Array<CellValue>(Math.max(0, layout.at - r.length)).fill('')]);
  const { cells, head: next } = sealRows(
    head,
    padded.map((r) => r.slice(0, layout.content)),
    sha256Hex,
  );
  return {
    rows: padded.map((r, i) => [...r.slice(0, layout.at), ...(cells[i] as [number, string])]),
    head: next,
  };
}

export function verify(values: CellValue[][], layout: ChainLayout): ChainBreak | null {
  return verifyChain(chainRows(values, layout), sha256Hex);
}
