// The 検証 sidebar's jump: selects one cell of the register so the user sees the problem in place. Only a single
// cell in A1 notation inside the register sheet's grid is accepted; anything else is refused and nothing moves.
import { parseCellA1 } from '../domain/a1';
import { REGISTER, VALIDATION } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { SHEETS } from '../domain/sheet-names';

const refuse = (): never => {
  throw new Refusal({
    code: 'invalid',
    message: VALIDATION.badCell,
    fields: [{ path: 'a1', message: VALIDATION.badCell }],
  });
};

export function selectCell(a1: unknown): { a1: string } {
  const cell = typeof a1 === 'string' ? parseCellA1(a1) : null;
  if (!cell) return refuse();
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.register);
  if (!sheet) throw new Refusal({ code: 'notSetUp', message: REGISTER.notSetUp });
  // getRange outside the grid would throw; a cell there can hold no problem anyway.
  if (cell.row > sheet.getMaxRows() || cell.column > sheet.getMaxColumns()) return refuse();
  sheet.getRange(cell.row, cell.column).activate();
  return { a1: a1 as string };
}
