// An existing register as a city keeps it in Excel (進行管理台帳), pasted into a sheet of the file: a title line above
// Japanese headers that are synonyms of the register's (取組名, 所管課, 柱番号, 改革名…), full-width digits and
// thousands separators, as such registers are typed.
import type { Environment } from '../../emulator';
import { SEED_MASTER } from '../../src/domain/seed';

export const SOURCE = '取込元';
export const SOURCE_HEADERS = [
  'No.',
  '柱番号',
  '改革名',
  '取組名',
  '取組概要',
  '所管課',
  '成果指標',
  '単位',
  '現状値',
  '目標値',
  '歳出削減額',
  '令和５年度',
] as const;
/** The header row's sheet row: a title and a blank line above it. */
export const HEADER_ROW = 3;

const fullWidth = (text: string) =>
  text.replace(/[0-9,]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Row n (0-based) of the source: its 改革 cycles through `reforms` (default: the first three of the sample plan). */
export function sourceRow(n: number, reforms = [1, 3, 7], tag = '取込'): string[] {
  const reform = SEED_MASTER.reforms.find(
    (r) => r.no === reforms[n % reforms.length],
  ) as (typeof SEED_MASTER.reforms)[number];
  const department = SEED_MASTER.departments[n % SEED_MASTER.departments.length]?.name as string;
  return [
    fullWidth(String(n + 1)),
    fullWidth(String(reform.pillarNo)),
    reform.name,
    `${tag}の取組 ${n + 1}`,
    `既存台帳から取り込む取組 ${n + 1} の内容`,
    department,
    '申請件数',
    '件',
    fullWidth(String(100 + n)),
    fullWidth('1,200'),
    fullWidth(`${n + 1},000`),
    '実施',
  ];
}

/** Adds the source sheet (a user's paste) with `count` rows, or the rows given, below a title and the headers. */
export function pasteSource(
  env: Environment,
  rows: string[][] | number,
  name = SOURCE,
  headers: readonly string[] = SOURCE_HEADERS,
): void {
  const body = typeof rows === 'number' ? Array.from({ length: rows }, (_, n) => sourceRow(n)) : rows;
  env.spreadsheet.addSheet(name);
  env.spreadsheet.edit(name, 1, 1, [['行財政改革 進行管理台帳（既存）'], [''], [...headers], ...body]);
}

/** A new source sheet of its own, one row whose title no other source has: each import of it makes one item. */
export function freshSource(env: Environment, n: number): { sheetName: string; mapping: string[] } {
  const sheetName = `${SOURCE}${n}`;
  pasteSource(env, [sourceRow(n, [1], `取込${n}`)], sheetName);
  return { sheetName, mapping: [...SUGGESTED_MAPPING] };
}

/** The mapping previewImport suggests for SOURCE_HEADERS (test/server/import.test.ts checks it). */
export const SUGGESTED_MAPPING = [
  '',
  'pillarNo',
  'reformNo',
  'title',
  'description',
  'department',
  'indicator.name',
  'indicator.unit',
  'indicator.baseline',
  'indicator.target',
  'savingsPlan.cut',
  'schedule.2023',
] as const;
