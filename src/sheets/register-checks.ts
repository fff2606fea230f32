// Checks register rows as they are in the sheet (hand-typed cells included) and marks their problem cells: the
// whole register for the 検証 sidebar (with the cells typed by hand since the add-on's last write), or the rows of
// one edit for onEdit; and マスタ's cells after an edit there.
import type { Problem } from '../domain/api';
import { handEditProblems } from '../domain/hand-edits';
import { gridToMaster, MASTER_RANGE_A1, type MasterRead } from '../domain/master-codec';
import type { CellValue } from '../domain/row-codec';
import { duplicateIdProblems, extraYearColumns, headerPositions, rowProblems } from '../domain/row-problems';
import type { Master } from '../domain/schemas';
import { markCells, markProblems } from './problem-marks';
import { type RegisterBlock, type RegisterSnapshot, registerRow } from './register-store';

/** A typed cell with a problem is already listed (once, with its fix); the others are listed as 手入力の変更. */
function unlocated(problems: readonly Problem[], handEdits: Problem[]): Problem[] {
  const located = new Set(problems.map((p) => p.a1));
  return handEdits.filter((p) => !located.has(p.a1));
}

/** Every row of the register, and IDs used twice; fixed cells lose their marks. */
export function checkRegister(register: RegisterSnapshot, master: Master): Problem[] {
  const extraYears = extraYearColumns(register.header, master);
  // The cells are checked as typed (the read's own decoding of them, not the row's record of the add-on's write).
  const problems = [...register.rows, ...register.rowsWithoutId].flatMap((r) =>
    rowProblems(r.cells, r.row, register.columns, register.index, master, extraYears, {
      ...r,
      item: r.typed,
    }),
  );
  problems.push(...duplicateIdProblems(register.rows, register.index));
  problems.push(
    ...unlocated(
      problems,
      register.rows.flatMap((r) => handEditProblems(r, register.index)),
    ),
  );
  const headerOf = headerPositions(register.header);
  // The header row is part of the block but never marked: no problem is ever located on row 1.
  markProblems(register.sheet, register.dataRange, 1, (header) => headerOf.get(header), problems);
  return problems;
}

/** The rows of one edit, with their 手入力の変更 as 台帳の検証 lists them. */
export function checkBlock(block: RegisterBlock, master: Master): Problem[] {
  const extraYears = extraYearColumns(block.header, master);
  const problems = block.rows.flatMap((cells, i) => {
    const row = block.first + i;
    const found = rowProblems(cells, row, block.columns, block.index, master, extraYears);
    const read = registerRow(cells, row, block.columns, block.index);
    return [...found, ...unlocated(found, handEditProblems(read, block.index))];
  });
  const positions = headerPositions(block.header);
  markProblems(block.sheet, block.range, block.first, (h) => positions.get(h), problems);
  return problems;
}

/**
 * Every cell of マスタ that cannot be read, marked: red where the master cannot be used until it is fixed, yellow
 * where only that entry is left out (or where a setting may lock users out). Marks of fixed cells are cleared. One
 * read of values, one of marks, one write; the master as read is answered.
 */
export function checkMaster(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): MasterRead {
  const range = spreadsheet.getRange(MASTER_RANGE_A1);
  const read = gridToMaster(range.getValues() as CellValue[][]);
  const problems = read.ok ? [...read.warnings, ...(read.lockOut ? [read.lockOut] : [])] : read.problems;
  markCells(
    range.getSheet(),
    range,
    1,
    problems
      .filter((p) => p.row > 0)
      .map((p) => ({
        row: p.row,
        column: p.column - 1,
        severity: p.blocking ? 'error' : 'warning',
        message: p.message,
      })),
  );
  return read;
}
