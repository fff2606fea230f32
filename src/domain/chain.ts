// Tamper evidence for the append-only sheets (履歴, 報告書ログ): each row carries a sequence number (連番) and a
// digest of its content chained to the previous row's digest. The chain follows 連番, not row positions, so sorting
// or filtering a sheet by hand breaks nothing; editing, adding or deleting a row does, and is named. The digest
// function is passed in (SHA-256 through Apps Script's Utilities), so this module stays pure.
import { HISTORY } from './messages/history';
import type { CellValue, HeaderedColumn } from './row-codec';

/** The two chain columns every sealed sheet carries, found by header like its other columns. */
export const CHAIN_COLUMNS: readonly HeaderedColumn[] = [
  { key: 'seq', header: HISTORY.headers.seq },
  { key: 'digest', header: HISTORY.headers.digest },
];

export interface ChainHead {
  seq: number;
  digest: string;
}

export const EMPTY_CHAIN: ChainHead = { seq: 0, digest: '' };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * A cell as it means, whatever Sheets made of it when written: numbers and number-like text alike as text, an ISO
 * date-time (the 日時 column) or a Date cell as its instant, and text without the leading apostrophes that keep
 * formula-like text plain (whether Sheets keeps them on read-back is not settled: both readings must agree).
 */
function canonicalCell(v: CellValue | undefined): string {
  if (isDate(v)) return v.toISOString();
  const text = String(v ?? '');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && Number.isFinite(Date.parse(text)))
    return new Date(Date.parse(text)).toISOString();
  return text.replace(/^'+/, '');
}

/** What is digested for one row: the previous digest, its 連番 and its content cells. */
export function chainInput(previous: string, seq: number, content: CellValue[]): string {
  return JSON.stringify([previous, seq, ...content.map(canonicalCell)]);
}

/** 連番 and digest for rows appended after `head`, in order. */
export function sealRows(
  head: ChainHead,
  contents: CellValue[][],
  digestOf: (text: string) => string,
): { cells: [number, string][]; head: ChainHead } {
  let current = head;
  const cells = contents.map((content): [number, string] => {
    const seq = current.seq + 1;
    current = { seq, digest: digestOf(chainInput(current.digest, seq, content)) };
    return [seq, current.digest];
  });
  return { cells, head: current };
}

/** One data row of a sealed sheet as read: its sheet row, chain cells and content. */
export interface ChainRow {
  row: number;
  seq: CellValue | undefined;
  digest: CellValue | undefined;
  content: CellValue[];
}

export type ChainBreakReason =
  | 'unsealed'
  | 'badSequence'
  | 'duplicateSequence'
  | 'missingSequence'
  | 'edited'
  | 'truncated'
  | 'resealed';

export interface ChainBreak {
  /** 1-based sheet row of the first row that breaks the chain. */
  row: number;
  /** Its 連番, when it has a usable one. */
  seq: number | null;
  reason: ChainBreakReason;
  /** For missingSequence: the 連番 that no row carries; for truncated and resealed: the anchor's 連番. */
  expectedSeq?: number;
}

const blank = (v: CellValue | undefined) => String(v ?? '').trim() === '';

/** The head to append after: the row with the highest 連番 (rows may have been sorted by hand). */
export function chainHead(rows: ChainRow[]): ChainHead {
  let head = EMPTY_CHAIN;
  for (const r of rows) {
    const seq = Number(r.seq);
    if (Number.isInteger(seq) && seq > head.seq) head = { seq, digest: String(r.digest ?? '') };
  }
  return head;
}

/**
 * The first break of the chain, or null when every row is as the add-on wrote it. `anchor` is the head the add-on
 * recorded outside the sheet with its last append (where no editor can write): a chain that ends elsewhere lost its
 * last rows, or was recomputed from an edited row on (the digest algorithm is public; the anchor is not writable).
 */
export function verifyChain(
  rows: ChainRow[],
  digestOf: (text: string) => string,
  anchor: ChainHead | null = null,
): ChainBreak | null {
  const used = rows.filter((r) => !(blank(r.seq) && blank(r.digest) && r.content.every(blank)));
  const unsealed = used.find((r) => blank(r.seq) || blank(r.digest));
  if (unsealed) return { row: unsealed.row, seq: null, reason: 'unsealed' };
  const badSeq = used.find((r) => !Number.isInteger(Number(r.seq)) || Number(r.seq) < 1);
  if (badSeq) return { row: badSeq.row, seq: null, reason: 'badSequence' };
  const ordered = [...used].sort((a, b) => Number(a.seq) - Number(b.seq) || a.row - b.row);
  let previous = '';
  for (const [i, r] of ordered.entries()) {
    const seq = Number(r.seq);
    if (seq === Number(ordered[i - 1]?.seq)) return { row: r.row, seq, reason: 'duplicateSequence' };
    if (seq !== i + 1) return { row: r.row, seq, reason: 'missingSequence', expectedSeq: i + 1 };
    if (String(r.digest) !== digestOf(chainInput(previous, seq, r.content)))
      return { row: r.row, seq, reason: 'edited' };
    previous = String(r.digest);
  }
  const last = ordered.at(-1);
  const seq = last ? Number(last.seq) : 0;
  if (!anchor || (seq === anchor.seq && previous === anchor.digest)) return null;
  return {
    row: last?.row ?? 1,
    seq: last ? seq : null,
    reason: seq < anchor.seq ? 'truncated' : 'resealed',
    expectedSeq: anchor.seq,
  };
}
