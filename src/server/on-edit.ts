// The simple onEdit trigger: checks the edited register rows, or マスタ after an edit there, and marks the problem
// cells. It runs in AuthMode.LIMITED within 30 s, touches only this spreadsheet, and never throws at the user.

import { Refusal } from '../domain/refusal';
import { SHEETS } from '../domain/sheet-names';
import { checkBlock, checkMaster } from '../sheets/register-checks';
import { RegisterStore } from '../sheets/register-store';

export function checkEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const sheet = e.range.getSheet().getName();
    if (sheet === SHEETS.master) {
      checkMaster(e.source);
      return;
    }
    if (sheet !== SHEETS.register || e.range.getRow() < 2) return;
    const store = new RegisterStore(e.source);
    const master = store.readMaster();
    checkBlock(store.readBlock(master, e.range.getRow(), e.range.getNumRows()), master);
  } catch (error) {
    // No register or a broken master: nothing to check against (the 検証 sidebar names the problem).
    if (error instanceof Refusal) return;
    console.error(`onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}
