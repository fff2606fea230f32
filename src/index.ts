// Entry points: every function Apps Script calls (triggers, menu items, google.script.run). Each stays thin.
import type {
  ApiResult,
  ItemDetail,
  ItemListResult,
  MasterView,
  RecordProgressResult,
  ReportResult,
  SetupResult,
  Summary,
  ValidationReport,
} from './domain/api';
import { MENU } from './domain/messages';
import type { Item } from './domain/schemas';
import { currentUserEmail, nowIso } from './server/current-user';
import * as items from './server/items';
import { withDocumentLock } from './server/lock';
import { buildMenu } from './server/menu';
import { checkEditedRows } from './server/on-edit';
import * as progress from './server/progress';
import { generateReport as generate } from './server/report';
import { respond } from './server/respond';
import { showSidebar } from './server/sidebars';
import { refreshSummary as refresh } from './server/summary';
import { showValidationResult, validateRegister as validate } from './server/validate';
import { setUpRegister } from './sheets/setup';

/** Simple trigger; runs in AuthMode.NONE before the add-on is used in a file, so it touches only the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Simple trigger: checks hand-typed register rows as they are edited. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  checkEditedRows(e);
}

export function showItemSidebar(): void {
  showSidebar('item', MENU.item);
}

export function showProgressSidebar(): void {
  showSidebar('progress', MENU.progress);
}

export function showReportSidebar(): void {
  showSidebar('report', MENU.report);
}

export function setupRegister(): ApiResult<SetupResult> {
  return respond(() => withDocumentLock(() => setUpRegister(nowIso(), currentUserEmail())));
}

export function menuSetup(): void {
  const result = setupRegister();
  const ui = SpreadsheetApp.getUi();
  if (result.ok) {
    const { created, repaired, seeded } = result.value;
    ui.alert(MENU.setup, MENU.setupDone(created.length, repaired.length, seeded), ui.ButtonSet.OK);
  } else ui.alert(MENU.setup, result.error.message, ui.ButtonSet.OK);
}

export function menuValidate(): void {
  const result = validateRegister();
  const ui = SpreadsheetApp.getUi();
  if (result.ok) showValidationResult(result.value);
  else ui.alert(MENU.validate, result.error.message, ui.ButtonSet.OK);
}

export function getMasterView(): ApiResult<MasterView> {
  return respond(items.getMasterView);
}

export function listItems(filter: unknown): ApiResult<ItemListResult> {
  return respond(() => items.listItems(filter));
}

export function getItem(id: unknown, roundId: unknown): ApiResult<ItemDetail> {
  return respond(() => items.getItem(id, roundId));
}

export function saveItem(input: unknown): ApiResult<{ item: Item }> {
  return respond(() => items.saveItem(input));
}

export function recordProgress(input: unknown): ApiResult<RecordProgressResult> {
  return respond(() => progress.recordProgress(input));
}

export function validateRegister(): ApiResult<ValidationReport> {
  return respond(validate);
}

export function refreshSummary(roundId: unknown): ApiResult<Summary> {
  return respond(() => refresh(roundId));
}

export function menuSummary(): void {
  const result = refreshSummary(null);
  const ui = SpreadsheetApp.getUi();
  if (result.ok)
    SpreadsheetApp.getActiveSpreadsheet().toast(MENU.summaryDone(result.value.roundLabel), MENU.summary);
  else ui.alert(MENU.summary, result.error.message, ui.ButtonSet.OK);
}

export function generateReport(request: unknown): ApiResult<ReportResult> {
  return respond(() => generate(request));
}
