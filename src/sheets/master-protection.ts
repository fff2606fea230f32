// マスタ's protection, for real: the whole sheet, not warning-only, not editable domain-wide, with the plan office
// (行革担当) and the user running set-up as its editors. Kept in step with 行革担当 on every set-up/repair; whoever
// else was added by hand is removed. The file owner always keeps edit rights in Sheets, whatever the list says.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Recognises our protection, so a city's own protections of the sheet are left alone. */
const MASTER_PROTECTION_NOTE = '改革プラン台帳: マスタ（行革担当だけが編集できます）';

const normalize = (email: string) => email.trim().toLowerCase();
const editorsOf = (protection: Protection) => protection.getEditors().map((u) => normalize(u.getEmail()));

export interface MasterProtectionResult {
  /** The editors after the repair, as Sheets reports them. */
  editors: string[];
  /** Whether anything had to be created or changed. */
  changed: boolean;
}

export function protectMaster(sheet: Sheet, planOffice: string[], runner: string): MasterProtectionResult {
  const ours = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .filter((p) => p.getDescription() === MASTER_PROTECTION_NOTE);
  const protection = ours[0] ?? sheet.protect().setDescription(MASTER_PROTECTION_NOTE);
  let changed = ours.length === 0;
  // A warning-only protection cannot have editors (Sheets API ProtectedRange.warningOnly): make it real first.
  if (protection.isWarningOnly()) {
    protection.setWarningOnly(false);
    changed = true;
  }
  const before = editorsOf(protection);
  // The runner first, as Google's Protection sample does: removing others must never remove the runner's own right.
  const wanted = [...new Set([runner, ...planOffice].map(normalize).filter(Boolean))];
  const missing = wanted.filter((e) => !before.includes(e));
  if (missing.length) protection.addEditors(missing);
  const extra = before.filter((e) => !wanted.includes(e));
  if (extra.length) protection.removeEditors(extra);
  if (protection.canDomainEdit()) {
    protection.setDomainEdit(false);
    changed = true;
  }
  // Sheets keeps the owner however it is asked: the list after the change is what the result reports.
  const editors = missing.length || extra.length ? editorsOf(protection) : before;
  return { editors, changed: changed || editors.join() !== before.join() };
}
