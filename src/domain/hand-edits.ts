// Hand edits of a register row: each row's 記録値 cell holds the add-on's cells as the add-on last wrote them, behind a
// fingerprint (FNV-1a of their canonical encoding), so a cell typed since then is seen, named and never overwritten.
import { columnLetter } from './a1';
import type { HandEdit, Problem } from './api';
import type { ColumnDef } from './columns';
import { instantText } from './instant-cells';
import { FIELD_VALUES, REGISTER, VALIDATION } from './messages';
import { type CellValue, decodeRow, encodeRow } from './row-codec';
import type { Item } from './schemas';

/** The key of the register column holding the record (a system column, not an Item field). */
export const RECORD_KEY = 'record';

const isDate = (v: unknown): v is Date =>
  v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

/** A cell as a person reads it, whatever its type: a number and the same digits typed as text are one value. */
export function canonicalCell(cell: CellValue | null | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (isDate(cell)) return cell.toISOString();
  return String(cell).trim();
}

/** FNV-1a (32 bits) of the UTF-16 code units, as 8 hex digits: deterministic, pure, short. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

type RecordValues = Record<string, string>;

/** The add-on's columns present in the sheet, the record's own column excepted. */
const recordedColumns = (columns: ColumnDef[], index: Map<string, number>) =>
  columns.filter((c) => c.key !== RECORD_KEY && index.has(c.key));

/** The canonical values of the add-on's cells of a row as read back (empty ones left out), in column order. */
function valuesOf(cells: CellValue[], columns: ColumnDef[], index: Map<string, number>): RecordValues {
  const values: RecordValues = {};
  for (const column of recordedColumns(columns, index)) {
    const cell = cells[index.get(column.key) as number];
    // An instant reads the same whether its cell holds the ISO text (written before Date cells) or a Date.
    const value = column.kind === 'datetime' ? instantText(cell) : canonicalCell(cell);
    if (value !== '') values[column.key] = value;
  }
  return values;
}

/** The 記録値 cell for a row whose add-on cells read back as `cells`: "fingerprint:values". */
export function recordCell(cells: CellValue[], columns: ColumnDef[], index: Map<string, number>): string {
  const json = JSON.stringify(valuesOf(cells, columns, index));
  return `${fnv1a(json)}:${json}`;
}

/** What a row's record says: none (cleared, or a row typed in by hand), unreadable, or the values. */
type Record_ =
  | { kind: 'none' }
  | { kind: 'broken' }
  | { kind: 'values'; fingerprint: string; values: RecordValues };

function parseRecord(cell: CellValue | undefined): Record_ {
  const text = canonicalCell(cell);
  if (text === '') return { kind: 'none' };
  const match = /^([0-9a-f]{8}):(\{.*\})$/s.exec(text);
  if (!match || fnv1a(match[2] as string) !== match[1]) return { kind: 'broken' };
  try {
    return { kind: 'values', fingerprint: match[1] as string, values: JSON.parse(match[2] as string) };
  } catch {
    return { kind: 'broken' };
  }
}

export interface RowRecord {
  /** The item as the add-on last wrote it (its ID is the row's: the row is found by it). */
  recorded: Item;
  /** Cells typed by hand since; empty when the row matches its fingerprint. */
  handEdits: HandEdit[];
  /** The row has no readable 記録値: `recorded` is only the row as typed. */
  unrecorded: boolean;
}

/**
 * The row as recorded and its hand edits. In a register without the 記録値 column (from before it; set-up adds it
 * and records every row once) a row counts as recorded as it is. Otherwise a record that is empty (cleared, or a row
 * typed in by hand) or does not match its own fingerprint (typed over) says nothing the row can be trusted by: the
 * whole row is held as hand-edited (one entry for the 記録値 column) until the plan office adopts it — else clearing
 * the cell would make a hand-typed 担当課 the record, and with it the right to report on the item.
 */
export function readRecord(cells: CellValue[], columns: ColumnDef[], index: Map<string, number>): RowRecord {
  const typed = decodeRow(cells, columns, index).item;
  const at = index.get(RECORD_KEY);
  if (at === undefined) return { recorded: typed, handEdits: [], unrecorded: false };
  const record = parseRecord(cells[at]);
  const label = (key: string) => columns.find((c) => c.key === key)?.header ?? key;
  if (record.kind === 'none' || record.kind === 'broken')
    return {
      recorded: typed,
      handEdits: [
        { path: RECORD_KEY, label: label(RECORD_KEY), before: FIELD_VALUES.empty, after: FIELD_VALUES.empty },
      ],
      unrecorded: true,
    };
  const now = valuesOf(cells, columns, index);
  const recordedCells = [...cells];
  for (const column of recordedColumns(columns, index))
    recordedCells[index.get(column.key) as number] = record.values[column.key] ?? '';
  const recorded = { ...decodeRow(recordedCells, columns, index).item, id: typed.id };
  if (fnv1a(JSON.stringify(now)) === record.fingerprint)
    return { recorded, handEdits: [], unrecorded: false };
  const shown = (v: string | undefined) => (v === undefined || v === '' ? FIELD_VALUES.empty : v);
  const handEdits = recordedColumns(columns, index)
    .filter((c) => (record.values[c.key] ?? '') !== (now[c.key] ?? ''))
    .map((c) => ({
      path: c.key,
      label: c.header,
      before: shown(record.values[c.key]),
      after: shown(now[c.key]),
    }));
  return { recorded, handEdits, unrecorded: false };
}

/**
 * The items of the record, for 集計, the meeting report and every figure, each once: a row with no 記録値 whose ID the
 * history does not know was never recorded by the add-on (a row typed or pasted in by hand) and counts only once the
 * plan office adopts it. A recorded item whose 記録値 was cleared by hand still counts, as typed (nothing else is known
 * of it), and is named among the hand edits. Rows sharing an ID (a row copied by hand; 検証 names them) count once, by
 * the first that holds a record.
 */
export function recordedItems<R extends { item: Item; unrecorded: boolean }>(
  rows: readonly R[],
  history: readonly { itemId: string }[],
): Item[] {
  const known = new Set(history.map((entry) => entry.itemId));
  const counted = new Map<string, R>();
  for (const row of rows) {
    if (row.unrecorded && !known.has(row.item.id)) continue;
    const first = counted.get(row.item.id);
    if (!first || (first.unrecorded && !row.unrecorded)) counted.set(row.item.id, row);
  }
  return rows.filter((row) => counted.get(row.item.id) === row).map((row) => row.item);
}

/**
 * A row's 記録値 after set-up moved its columns and restamped some cells (`set`, by key): the recorded values of
 * columns still in `columns`, with those stamps, so every other cell keeps its standing as hand-edited or not (a new
 * record of the row as it is would adopt a hand edit unseen). A row without a readable record keeps its cell.
 */
export function restampedRecord(
  cell: CellValue | undefined,
  columns: ColumnDef[],
  index: Map<string, number>,
  set: Record<string, CellValue>,
): CellValue | undefined {
  const record = parseRecord(cell);
  if (record.kind !== 'values') return cell;
  const merged: RecordValues = { ...record.values };
  for (const [key, value] of Object.entries(set)) merged[key] = canonicalCell(value);
  const values: RecordValues = {};
  for (const column of recordedColumns(columns, index)) {
    const value = merged[column.key];
    if (value !== undefined && value !== '') values[column.key] = value;
  }
  const json = JSON.stringify(values);
  return `${fnv1a(json)}:${json}`;
}

/** A written cell as it reads back: the protecting apostrophe of asPlainText is not part of the text. */
const readBack = (cell: CellValue): CellValue =>
  typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;

/** encodeRow, with the row's record of what it writes: every add-on write goes through this. */
export function encodeRecordedRow(
  item: Item,
  columns: ColumnDef[],
  index: Map<string, number>,
  current: CellValue[],
): CellValue[] {
  const row = encodeRow(item, columns, index, current);
  const at = index.get(RECORD_KEY);
  if (at !== undefined) row[at] = recordCell(row.map(readBack), columns, index);
  return row;
}

/** 0-based positions grouped into runs of adjacent columns, left to right: one write per run. */
export function contiguousRuns(positions: Iterable<number>): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const at of [...new Set(positions)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === at) last.count += 1;
    else runs.push({ first: at, count: 1 });
  }
  return runs;
}

/** 手入力の変更 of one row, each a warning at its cell (a typed-over record at the 記録値 cell). */
export function handEditProblems(
  row: { row: number; item: Item; handEdits: readonly HandEdit[] },
  index: Map<string, number>,
): Problem[] {
  return row.handEdits.flatMap((edit) => {
    const at = index.get(edit.path);
    if (at === undefined) return [];
    const message =
      edit.path === RECORD_KEY
        ? VALIDATION.recordBroken
        : VALIDATION.handEdited(edit.label, edit.before, edit.after);
    return [
      {
        itemId: row.item.id,
        itemTitle: row.item.title,
        row: row.row,
        column: edit.label,
        a1: `${columnLetter(at + 1)}${row.row}`,
        severity: 'warning' as const,
        rule: 'hand-edit',
        message,
      },
    ];
  });
}

/** The columns an adoption writes: who and when, the revision, and the record itself. */
const ADOPTION_KEYS = ['updatedBy', 'updatedAt', 'revision', RECORD_KEY] as const;

/**
 * The row after the plan office adopts its hand edits: the typed cells stay exactly as typed (none is rewritten),
 * who adopted and when, the next revision (so a form read before is stale), and a record of the row as it is now.
 * Answers the cells and the positions to write.
 */
export function adoptedRow(
  cells: CellValue[],
  columns: ColumnDef[],
  index: Map<string, number>,
  stamp: { updatedBy: string; updatedAt: string; revision: number },
): { cells: CellValue[]; positions: number[] } {
  const row = [...cells];
  const set = (key: string, value: CellValue) => {
    const at = index.get(key);
    if (at !== undefined) row[at] = value;
  };
  set('updatedBy', stamp.updatedBy);
  set('updatedAt', stamp.updatedAt);
  set('revision', stamp.revision);
  set(RECORD_KEY, recordCell(row, columns, index));
  const positions = ADOPTION_KEYS.flatMap((key) => (index.has(key) ? [index.get(key) as number] : []));
  return { cells: row, positions };
}

/** 変更内容 of an adoption: each adopted cell old → new. */
export const adoptionChanges = (handEdits: readonly HandEdit[]): string =>
  handEdits.map((e) => REGISTER.handEditChange(e.label, e.before, e.after)).join('、');

/**
 * Add-on cells holding a formula, as hand edits: the add-on's columns hold values, and a save would replace the
 * formula by a value even where its result equals the record (the value shown is `before`, the formula `after`).
 */
export function formulaHandEdits(
  formulas: readonly string[],
  first: number,
  cells: CellValue[],
  columns: ColumnDef[],
  index: Map<string, number>,
): HandEdit[] {
  const keyAt = new Map([...index].map(([key, at]) => [at, key]));
  return formulas.flatMap((formula, i) => {
    const key = keyAt.get(first + i);
    const column = columns.find((c) => c.key === key);
    if (!formula || !column) return [];
    const value = canonicalCell(cells[first + i]);
    return [{ path: column.key, label: column.header, before: value || FIELD_VALUES.empty, after: formula }];
  });
}
