// The simple onEdit trigger: checks the edited register rows, or マスタ after an edit there, and marks the problem
// cells (a マスタ that locks users out is toasted too). It runs in AuthMode.LIMITED within 30 s, touches only this spreadsheet, and never throws at the user. A paste of many rows is
// checked only in its first ON_EDIT_MAX_ROWS rows, so its work is bounded whatever the size; a toast says the rest
// is left to 台帳の検証.

import { VALIDATION } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import { SHEETS } from '../domain/sheet-names';
import { checkBlock, checkMaster } from '../sheets/register-checks';
import { RegisterStore } from '../sheets/register-store';

/** Rows an edit checks at most: a few hundred rows take well under a second of the 30 s a simple trigger has. */
export const ON_EDIT_MAX_ROWS = 200;

export function checkEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const sheet = e.range.getSheet().getName();
    if (sheet === SHEETS.master) {
      const read = checkMaster(e.source);
      // Department members typed before any 行革担当 lock everyone unlisted out: said at once, not only as a mark.
      if (read.ok && read.lockOut) toast(e.source, read.lockOut.message, SHEETS.master);
      return;
    }
    if (sheet !== SHEETS.register) return;
    const edited = e.range.getRow();
    const editedRows = e.range.getNumRows();
    // The header row is never checked: an edit reaching into it is checked from row 2.
    const first = Math.max(edited, 2);
    const count = Math.min(edited + editedRows - first, ON_EDIT_MAX_ROWS);
    if (count <= 0) return;
    const store = new RegisterStore(e.source);
    const master = store.readMaster();
    checkBlock(store.readBlock(master, first, count), master);
    if (edited + editedRows - first > count)
      toast(e.source, VALIDATION.pasteChecked(editedRows, count), VALIDATION.title);
  } catch (error) {
    // No register or a broken master: nothing to check against (the 検証 sidebar names the problem).
    if (error instanceof Refusal) return;
    console.error(`onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Spreadsheet.toast in a simple trigger is not documented either way: the marks are written first, and a toast that
 * fails costs nothing but the message.
 */
function toast(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, title: string): void {
  try {
    spreadsheet.toast(message, title);
  } catch (error) {
    console.error(`onEdit toast: ${error instanceof Error ? error.message : String(error)}`);
  }
}
