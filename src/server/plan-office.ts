// The role guard of the plan-office entry points (set-up/repair, 集計, the meeting report): called first, before
// the payload is read or anything is locked, so anyone else is refused with nothing changed.
import { REGISTER } from '../domain/messages';
import { mayRunPlanOfficeTasks } from '../domain/permissions';
import { Refusal } from '../domain/refusal';
import { SHEETS } from '../domain/sheet-names';
import { RegisterStore } from '../sheets/register-store';
import { currentUser } from './current-user';

export function requirePlanOffice(task: string): void {
  const user = currentUser(new RegisterStore().readMaster());
  if (!mayRunPlanOfficeTasks(user))
    throw new Refusal({ code: 'forbidden', message: REGISTER.planOfficeOnly(task) });
}

/** Set-up of a file without マスタ creates the first one, so nobody is mapped yet: every editor may. */
export function requirePlanOfficeForSetup(task: string): void {
  if (SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.master)) requirePlanOffice(task);
}
