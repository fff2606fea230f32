// The マスタ sheet's layout: one block of columns per master list, side by side, read and written as one grid.
// Reading is lenient by list: a bad row of a list the add-on can do without is left out with a warning naming
// its cell, so one typo never stops every sidebar; what everything needs (settings, departments) refuses.

import { columnLetter } from './a1';
import type { FieldError } from './api';
import { MASTER_MESSAGES, REGISTER, ROUNDS } from './messages';
import { membersWithoutPlanOffice } from './permissions';
import { asPlainText, type CellValue } from './row-codec';
import { type Master, MasterSchema, type Round, STATUS_ROLES, type StatusRole } from './schemas';
import { SHEETS } from './sheet-names';
import { readDateCell, readNumberCell } from './typed-values';
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

/**
 * The rounds block's 状態 column (受付中/締切済), just after 締切日. Optional: a register set up before it existed
 * has no such header, and its rounds all read as open.
 */
export const ROUND_STATE = {
  column: MASTER_BLOCKS.rounds.column + MASTER_BLOCKS.rounds.headers.length,
  header: '状態',
};

export const MASTER_WIDTH = 25;

/** The whole master block, header row included: read in one call. */
export const MASTER_RANGE_A1 = `'${SHEETS.master}'!A1:${columnLetter(MASTER_WIDTH)}${MASTER_LIST_ROWS + 1}`;

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

/** 締切 as typed by hand counts as closed too: reading a closed round as open would let reports in. */
const CLOSED_STATES: ReadonlySet<string> = new Set([ROUNDS.closedLabel, '締切', '締め切り', '締切り']);

const roundState = (round: Round) => (round.closed ? ROUNDS.closedLabel : ROUNDS.openLabel);

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
      master.rounds.map((r) => [r.id, asPlainText(r.label), r.fiscalYear, r.dueDate ?? '', roundState(r)]),
    ],
  ];
  const height = 1 + Math.max(...blocks.map(([, rows]) => rows.length));
  const grid: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(MASTER_WIDTH).fill(''));
  (grid[0] as CellValue[])[ROUND_STATE.column - 1] = ROUND_STATE.header;
  for (const [block, rows] of blocks) {
    [block.headers as readonly CellValue[], ...rows].forEach((cells, r) => {
      cells.forEach((cell, c) => {
        (grid[r] as CellValue[])[block.column - 1 + c] = cell;
      });
    });
  }
  return grid;
}

/** A problem of one マスタ cell: its place (row 0 when the cell cannot be named) and a message naming it. */
export interface MasterProblem {
  row: number;
  column: number;
  message: string;
  /** True when the master cannot be used at all until it is fixed; false when only one list entry is left out. */
  blocking: boolean;
}

export type MasterRead =
  | {
      ok: true;
      value: Master;
      warnings: MasterProblem[];
      /**
       * Department members listed before any 行革担当: marked and toasted by onEdit, apart from the warnings the
       * sidebars show (a user it locks out is told so by the locked-out note instead).
       */
      lockOut?: MasterProblem;
    }
  | { ok: false; fields: FieldError[]; problems: MasterProblem[] };

type ListName = Exclude<keyof typeof MASTER_BLOCKS, 'settings'>;

/** Lists whose bad rows are left out (whatever needs the entry is refused later); departments are not: leaving
 * one out would take its members' rights away, and leaving out the last would open the register to everyone. */
const DROPPABLE: ReadonlySet<string> = new Set<ListName>([
  'pillars',
  'reforms',
  'statuses',
  'grades',
  'rounds',
]);

/** The fields of each list in the order of its block's columns. */
const LIST_FIELDS: Record<ListName, readonly string[]> = {
  pillars: ['no', 'name'],
  reforms: ['no', 'pillarNo', 'name'],
  departments: ['name', 'members'],
  statuses: ['name', 'role'],
  grades: ['code', 'label', 'late'],
  rounds: ['id', 'label', 'fiscalYear', 'dueDate'],
};

const SETTING_FIELDS: Record<string, string> = {
  planName: SETTINGS.planName,
  city: SETTINGS.city,
  period: SETTINGS.startFiscalYear,
  'period.startFiscalYear': SETTINGS.startFiscalYear,
  'period.endFiscalYear': SETTINGS.endFiscalYear,
  currentRoundId: SETTINGS.currentRoundId,
  planOffice: SETTINGS.planOffice,
};

export const masterCellName = (row: number, column: number) =>
  `${SHEETS.master}!${columnLetter(column)}${row}`;

/** The filled rows of a block, each with the 1-based sheet row it came from. */
function numberedRows(
  grid: CellValue[][],
  block: Block,
  column: number,
): { row: number; cells: CellValue[] }[] {
  const width = block.headers.length;
  return grid
    .slice(1)
    .map((row, i) => ({ row: i + 2, cells: row.slice(column - 1, column - 1 + width) }))
    .filter(({ cells }) => String(cells[0] ?? '').trim() !== '');
}

/**
 * Where a block's headers are: at their set-up place, else the one place where they stand side by side (a block
 * moved as a whole); null when they are nowhere, e.g. a header renamed or one column moved out of its block.
 */
function blockColumn(header: CellValue[], block: Block): number | null {
  const at = (column: number) =>
    block.headers.every((h, i) => String(header[column - 1 + i] ?? '').trim() === h);
  if (at(block.column)) return block.column;
  const found = header.map((_, i) => i + 1).filter(at);
  return found.length === 1 ? (found[0] as number) : null;
}

/** A number cell as typed (１２, 2,024, △1); blank stays '' and a bad cell its text, so the schema names it. */
const num = (v: CellValue | undefined) => {
  const read = readNumberCell(v);
  if (!read.ok) return String(v);
  return read.value ?? '';
};

const text = (v: CellValue | undefined) => String(v ?? '');

/**
 * The 団体コード as typed: absent when empty; a number (a cell Sheets parsed, 012033 → 12033) gets its leading zeros
 * back, so a code is never refused for the cell's format.
 */
function localGovernmentCodeOf(cell: CellValue | undefined): { localGovernmentCode?: string } {
  const code = typeof cell === 'number' ? String(cell).padStart(6, '0') : String(cell ?? '').trim();
  return code ? { localGovernmentCode: code } : {};
}

/** Reads the master back: a master a user broke by hand gives Japanese messages naming each bad cell. */
export function gridToMaster(grid: CellValue[][]): MasterRead {
  const header = grid[0] ?? [];
  const columns = {} as Record<keyof typeof MASTER_BLOCKS, number>;
  const problems: MasterProblem[] = [];
  for (const [name, block] of Object.entries(MASTER_BLOCKS) as [keyof typeof MASTER_BLOCKS, Block][]) {
    const column = blockColumn(header, block);
    if (column === null)
      problems.push({
        row: 1,
        column: block.column,
        message: MASTER_MESSAGES.missingHeaders(masterCellName(1, block.column), block.headers),
        blocking: true,
      });
    else columns[name] = column;
  }
  if (problems.length) return refused(problems);

  const settingRows = new Map(
    numberedRows(grid, MASTER_BLOCKS.settings, columns.settings).map(({ row, cells: [k, v] }) => [
      text(k).trim(),
      { row, value: v },
    ]),
  );
  const setting = (key: string) => settingRows.get(key)?.value;
  const rows = Object.fromEntries(
    (Object.keys(LIST_FIELDS) as ListName[]).map((list) => [
      list,
      numberedRows(grid, MASTER_BLOCKS[list], columns[list]),
    ]),
  ) as Record<ListName, { row: number; cells: CellValue[] }[]>;
  const warnings: MasterProblem[] = [];
  const roleByLabel = new Map(STATUS_ROLES.map((role) => [ROLE_LABELS[role], role]));
  const dueColumn = columns.rounds + LIST_FIELDS.rounds.indexOf('dueDate');
  const stateAt = columns.rounds + MASTER_BLOCKS.rounds.headers.length - 1;
  const hasState = text(header[stateAt]).trim() === ROUND_STATE.header;

  const candidate = {
    planName: text(setting(SETTINGS.planName)),
    city: text(setting(SETTINGS.city)),
    ...localGovernmentCodeOf(setting(SETTINGS.localGovernmentCode)),
    period: {
      startFiscalYear: num(setting(SETTINGS.startFiscalYear)),
      endFiscalYear: num(setting(SETTINGS.endFiscalYear)),
    },
    pillars: rows.pillars.map(({ cells: [no, name] }) => ({ no: num(no), name: text(name) })),
    reforms: rows.reforms.map(({ cells: [no, pillarNo, name] }) => ({
      no: num(no),
      pillarNo: num(pillarNo),
      name: text(name),
    })),
    departments: rows.departments.map(({ cells: [name, members] }) => ({
      name: text(name),
      members: splitList(members),
    })),
    planOffice: splitList(setting(SETTINGS.planOffice)),
    statuses: rows.statuses.map(({ cells: [name, role] }) => ({
      name: text(name),
      role: roleByLabel.get(text(role).trim()) ?? text(role),
    })),
    grades: rows.grades.map(({ cells: [code, label, late] }) => ({
      code: text(code),
      label: text(label),
      late: late === true || text(late).toUpperCase() === 'TRUE',
    })),
    rounds: rows.rounds.map(({ row, cells: [id, label, fiscalYear, due] }) => {
      const closed = hasState && CLOSED_STATES.has(text(grid[row - 1]?.[stateAt]).trim());
      const dueDate = readDateCell(due);
      // A bad 締切日 leaves the round without a deadline: only where the deadline is shown is there a warning.
      if (!dueDate.ok)
        warnings.push({
          row,
          column: dueColumn,
          message: MASTER_MESSAGES.badDueDate(masterCellName(row, dueColumn), text(due)),
          blocking: false,
        });
      return {
        id: text(id),
        label: text(label),
        fiscalYear: num(fiscalYear),
        ...(dueDate.ok && dueDate.value ? { dueDate: dueDate.value } : {}),
        ...(closed ? { closed: true as const } : {}),
      };
    }),
    ...localGovernmentCodeOf(setting(SETTINGS.localGovernmentCode)),
    ...(text(setting(SETTINGS.currentRoundId)).trim()
      ? { currentRoundId: text(setting(SETTINGS.currentRoundId)).trim() }
      : {}),
  };

  /** The cell a field error's path points at, and the value found there. */
  const place = (path: string): { row: number; column: number; value: CellValue | undefined } => {
    const [list, index, field] = path.split('.');
    if (list && list in LIST_FIELDS) {
      const name = list as ListName;
      const at = index === undefined ? undefined : rows[name][Number(index)];
      if (!at) return { row: 1, column: columns[name], value: MASTER_BLOCKS[name].headers[0] };
      const offset = Math.max(0, LIST_FIELDS[name].indexOf(field ?? ''));
      return { row: at.row, column: columns[name] + offset, value: at.cells[offset] };
    }
    const key = SETTING_FIELDS[path] ?? SETTING_FIELDS[list ?? ''];
    const found = key === undefined ? undefined : settingRows.get(key);
    return found
      ? { row: found.row, column: columns.settings + 1, value: found.value }
      : { row: 0, column: 0, value: '' };
  };
  const problemOf = (error: FieldError, blocking: boolean): MasterProblem => {
    const { row, column, value } = place(error.path);
    const cell = row ? masterCellName(row, column) : SHEETS.master;
    const message = blocking
      ? MASTER_MESSAGES.badCell(cell, text(value), error.message)
      : MASTER_MESSAGES.leftOut(cell, text(value), error.message);
    return { row, column, message, blocking };
  };

  /** The master read, warned of department members listed before any 行革担当 (they lock everyone else out). */
  const read = (value: Master): MasterRead => {
    if (!membersWithoutPlanOffice(value)) return { ok: true, value, warnings };
    const { row, column } = place('planOffice');
    const cell = row ? masterCellName(row, column) : SHEETS.master;
    const lockOut = { row, column, message: MASTER_MESSAGES.membersWithoutPlanOffice(cell), blocking: false };
    return { ok: true, value, warnings, lockOut };
  };

  const first = parsePayload(MasterSchema, candidate);
  if (first.ok) return read(first.value);
  const dropped = new Map<string, Set<number>>();
  const fatal: FieldError[] = [];
  for (const error of first.fields) {
    const [list, index] = error.path.split('.');
    if (list && DROPPABLE.has(list) && index !== undefined && /^\d+$/.test(index)) {
      warnings.push(problemOf(error, false));
      dropped.set(list, (dropped.get(list) ?? new Set()).add(Number(index)));
    } else fatal.push(error);
  }
  if (fatal.length)
    return refused(
      fatal.map((f) => problemOf(f, true)),
      fatal,
    );
  const kept = { ...candidate } as Record<string, unknown>;
  for (const [list, indexes] of dropped)
    kept[list] = (candidate[list as ListName] as unknown[]).filter((_, i) => !indexes.has(i));
  const second = parsePayload(MasterSchema, kept);
  if (second.ok) return read(second.value);
  return refused(
    second.fields.map((f) => problemOf(f, true)),
    second.fields,
  );
}

function refused(problems: MasterProblem[], fields?: FieldError[]): MasterRead {
  return {
    ok: false,
    problems,
    fields: fields ?? problems.map((p) => ({ path: '', message: p.message })),
  };
}

/** The message of a master that cannot be used: every blocking cell named. */
export const brokenMasterMessage = (problems: MasterProblem[]) =>
  REGISTER.brokenMaster(problems.map((p) => p.message).join('、'));

/** The cells of one round's row in the rounds block, 状態 included. */
export const roundCells = (round: Round): CellValue[] => [
  round.id,
  asPlainText(round.label),
  round.fiscalYear,
  round.dueDate ?? '',
  roundState(round),
];

/** Where a round write goes in マスタ as it is now (1-based rows and columns), found by headers and IDs. */
export interface RoundPlaces {
  column: number;
  /** False when the cell after 締切日 holds another header: the 状態 column cannot be added there. */
  stateColumnFree: boolean;
  /** The row of a round by its ID, null when it is not listed. */
  rowOf: (roundId: string) => number | null;
  /** The row after the block's last filled row: a new round goes there, below rows left out as bad. */
  nextRow: number;
  /** The 現在の報告回 value cell, null when its settings row is missing. */
  current: { row: number; column: number } | null;
}

export function roundPlaces(grid: CellValue[][]): RoundPlaces | null {
  const header = grid[0] ?? [];
  const column = blockColumn(header, MASTER_BLOCKS.rounds);
  const settings = blockColumn(header, MASTER_BLOCKS.settings);
  if (column === null || settings === null) return null;
  const rows = numberedRows(grid, MASTER_BLOCKS.rounds, column);
  const stateHeader = text(header[column + MASTER_BLOCKS.rounds.headers.length - 1]).trim();
  const currentRow = numberedRows(grid, MASTER_BLOCKS.settings, settings).find(
    ({ cells: [key] }) => text(key).trim() === SETTINGS.currentRoundId,
  );
  return {
    column,
    stateColumnFree: stateHeader === '' || stateHeader === ROUND_STATE.header,
    rowOf: (roundId) => rows.find(({ cells: [id] }) => text(id).trim() === roundId)?.row ?? null,
    nextRow: 1 + Math.max(1, ...rows.map((r) => r.row)),
    current: currentRow ? { row: currentRow.row, column: settings + 1 } : null,
  };
}
