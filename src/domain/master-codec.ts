// The マスタ sheet's layout: one block of columns per master list, side by side, read and written as one grid.

import { columnLetter } from './a1';
import type { FieldError } from './api';
import { isoDateInTokyo } from './fiscal-year';
import { MASTER_MESSAGES } from './messages';
import { asPlainText, type CellValue } from './row-codec';
import { type Master, MasterSchema, STATUS_ROLES, type StatusRole } from './schemas';
import { SHEETS } from './sheet-names';
import { parsePayload } from './validate-payload';

/** Rows each list may hold; dropdowns read these ranges, so a city can add entries without re-running set-up. */
export const MASTER_LIST_ROWS = 500;

interface Block {
  column: number;
  headers: readonly string[];
}

export const MASTER_BLOCKS = {
  settings: { column: 1, headers: ['項目', '値'] },
  pillars: { column: 4, headers: ['柱番号', '柱名'] },
  reforms: { column: 7, headers: ['改革番号', '柱番号', '改革名'] },
  departments: { column: 11, headers: ['担当課', 'メンバー(メールアドレス、区切り)'] },
  statuses: { column: 14, headers: ['進捗状況', '区分'] },
  grades: { column: 17, headers: ['評価', '説明', '遅れ扱い'] },
  rounds: { column: 21, headers: ['報告回ID', '名称', '年度', '締切日'] },
} as const satisfies Record<string, Block>;

export const MASTER_WIDTH = 24;

/** The whole master block, header row included: read in one call. */
export const MASTER_RANGE_A1 = `'${SHEETS.master}'!A1:X${MASTER_LIST_ROWS + 1}`;

/** Named ranges that feed the register's dropdowns: the key column of each list. */
export const MASTER_LIST_RANGES = {
  pillars: { name: 'MASTER_PILLARS', column: MASTER_BLOCKS.pillars.column },
  reforms: { name: 'MASTER_REFORMS', column: MASTER_BLOCKS.reforms.column },
  departments: { name: 'MASTER_DEPARTMENTS', column: MASTER_BLOCKS.departments.column },
  statuses: { name: 'MASTER_STATUSES', column: MASTER_BLOCKS.statuses.column },
  grades: { name: 'MASTER_GRADES', column: MASTER_BLOCKS.grades.column },
  rounds: { name: 'MASTER_ROUNDS', column: MASTER_BLOCKS.rounds.column },
} as const;

const SETTINGS = {
  planName: '計画名',
  city: '市町村名',
  startFiscalYear: '計画開始年度',
  endFiscalYear: '計画終了年度',
  currentRoundId: '現在の報告回',
  planOffice: '行革担当(メールアドレス、区切り)',
  localGovernmentCode: '全国地方公共団体コード',
} as const;

const ROLE_LABELS: Record<StatusRole, string> = {
  notStarted: '未着手',
  considering: '検討',
  inProgress: '実施',
  done: '完了',
  postponed: '延期',
  cancelled: '中止',
};

const splitList = (v: CellValue | undefined) =>
  String(v ?? '')
    .split(/[、,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The whole master as a grid of MASTER_WIDTH columns, header row first. */
export function masterToGrid(master: Master): CellValue[][] {
  const blocks: [Block, CellValue[][]][] = [
    [
      MASTER_BLOCKS.settings,
      [
        [SETTINGS.planName, asPlainText(master.planName)],
        [SETTINGS.city, asPlainText(master.city)],
        [SETTINGS.startFiscalYear, master.period.startFiscalYear],
        [SETTINGS.endFiscalYear, master.period.endFiscalYear],
        [SETTINGS.currentRoundId, master.currentRoundId ?? ''],
        [SETTINGS.planOffice, master.planOffice.join('、')],
        [SETTINGS.localGovernmentCode, master.localGovernmentCode ?? ''],
      ],
    ],
    [MASTER_BLOCKS.pillars, master.pillars.map((p) => [p.no, asPlainText(p.name)])],
    [MASTER_BLOCKS.reforms, master.reforms.map((r) => [r.no, r.pillarNo, asPlainText(r.name)])],
    [MASTER_BLOCKS.departments, master.departments.map((d) => [asPlainText(d.name), d.members.join('、')])],
    [MASTER_BLOCKS.statuses, master.statuses.map((s) => [asPlainText(s.name), ROLE_LABELS[s.role]])],
    [MASTER_BLOCKS.grades, master.grades.map((g) => [asPlainText(g.code), asPlainText(g.label), g.late])],
    [
      MASTER_BLOCKS.rounds,
      master.rounds.map((r) => [r.id, asPlainText(r.label), r.fiscalYear, r.dueDate ?? '']),
    ],
  ];
  const height = 1 + Math.max(...blocks.map(([, rows]) => rows.length));
  const grid: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(MASTER_WIDTH).fill(''));
  for (const [block, rows] of blocks) {
    [block.headers as readonly CellValue[], ...rows].forEach((cells, r) => {
      cells.forEach((cell, c) => {
        (grid[r] as CellValue[])[block.column - 1 + c] = cell;
      });
    });
  }
  return grid;
}

/** The filled rows of a block, each with the 1-based sheet row it came from. */
function numberedRows(grid: CellValue[][], block: Block): { row: number; cells: CellValue[] }[] {
  const width = block.headers.length;
  return grid
    .slice(1)
    .map((row, i) => ({ row: i + 2, cells: row.slice(block.column - 1, block.column - 1 + width) }))
    .filter(({ cells }) => String(cells[0] ?? '').trim() !== '');
}

function blockRows(grid: CellValue[][], block: Block): CellValue[][] {
  return numberedRows(grid, block).map(({ cells }) => cells);
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * A 締切日 cell as yyyy-mm-dd: a date typed into an automatic cell arrives as a Date (apps-script-facts §9),
 * text as typed; yyyy-mm-dd and yyyy/m/d are the date they say. Anything else is null (refused by the caller).
 */
export function dueDateOf(cell: CellValue | undefined): string | null {
  if (isDate(cell)) return Number.isFinite(cell.getTime()) ? isoDateInTokyo(cell) : null;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(String(cell ?? '').trim());
  if (!m) return null;
  return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
}

const DUE_DATE_COLUMN = MASTER_BLOCKS.rounds.column + MASTER_BLOCKS.rounds.headers.indexOf('締切日');

/** The rounds with their due dates read, or the cells whose 締切日 is no date, each named. */
function readRounds(grid: CellValue[][]) {
  const problems: FieldError[] = [];
  const rounds = numberedRows(grid, MASTER_BLOCKS.rounds).map(
    ({ row, cells: [id, label, fiscalYear, due] }) => {
      const blank = String(due ?? '').trim() === '' && !isDate(due);
      const dueDate = blank ? null : dueDateOf(due);
      if (!blank && dueDate === null) {
        const cell = `${SHEETS.master}!${columnLetter(DUE_DATE_COLUMN)}${row}`;
        problems.push({
          path: `rounds.${row - 2}.dueDate`,
          message: MASTER_MESSAGES.badDueDate(cell, String(due)),
        });
      }
      return {
        id: String(id ?? ''),
        label: String(label ?? ''),
        fiscalYear: num(fiscalYear),
        ...(dueDate ? { dueDate } : {}),
      };
    },
  );
  return { rounds, problems };
}

const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : Number(String(v ?? '').trim()));

/**
 * The 団体コード as typed: absent when empty; a number (a cell Sheets parsed, 012033 → 12033) gets its leading zeros
 * back, so a code is never refused for the cell's format.
 */
function localGovernmentCodeOf(cell: CellValue | undefined): { localGovernmentCode?: string } {
  const text = typeof cell === 'number' ? String(cell).padStart(6, '0') : String(cell ?? '').trim();
  return text ? { localGovernmentCode: text } : {};
}

/** Reads the master back; a master a user broke by hand gives Japanese field errors instead of a Master. */
export function gridToMaster(
  grid: CellValue[][],
): { ok: true; value: Master } | { ok: false; fields: FieldError[] } {
  const settings = new Map(blockRows(grid, MASTER_BLOCKS.settings).map(([k, v]) => [String(k).trim(), v]));
  const roleByLabel = new Map(STATUS_ROLES.map((role) => [ROLE_LABELS[role], role]));
  const rounds = readRounds(grid);
  if (rounds.problems.length) return { ok: false, fields: rounds.problems };
  const candidate = {
    planName: String(settings.get(SETTINGS.planName) ?? ''),
    city: String(settings.get(SETTINGS.city) ?? ''),
    period: {
      startFiscalYear: num(settings.get(SETTINGS.startFiscalYear)),
      endFiscalYear: num(settings.get(SETTINGS.endFiscalYear)),
    },
    pillars: blockRows(grid, MASTER_BLOCKS.pillars).map(([no, name]) => ({
      no: num(no),
      name: String(name ?? ''),
    })),
    reforms: blockRows(grid, MASTER_BLOCKS.reforms).map(([no, pillarNo, name]) => ({
      no: num(no),
      pillarNo: num(pillarNo),
      name: String(name ?? ''),
    })),
    departments: blockRows(grid, MASTER_BLOCKS.departments).map(([name, members]) => ({
      name: String(name ?? ''),
      members: splitList(members),
    })),
    planOffice: splitList(settings.get(SETTINGS.planOffice)),
    statuses: blockRows(grid, MASTER_BLOCKS.statuses).map(([name, role]) => ({
      name: String(name ?? ''),
      role: roleByLabel.get(String(role ?? '').trim()) ?? String(role ?? ''),
    })),
    grades: blockRows(grid, MASTER_BLOCKS.grades).map(([code, label, late]) => ({
      code: String(code ?? ''),
      label: String(label ?? ''),
      late: late === true || String(late).toUpperCase() === 'TRUE',
    })),
    rounds: rounds.rounds,
    ...localGovernmentCodeOf(settings.get(SETTINGS.localGovernmentCode)),
    ...(String(settings.get(SETTINGS.currentRoundId) ?? '').trim()
      ? { currentRoundId: String(settings.get(SETTINGS.currentRoundId)).trim() }
      : {}),
  };
  return parsePayload(MasterSchema, candidate);
}
