// Marks validation problems on the register (and マスタ) with one read and one write of backgrounds and of notes for the
// whole checked block, and clears the marks of problems that have been fixed.
import type { Problem } from '../domain/api';
import { VALIDATION } from '../domain/messages';

type Range = GoogleAppsScript.Spreadsheet.Range;

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

/**
 * `block` covers whole register rows starting at sheet row `firstRow`; `columnOf` maps a header to its
 * 0-based column inside the block. Only cells this module marked before are reset, then the current
 * problems are marked (an error outranks a warning in the same cell).
 */
export function markProblems(
  block: Range,
  firstRow: number,
  columnOf: (header: string) => number | undefined,
  problems: Problem[],
): void {
  const marks = problems.flatMap((p) => {
    const column = columnOf(p.column);
    return column === undefined ? [] : [{ row: p.row, column, severity: p.severity, message: p.message }];
  });
  markCells(block, firstRow, marks);
}

/** The same marking for cells located by position (マスタ, whose headers repeat from one list to the next). */
export function markCells(block: Range, firstRow: number, marks: CellMark[]): void {
  const backgrounds = block.getBackgrounds();
  const notes = block.getNotes();
  for (let r = 0; r < backgrounds.length; r++) {
    const rowBackgrounds = backgrounds[r] as string[];
    const rowNotes = notes[r] as string[];
    for (let c = 0; c < rowBackgrounds.length; c++) {
      if (OUR_BACKGROUNDS.has(rowBackgrounds[c] as string)) rowBackgrounds[c] = PLAIN_BACKGROUND;
      if (isOurNote(rowNotes[c] as string)) rowNotes[c] = '';
    }
  }
  for (const mark of marks) {
    const { column } = mark;
    const r = mark.row - firstRow;
    const rowBackgrounds = backgrounds[r];
    const rowNotes = notes[r];
    if (column < 0 || !rowBackgrounds || !rowNotes || column >= rowBackgrounds.length) continue;
    const isError = mark.severity === 'error';
    const current = rowBackgrounds[column] as string;
    // A user's own colour stays as it is; the note alone marks the cell then.
    const ownColour = current !== PLAIN_BACKGROUND && !OUR_BACKGROUNDS.has(current);
    if (!ownColour && (isError || current !== ERROR_BACKGROUND)) {
      rowBackgrounds[column] = isError ? ERROR_BACKGROUND : WARNING_BACKGROUND;
    }
    const previous = rowNotes[column] as string;
    // A user's own note stays as it is; the background alone marks the cell then.
    if (previous === '') rowNotes[column] = `${VALIDATION.notePrefix}${mark.message}`;
    else if (isOurNote(previous)) rowNotes[column] = `${previous}\n${mark.message}`;
  }
  block.setBackgrounds(backgrounds);
  block.setNotes(notes);
}
