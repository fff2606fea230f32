// Marks validation problems on the register (and マスタ): reads the block's backgrounds and notes once, works out the marks
// every cell should carry, and writes back only the rectangle around the cells whose mark must change (nothing
// when none must), so a run over an unchanged register writes no cell.
import type { Problem } from '../domain/api';
import { VALIDATION } from '../domain/messages';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Grid = string[][];

const ERROR_BACKGROUND = '#f4cccc';
const WARNING_BACKGROUND = '#fff2cc';
const PLAIN_BACKGROUND = '#ffffff';
const OUR_BACKGROUNDS = new Set([ERROR_BACKGROUND, WARNING_BACKGROUND]);

/** Our notes start with this, so a user's own notes are never touched (nor a user's own background colours). */
const isOurNote = (note: string) => note.startsWith(VALIDATION.notePrefix);

/** One cell to mark: its 1-based sheet row, its 0-based column inside the checked block, and why. */
export interface CellMark {
  row: number;
  column: number;
  severity: Problem['severity'];
  message: string;
}

/** The marks every cell of the block should carry: ours reset, then the current problems marked. */
function wantedMarks(
  backgrounds: Grid,
  notes: Grid,
  firstRow: number,
  marks: CellMark[],
): { backgrounds: Grid; notes: Grid } {
  const wantedBackgrounds = backgrounds.map((row) =>
    row.map((b) => (OUR_BACKGROUNDS.has(b) ? PLAIN_BACKGROUND : b)),
  );
  const wantedNotes = notes.map((row) => row.map((n) => (isOurNote(n) ? '' : n)));
  for (const problem of marks) {
    const { column } = problem;
    const r = problem.row - firstRow;
    const rowBackgrounds = wantedBackgrounds[r];
    const rowNotes = wantedNotes[r];
    if (column < 0 || !rowBackgrounds || !rowNotes || column >= rowBackgrounds.length) continue;
    const isError = problem.severity === 'error';
    const current = rowBackgrounds[column] as string;
    // A user's own colour stays as it is; the note alone marks the cell then.
    const ownColour = current !== PLAIN_BACKGROUND && !OUR_BACKGROUNDS.has(current);
    if (!ownColour && (isError || current !== ERROR_BACKGROUND)) {
      rowBackgrounds[column] = isError ? ERROR_BACKGROUND : WARNING_BACKGROUND;
    }
    const previous = rowNotes[column] as string;
    // A user's own note stays as it is; the background alone marks the cell then.
    if (previous === '') rowNotes[column] = `${VALIDATION.notePrefix}${problem.message}`;
    else if (isOurNote(previous)) rowNotes[column] = `${previous}\n${problem.message}`;
  }
  return { backgrounds: wantedBackgrounds, notes: wantedNotes };
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Grows `box` (0-based, inclusive) by every cell where `wanted` differs from `current`. */
function growByChanges(box: Box | null, current: Grid, wanted: Grid): Box | null {
  let grown = box;
  for (let r = 0; r < wanted.length; r++) {
    const row = wanted[r] as string[];
    const was = current[r] as string[];
    for (let c = 0; c < row.length; c++) {
      if (row[c] === was[c]) continue;
      if (!grown) grown = { top: r, left: c, bottom: r, right: c };
      else {
        if (r < grown.top) grown.top = r;
        if (r > grown.bottom) grown.bottom = r;
        if (c < grown.left) grown.left = c;
        if (c > grown.right) grown.right = c;
      }
    }
  }
  return grown;
}

const within = (grid: Grid, box: Box): Grid =>
  grid.slice(box.top, box.bottom + 1).map((row) => row.slice(box.left, box.right + 1));

const differs = (current: Grid, wanted: Grid): boolean =>
  wanted.some((row, r) => row.some((value, c) => value !== (current[r] as string[])[c]));

/**
 * `block` covers whole register rows (from column A) of `sheet` starting at sheet row `firstRow`; `columnOf` maps a header to its
 * 0-based column inside the block. Only cells this module marked before are reset, then the current
 * problems are marked (an error outranks a warning in the same cell). A mark cleared or a cell coloured by hand
 * differs from what is wanted, so it is written again.
 */
export function markProblems(
  sheet: Sheet,
  block: Range,
  firstRow: number,
  columnOf: (header: string) => number | undefined,
  problems: Problem[],
): void {
  const marks = problems.flatMap((p) => {
    const column = columnOf(p.column);
    return column === undefined ? [] : [{ row: p.row, column, severity: p.severity, message: p.message }];
  });
  markCells(sheet, block, firstRow, marks);
}

/**
 * The same marking for cells located by position (マスタ, whose headers repeat from one list to the next); `block`
 * starts at column A of `sheet`.
 */
export function markCells(sheet: Sheet, block: Range, firstRow: number, marks: CellMark[]): void {
  const backgrounds = block.getBackgrounds() as Grid;
  const notes = block.getNotes() as Grid;
  const wanted = wantedMarks(backgrounds, notes, firstRow, marks);
  // One rectangle for both kinds: one range call, then a write per kind that changed inside it.
  const box = growByChanges(growByChanges(null, backgrounds, wanted.backgrounds), notes, wanted.notes);
  if (!box) return;
  const range = sheet.getRange(
    firstRow + box.top,
    1 + box.left,
    box.bottom - box.top + 1,
    box.right - box.left + 1,
  );
  const newBackgrounds = within(wanted.backgrounds, box);
  const newNotes = within(wanted.notes, box);
  if (differs(within(backgrounds, box), newBackgrounds)) range.setBackgrounds(newBackgrounds);
  if (differs(within(notes, box), newNotes)) range.setNotes(newNotes);
}
