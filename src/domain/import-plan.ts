// 取り込み as a whole: the mapping checked (required fields, each field once), every row of the source judged, rows
// already imported (by their fingerprint in 履歴) or repeated in the source refused, and the new items' IDs and
// places under their 改革 (as saveItem places one) worked out before anything is written.
import type { ColumnDef } from './columns';
import { REQUIRED_IMPORT_FIELDS } from './import-headers';
import { type ImportRow, isBlankRow, readImportRow, type SourceGrid } from './import-rows';
import { nextItemId } from './item-id';
import { rowToInsertAfter } from './item-placement';
import { fieldLabel, IMPORT } from './messages';
import type { ItemInput, Master } from './schemas';

/** What is wrong with a mapping (one field per header, '' = not taken), in Japanese; none when it can be used. */
export function mappingProblems(
  mapping: readonly string[],
  headers: readonly string[],
  columns: readonly ColumnDef[],
): string[] {
  if (mapping.length !== headers.length) return [IMPORT.mappingLength(headers.length)];
  const problems: string[] = [];
  const unknown = mapping.find((key) => key && !columns.some((c) => c.key === key));
  if (unknown !== undefined) problems.push(IMPORT.unknownField(unknown));
  const missing = REQUIRED_IMPORT_FIELDS.filter((key) => !mapping.includes(key)).map((k) => fieldLabel(k));
  if (missing.length) problems.push(IMPORT.missingRequired(missing));
  for (const key of new Set(mapping.filter(Boolean))) {
    const from = headers.filter((_, i) => mapping[i] === key);
    if (from.length > 1) problems.push(IMPORT.mappedTwice(fieldLabel(key), from));
  }
  return problems;
}

/** A source row refused, with every reason. */
export interface RefusedRow {
  row: number;
  problems: string[];
}

export interface JudgedSource {
  taken: { row: number; input: ItemInput; fingerprint: string }[];
  refused: RefusedRow[];
}

/**
 * Every data row below the header row (0-based `headerRow`), blank rows skipped. `imported` maps the fingerprint of
 * each row imported before to the item it made: such a row, or one repeating an earlier row, is refused too.
 */
export function judgeSource(
  grid: SourceGrid,
  headerRow: number,
  mapping: readonly string[],
  columns: readonly ColumnDef[],
  master: Master,
  imported: ReadonlyMap<string, string>,
): JudgedSource {
  const taken: JudgedSource['taken'] = [];
  const refused: RefusedRow[] = [];
  const seen = new Map<string, number>();
  for (let r = headerRow + 1; r < grid.display.length; r++) {
    if (isBlankRow(grid.display[r])) continue;
    const read: ImportRow = readImportRow(grid, r, mapping, columns, master);
    const before = imported.get(read.fingerprint);
    const twin = seen.get(read.fingerprint);
    const repeated = [
      ...(before ? [IMPORT.alreadyImported(before)] : []),
      ...(twin !== undefined ? [IMPORT.sameAsRow(twin)] : []),
    ].map((m) => IMPORT.rowProblem(grid.sheetName, read.row, m));
    if (twin === undefined) seen.set(read.fingerprint, read.row);
    const problems = [...repeated, ...(read.ok ? [] : read.problems)];
    if (problems.length) refused.push({ row: read.row, problems });
    else if (read.ok) taken.push({ row: read.row, input: read.input, fingerprint: read.fingerprint });
  }
  return { taken, refused };
}

/** New items' IDs in source order: per 柱 and 改革, one past the highest sequence ever issued (IDs never reused). */
export function importedIds(inputs: readonly ItemInput[], everIssued: readonly string[]): (string | null)[] {
  const issued = [...everIssued];
  return inputs.map((input) => {
    const id = nextItemId(input.pillarNo, input.reformNo, issued);
    if (id) issued.push(id);
    return id;
  });
}

/** A block of new rows inserted together: below sheet data row `after` (0-based among the rows under the header). */
export interface InsertBlock<T> {
  after: number;
  rows: T[];
}

/**
 * Where new rows go, as saveItem places each under its 改革 (rowToInsertAfter), grouped into one block per 改革:
 * blocks in the order to insert them, each `after` counted in the register as it is once the blocks above it are in.
 */
export function placementBlocks<T extends { id: string; pillarNo: number; reformNo: number }>(
  ids: readonly string[],
  rows: readonly T[],
): InsertBlock<T>[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.pillarNo}-${row.reformNo}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  // Placed one group after another on the register as it grows, so groups of 改革 without rows yet keep plan order.
  const working = [...ids];
  const placed: { at: number; rows: T[] }[] = [];
  const inPlanOrder = [...groups.values()].sort(
    (a, b) => (a[0] as T).pillarNo - (b[0] as T).pillarNo || (a[0] as T).reformNo - (b[0] as T).reformNo,
  );
  for (const group of inPlanOrder) {
    const first = group[0] as T;
    const after = rowToInsertAfter(working, first.pillarNo, first.reformNo);
    working.splice(after + 1, 0, ...group.map((g) => g.id));
    for (const p of placed) if (p.at > after) p.at += group.length;
    placed.push({ at: after + 1, rows: group });
  }
  // Inserted top-down, each block at its final position: a block only shifts the rows below it.
  return placed.sort((a, b) => a.at - b.at).map((p) => ({ after: p.at - 1, rows: p.rows }));
}

/**
 * An imported item's リクエストID in 履歴: the import's request ID and the source row's fingerprint, so a retried
 * import finds its first answer and a second import of the same rows finds them (no property to keep in step).
 */
export const importRequestId = (requestId: string, fingerprint: string): string =>
  `import:${requestId}:${fingerprint}`;

/** The parts of an imported item's リクエストID, or null for any other entry's. */
export function parseImportRequestId(text: string): { requestId: string; fingerprint: string } | null {
  const match = /^import:([A-Za-z0-9_-]+):([0-9a-f]{16})$/.exec(text);
  return match ? { requestId: match[1] as string, fingerprint: match[2] as string } : null;
}
