// 取り込み's rows: each row of the source sheet, read through the mapping as people mean its cells, becomes the item
// form's payload and is judged by the form's own schema and rules (schemas.ts, rules.ts: the same as saveItem), so a
// row is taken exactly when the item form would take it. A refusal names the source cell (取込元!C7).

import { columnLetter } from './a1';
import type { FieldError } from './api';
import type { ColumnDef } from './columns';
import { IMPORT } from './messages';
import { fieldLabel } from './messages/fields';
import { checkItemInput } from './rules';
import { type ItemInput, ItemInputSchema, type Master } from './schemas';
import { halfWidth, readNumberCell } from './typed-values';
import { parseAndCheck } from './validate-payload';

/** The source sheet as read: values (numbers as numbers) and what each cell shows (text as the user sees it). */
export interface SourceGrid {
  sheetName: string;
  values: unknown[][];
  display: string[][];
}

/** A row the import takes, or the reasons it cannot. */
export type ImportRow =
  | { row: number; ok: true; input: ItemInput; fingerprint: string }
  | { row: number; ok: false; problems: string[]; fingerprint: string };

/** Digits of a 柱/改革 cell written as 柱1, 改革３, No.2, (1) or 1. */
function numberIn(text: string): number | null {
  const t = halfWidth(text)
    .trim()
    .replace(/^(柱|改革|NO\.?|第)\s*/i, '')
    .replace(/^\((\d+)\)$/, '$1')
    .replace(/[^\d]*$/, '');
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** A 柱 or 改革 cell as its number: a number, "柱1", or its name in マスタ (with or without its number in front). */
function numberOfPlanLevel(
  value: unknown,
  shown: string,
  names: { no: number; name: string }[],
): number | null {
  const read = readNumberCell(typeof value === 'number' ? value : shown);
  if (read.ok && read.value !== null) return read.value;
  const n = numberIn(shown);
  if (n !== null) return n;
  const text = halfWidth(shown)
    .replace(/^\s*\d+[\s.．、:：]*/, '')
    .trim();
  return names.find((p) => halfWidth(p.name).trim() === text)?.no ?? null;
}

/** 32-bit FNV-1a of the text with a seed: two of them make a fingerprint no two different rows share in practice. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A source row's fingerprint: its cells as shown, trimmed, whatever the mapping; the same row imported again has it. */
export function rowFingerprint(shown: readonly string[]): string {
  const cells = shown.map((s) => halfWidth(String(s ?? '')).trim());
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  const text = JSON.stringify(cells);
  return fnv(text, 0x811c9dc5) + fnv(text, 0x050c5d1f);
}

/** Puts a value at a dotted path of the payload (indicator.name, schedule.2023). */
function put(payload: Record<string, unknown>, key: string, value: unknown): void {
  const [head, tail] = key.split('.') as [string, string | undefined];
  if (tail === undefined) payload[head] = value;
  else (payload[head] as Record<string, unknown>)[tail] = value;
}

/** An empty payload for the plan period: every 年度 present, as the item form sends it. */
function emptyPayload(master: Master): Record<string, unknown> {
  const years = (value: unknown) => {
    const out: Record<string, unknown> = {};
    for (let fy = master.period.startFiscalYear; fy <= master.period.endFiscalYear; fy++)
      out[String(fy)] = value;
    return out;
  };
  return {
    pillarNo: null,
    reformNo: null,
    title: '',
    description: '',
    department: '',
    relatedDepartments: [],
    schedule: years(''),
    indicator: { name: '', unit: '', baseline: null, target: null },
    savingsPlan: { cut: null, revenue: null },
    effectType: '',
    indicatorTargets: years(null),
    cutTargets: years(null),
    revenueTargets: years(null),
  };
}

const NUMERIC = new Set(['int', 'number', 'money', 'signedMoney', 'percent']);

/** The field key a FieldError path belongs to (relatedDepartments.0 → relatedDepartments). */
const fieldKeyOf = (path: string) => path.replace(/\.\d+$/, '');

/** One data row (0-based `r` in the grid) read through the mapping and judged as saveItem would judge it. */
export function readImportRow(
  grid: SourceGrid,
  r: number,
  mapping: readonly string[],
  columns: readonly ColumnDef[],
  master: Master,
): ImportRow {
  const row = r + 1;
  const values = grid.values[r] ?? [];
  const shown = grid.display[r] ?? [];
  const fingerprint = rowFingerprint(shown);
  const payload = emptyPayload(master);
  const problems: string[] = [];
  /** Source columns whose cell could not be read at all: the rules' words on the same field would only repeat it. */
  const unreadable = new Set<number>();
  /** The source column of each field, to name the cell of a rule's refusal. */
  const sourceOf = new Map<string, number>();
  const a1 = (c: number) => `${grid.sheetName}!${columnLetter(c + 1)}${row}`;
  const unreadableCell = (c: number, text: string, message: string) => {
    unreadable.add(c);
    problems.push(IMPORT.cellProblem(a1(c), text, message));
  };
  mapping.forEach((key, c) => {
    const column = columns.find((col) => col.key === key);
    if (!column) return;
    sourceOf.set(key, c);
    const value = values[c];
    const text = String(shown[c] ?? '').trim();
    if (key === 'pillarNo' || key === 'reformNo') {
      const list = key === 'pillarNo' ? master.pillars : master.reforms;
      const no = text ? numberOfPlanLevel(value, text, list) : null;
      if (text && no === null)
        unreadableCell(c, text, key === 'pillarNo' ? IMPORT.unknownPillarName : IMPORT.unknownReformName);
      put(payload, key, no);
    } else if (NUMERIC.has(column.kind)) {
      const read = readNumberCell(typeof value === 'number' ? value : text);
      if (!read.ok) unreadableCell(c, text, IMPORT.notANumber(fieldLabel(key)));
      put(payload, key, read.ok ? read.value : null);
    } else if (column.kind === 'textList') {
      put(
        payload,
        key,
        text
          .split(/[、,，]/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
    } else put(payload, key, text);
  });
  // A 改革 names its 柱 (reforms are numbered through the plan): a register without a 柱 column still places the row.
  if (!sourceOf.has('pillarNo') && typeof payload.reformNo === 'number')
    payload.pillarNo = master.reforms.find((f) => f.no === payload.reformNo)?.pillarNo ?? null;
  const judged = parseAndCheck(ItemInputSchema, payload, (input) => checkItemInput(input, master));
  if (problems.length === 0 && judged.ok) return { row, ok: true, input: judged.value, fingerprint };
  const columnOf = (e: FieldError) =>
    sourceOf.get(fieldKeyOf(e.path)) ?? sourceOf.get(e.path.split('.')[0] as string);
  const named = (e: FieldError) => {
    const c = columnOf(e);
    return c === undefined
      ? IMPORT.rowProblem(grid.sheetName, row, e.message)
      : IMPORT.cellProblem(a1(c), String(shown[c] ?? '').trim(), e.message);
  };
  const more = judged.ok ? [] : judged.fields.filter((e) => !unreadable.has(columnOf(e) ?? -1)).map(named);
  return { row, ok: false, problems: [...problems, ...more], fingerprint };
}

/** Whether a source row is blank (every cell shown empty): blank rows are skipped, not refused. */
export const isBlankRow = (shown: readonly string[] | undefined): boolean =>
  !shown || shown.every((s) => String(s ?? '').trim() === '');
