// Entry points: every function Apps Script calls (triggers, menu items, google.script.run). Each stays thin.
import type {
  AdoptResult,
  ApiResult,
  HistoryCheck,
  ImportPreview,
  ImportResult,
  ImportStart,
  ItemDetail,
  ItemListResult,
  ItemSidebarStart,
  OpenDataExport,
  OpenRoundResult,
  RecordProgressResult,
  ReminderPreview,
  ReminderSendResult,
  ReportPreflight,
  ReportResult,
  ReportSidebarStart,
  ReviewResult,
  RoundsView,
  SetupResult,
  Summary,
  SummaryView,
  ValidationReport,
  ValidationView,
} from './domain/api';
import { IMPORT, LIFECYCLE, MENU, OPEN_DATA, REPORT, REVIEW, ROUNDS, setupAnswer } from './domain/messages';
import type { Item, Round } from './domain/schemas';
import { adoptHandEdits as adopt } from './server/hand-edits';
import * as importing from './server/import';
import * as items from './server/items';
import * as lifecycle from './server/lifecycle';
import { buildMenu } from './server/menu';
import { checkEditedRows } from './server/on-edit';
import { openData } from './server/open-data';
import { requirePlanOffice } from './server/plan-office';
import * as progress from './server/progress';
import {
  generateReport as generate,
  reportPreflight as preflight,
  regenerateReport as regenerate,
  reportSidebarStart,
} from './server/report';
import { respond } from './server/respond';
import * as review from './server/review';
import * as rounds from './server/rounds';
import { selectCell as select } from './server/select-cell';
import { setupRegister as setup } from './server/setup';
import { showSidebar } from './server/sidebars';
import { readSummary, refreshSummary as refresh, summaryView } from './server/summary';
import {
  validateRegister as validate,
  validationView,
  verifyHistory as verifyChains,
} from './server/validate';
import { neverSetUp } from './sheets/setup';

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

export function showValidateSidebar(): void {
  showSidebar('validate', MENU.validate);
}

export function showSummarySidebar(): void {
  showSidebar('summary', MENU.summary);
}

export function showReportSidebar(): void {
  showSidebar('report', MENU.report);
}

export function showRoundsSidebar(): void {
  showSidebar('rounds', ROUNDS.menu);
}

export function showImportSidebar(): void {
  showSidebar('import', IMPORT.menu);
}

export function showHelpSidebar(): void {
  showSidebar('help', MENU.help);
}

/** `choice`: null (the menu's repair, or the 行田市 sample on a new file), the sample, or a new plan. */
export function setupRegister(choice: unknown): ApiResult<SetupResult> {
  return respond(() => setup(choice));
}

/** On a file never set up the choice of plan is asked in the set-up sidebar; otherwise set-up repairs. */
export function menuSetup(): void {
  if (neverSetUp()) {
    showSidebar('setup', MENU.setup);
    return;
  }
  const result = setupRegister(null);
  const ui = SpreadsheetApp.getUi();
  const text = result.ok ? setupAnswer(result.value, null).join('') : result.error.message;
  ui.alert(MENU.setup, text, ui.ButtonSet.OK);
}

export function listItems(filter: unknown): ApiResult<ItemListResult> {
  return respond(() => items.listItems(filter));
}

export function startItemSidebar(filter: unknown): ApiResult<ItemSidebarStart> {
  return respond(() => items.startItemSidebar(filter));
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

export function validateRegister(offset: unknown): ApiResult<ValidationReport> {
  return respond(() => validate(offset));
}

export function adoptHandEdits(ids: unknown): ApiResult<AdoptResult> {
  return respond(() => adopt(ids));
}

export function verifyHistory(): ApiResult<HistoryCheck> {
  return respond(verifyChains);
}

export function getValidationView(): ApiResult<ValidationView> {
  return respond(validationView);
}

export function refreshSummary(roundId: unknown): ApiResult<Summary> {
  return respond(() => {
    requirePlanOffice(MENU.summary);
    return refresh(roundId);
  });
}

/** The 集計 sidebar's first call: the master view and the last 集計, cheap to read. */
export function getSummaryView(): ApiResult<SummaryView> {
  return respond(summaryView);
}

/** The 集計 figures without rewriting the sheet: open to every user who may read the register. */
export function getSummary(roundId: unknown): ApiResult<Summary> {
  return respond(() => readSummary(roundId));
}

export function selectCell(a1: unknown): ApiResult<{ a1: string }> {
  return respond(() => select(a1));
}

export function startReportSidebar(): ApiResult<ReportSidebarStart> {
  return respond(reportSidebarStart);
}

export function getReportPreflight(roundId: unknown): ApiResult<ReportPreflight> {
  return respond(() => {
    requirePlanOffice(MENU.report);
    return preflight(roundId);
  });
}

export function generateReport(request: unknown): ApiResult<ReportResult> {
  return respond(() => {
    requirePlanOffice(MENU.report);
    return generate(request);
  });
}

/** A logged report made again as the record stood at its 作成日時: the plan office's, like the report itself. */
export function regenerateReport(request: unknown): ApiResult<ReportResult> {
  return respond(() => {
    requirePlanOffice(REPORT.regenerateTask);
    return regenerate(request);
  });
}

/** The register as open data, for the plan office: publishing the city's data is its decision (README, Open data). */
export function getOpenData(): ApiResult<OpenDataExport> {
  return respond(() => {
    requirePlanOffice(OPEN_DATA.task);
    return openData();
  });
}

export function openRound(input: unknown): ApiResult<OpenRoundResult> {
  return respond(() => {
    requirePlanOffice(ROUNDS.openTask);
    return rounds.openRound(input);
  });
}

export function closeRound(roundId: unknown): ApiResult<{ round: Round }> {
  return respond(() => {
    requirePlanOffice(ROUNDS.closeTask);
    return rounds.closeRound(roundId);
  });
}

/** The 報告回 sidebar's rounds and 未報告 by department: the plan office's view of who has not reported. */
export function getRoundsView(roundId: unknown): ApiResult<RoundsView> {
  return respond(() => {
    requirePlanOffice(ROUNDS.statusTask);
    return rounds.roundsView(roundId);
  });
}

export function previewReminders(roundId: unknown): ApiResult<ReminderPreview> {
  return respond(() => {
    requirePlanOffice(ROUNDS.remindTask);
    return rounds.previewReminders(roundId);
  });
}

export function sendReminders(input: unknown): ApiResult<ReminderSendResult> {
  return respond(() => {
    requirePlanOffice(ROUNDS.remindTask);
    return rounds.sendReminders(input);
  });
}

/** The plan office's 最終評価 or 差戻し of a department's report. */
export function reviewReport(input: unknown): ApiResult<ReviewResult> {
  return respond(() => {
    requirePlanOffice(REVIEW.task);
    return review.reviewReport(input);
  });
}

/** The plan office's 異動 of an item (the item sidebar's 異動 section): 統合, 廃止, 完了 or back to active, and 再掲. */
export function changeLifecycle(input: unknown): ApiResult<{ item: Item; duplicate: boolean }> {
  return respond(() => {
    requirePlanOffice(LIFECYCLE.task);
    return lifecycle.changeLifecycle(input);
  });
}

/** 取り込み's first call: the file's sheets an import may read (the plan office's, like the import itself). */
export function startImportSidebar(): ApiResult<ImportStart> {
  return respond(() => {
    requirePlanOffice(IMPORT.task);
    return importing.startImportSidebar();
  });
}

/** What importing a sheet would make and refuse, with the suggested mapping (null) or the user's; writes nothing. */
export function previewImport(sheetName: unknown, mapping: unknown): ApiResult<ImportPreview> {
  return respond(() => {
    requirePlanOffice(IMPORT.task);
    return importing.previewImport(sheetName, mapping);
  });
}

/** An existing register brought in, all or nothing: the plan office's, as it writes for the whole plan. */
export function importRegister(request: unknown): ApiResult<ImportResult> {
  return respond(() => {
    requirePlanOffice(IMPORT.task);
    return importing.importRegister(request);
  });
}
