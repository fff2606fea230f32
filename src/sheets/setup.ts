// Creates or repairs the add-on's sheets. On a register full of data it only adds what is missing (sheets,
// columns at the end, formats, dropdowns, protections, named ranges) and never moves or rewrites a row; マスタ's
// editors are set to the plan office's every time.
import type { SetupResult } from '../domain/api';
import { HISTORY_FORMATS, KIND_FORMATS, REPORT_LOG_FORMATS } from '../domain/cell-formats';
import { CHAIN_COLUMNS, EMPTY_CHAIN } from '../domain/chain';
import type { ColumnDef } from '../domain/columns';
import { canonicalCell, encodeRecordedRow, RECORD_KEY, recordCell } from '../domain/hand-edits';
import { heldHeadersKey, rememberedHeaders, strandedColumns, wasHeld } from '../domain/held-columns';
import {
  HISTORY_CONTENT_KEYS,
  HISTORY_HEADERS,
  HISTORY_LATE_KEYS,
  historyIndex,
} from '../domain/history-codec';
import { MASTER_LIST_RANGES, MASTER_LIST_ROWS, masterToGrid } from '../domain/master-codec';
import { HISTORY, REGISTER, SETUP } from '../domain/messages';
import { newPlanMaster, type SetupChoice } from '../domain/new-plan';
import { Refusal } from '../domain/refusal';
import { renamedColumns } from '../domain/renamed-columns';
import { REPORT_LOG_CONTENT_KEYS, REPORT_LOG_HEADERS, reportLogIndex } from '../domain/report/log';
import {
  type CellValue,
  type ColumnIndex,
  columnIndex,
  columnsOf,
  type HeaderedColumn,
} from '../domain/row-codec';
import type { HistoryEntry, Master } from '../domain/schemas';
import { SEED_MASTER, seedItems } from '../domain/seed';
import { SHEETS } from '../domain/sheet-names';
import { setValuesAsText } from './kept-text';
import { protectMaster } from './master-protection';
import { applyPeriodChange } from './period-change';
import { RegisterStore } from './register-store';
import { chainLayout, seal, writeAnchor } from './sealed-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Our protections are recognised by this description, so repairs never touch a city's own protections. */
const PROTECTION_NOTE = '改革プラン台帳: システム列（アドオンが更新します）';
const HEADER_BACKGROUND = '#dce6f1';
/** A document property set by the first set-up (its time): the register has existed, so it is never seeded again. */
const SET_UP_PROPERTY = 'registerSetUpAt';

type StoredProperties = Record<string, string>;
const rememberedOf = (stored: StoredProperties, sheet: string) => stored[heldHeadersKey(sheet)] ?? null;

function ensureSheet(spreadsheet: Spreadsheet, name: string, created: string[]): Sheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing) return existing;
  created.push(name);
  return spreadsheet.insertSheet(name);
}

function ensureMaster(
  spreadsheet: Spreadsheet,
  initial: Master,
  created: string[],
  repaired: string[],
): Sheet {
  const sheet = ensureSheet(spreadsheet, SHEETS.master, created);
  // A sheet made by this run gets its named ranges as part of being made: that is no repair to report.
  const isNew = created.includes(SHEETS.master);
  if (sheet.getLastRow() === 0) {
    const grid = masterToGrid(initial);
    sheet.getRange(1, 1, grid.length, (grid[0] as CellValue[]).length).setValues(grid);
    sheet.getRange(1, 1, 1, (grid[0] as CellValue[]).length).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  for (const list of Object.values(MASTER_LIST_RANGES)) {
    if (!spreadsheet.getRangeByName(list.name)) {
      spreadsheet.setNamedRange(list.name, sheet.getRange(2, list.column, MASTER_LIST_ROWS, 1));
      if (!isNew) repaired.push(list.name);
    }
  }
  return sheet;
}

/** Formats, dropdowns and widths of every register column; one call per column and property. */
function formatRegisterColumns(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  columns: ColumnDef[],
  index: Map<string, number>,
) {
  const rows = sheet.getMaxRows() - 1;
  for (const column of columns) {
    const at = index.get(column.key);
    if (at === undefined) continue;
    const body = sheet.getRange(2, at + 1, rows, 1);
    body.setNumberFormat(KIND_FORMATS[column.kind]);
    sheet.setColumnWidth(at + 1, column.width);
    const list = column.list ? spreadsheet.getRangeByName(MASTER_LIST_RANGES[column.list].name) : null;
    if (list) {
      body.setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInRange(list, true).setAllowInvalid(true).build(),
      );
    }
  }
}

/** System columns are protected with a warning: staff editing a cell by hand are stopped and told why. */
function protectSystemColumns(sheet: Sheet, columns: ColumnDef[], index: Map<string, number>): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription() === PROTECTION_NOTE) protection.remove();
  }
  for (const column of columns.filter((c) => c.system)) {
    const at = index.get(column.key);
    if (at === undefined) continue;
    sheet
      .getRange(1, at + 1, sheet.getMaxRows(), 1)
      .protect()
      .setDescription(PROTECTION_NOTE)
      .setWarningOnly(true);
  }
}

/** A sheet's header row as it stands ([] for a sheet that is missing or empty). */
function readHeader(spreadsheet: Spreadsheet, name: string): CellValue[] {
  const sheet = spreadsheet.getSheetByName(name);
  const lastColumn = sheet?.getLastColumn() ?? 0;
  if (!sheet || lastColumn === 0) return [];
  return sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as CellValue[];
}

/**
 * Refuses a sheet that lacks an add-on column it held at the last set-up while some header appeared since: that
 * header may be the column renamed beyond recognition (課題 → メモ), and adding an empty one would strand its data.
 */
function refuseStranding(
  name: string,
  header: CellValue[],
  missing: readonly HeaderedColumn[],
  remembered: string | null,
) {
  const [stranded] = strandedColumns(
    remembered,
    header,
    missing.map((c) => c.header),
  );
  if (stranded)
    throw new Refusal({
      code: 'layout',
      message: REGISTER.heldColumnMissing(name, stranded.expected, stranded.appeared),
    });
}

/**
 * Refuses, before set-up writes anything, a register whose columns drifted beyond repair: a column renamed by hand
 * keeps its data under the new name (adding a new empty one would strand it), and a required column that vanished
 * may have been renamed beyond recognition. A column that was moved is found by its header and needs nothing.
 * Answers the header row as read.
 */
function refuseDriftedRegister(
  spreadsheet: Spreadsheet,
  master: Master,
  remembered: string | null,
): CellValue[] {
  const header = readHeader(spreadsheet, SHEETS.register);
  if (header.length === 0) return [];
  const columns = columnsOf(master);
  const { missing } = columnIndex(header, columns);
  const [renamed] = renamedColumns(header, columns, missing);
  if (renamed)
    throw new Refusal({
      code: 'layout',
      message: REGISTER.renamedColumn(SHEETS.register, renamed.found, renamed.expected),
    });
  refuseStranding(SHEETS.register, header, missing, remembered);
  const required = missing.find((c) => c.required);
  if (required)
    throw new Refusal({ code: 'layout', message: REGISTER.missingColumn(SHEETS.register, required.header) });
  return header;
}

/**
 * The same for 履歴 and 報告書ログ, whose every column is the add-on's, before set-up writes anything. Set-up adds only
 * their chain columns (ensureChain): a chain column renamed by hand (連番 → 連番（旧）) keeps its values, so a new
 * empty one would strand them.
 */
function refuseStrandedLog(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly string[],
  remembered: string | null,
): void {
  const header = readHeader(spreadsheet, name);
  const present = new Set(header.map((h) => String(h).trim()));
  const ours = headers.map((h) => ({ key: h, header: h }));
  const missing = ours.filter((c) => !present.has(c.header));
  const chain = new Set(CHAIN_COLUMNS.map((c) => c.header));
  const [renamed] = renamedColumns(
    header,
    ours.filter((c) => present.has(c.header)),
    missing.filter((c) => chain.has(c.header)),
  );
  if (renamed)
    throw new Refusal({
      code: 'layout',
      message: REGISTER.renamedColumn(name, renamed.found, renamed.expected),
    });
  refuseStranding(name, header, missing, remembered);
}

/** `header`: the register's header row as refuseDriftedRegister read it ([] for a new sheet). */
function ensureRegister(
  spreadsheet: Spreadsheet,
  master: Master,
  header: CellValue[],
  remembered: string | null,
  created: string[],
  repaired: string[],
) {
  const sheet = ensureSheet(spreadsheet, SHEETS.register, created);
  const columns = columnsOf(master);
  const { missing } = columnIndex(header, columns);
  if (missing.length > 0) {
    const headers = missing.map((c) => c.header);
    writeHeaderCells(sheet, header.length + 1, headers);
    if (header.length > 0) repaired.push(...headers.map((h) => `${SHEETS.register}!${h}`));
  }
  const finalHeader = [...header, ...missing.map((c) => c.header)];
  const { index } = columnIndex(finalHeader, columns);
  // Only a register that never had 記録値 is recorded as it stands: one whose column was deleted since would have its
  // hand edits blessed. Its rows then hold no record, so each shows as hand-edited until the plan office adopts it.
  const record = columns.find((c) => c.key === RECORD_KEY) as ColumnDef;
  if (header.length > 0 && missing.includes(record) && !wasHeld(remembered, record.header))
    recordRowsOnce(sheet, columns, index, finalHeader.length);
  formatRegisterColumns(spreadsheet, sheet, columns, index);
  protectSystemColumns(sheet, columns, index);
  hideRecordColumn(sheet, index);
  freezeIdAndTitle(sheet, index);
  return { sheet, columns, index, width: finalHeader.length, header: finalHeader };
}

/**
 * A register from before the 記録値 column has its rows recorded once, as they stand when the column is added (as a
 * history from before the chain is sealed once): from then on an empty 記録値 is a cleared one, and holds its row.
 */
function recordRowsOnce(sheet: Sheet, columns: ColumnDef[], index: Map<string, number>, width: number): void {
  const rows = sheet.getLastRow() - 1;
  if (rows <= 0) return;
  const cells = sheet.getRange(2, 1, rows, width).getValues() as CellValue[][];
  const id = index.get('id') as number;
  const records = cells.map((row) => [canonicalCell(row[id]) ? recordCell(row, columns, index) : '']);
  setValuesAsText(sheet.getRange(2, (index.get(RECORD_KEY) as number) + 1, rows, 1), records);
}

/**
 * 記録値 is the add-on's record of each row (a fingerprint and JSON), nothing for people to read or type: hidden, and
 * hidden again by every set-up after someone showed it.
 */
function hideRecordColumn(sheet: Sheet, index: Map<string, number>): void {
  const at = index.get(RECORD_KEY);
  if (at !== undefined) sheet.hideColumns(at + 1);
}

/** The most columns set-up freezes: wider, the frozen block would leave little of a laptop screen to scroll. */
const MAX_FROZEN_COLUMNS = 6;

/**
 * The header row and the columns through 取組ID and 取組項目 stay in view while a user scrolls to the right. A city
 * that froze more keeps its choice; one that moved those columns far to the right gets no wide frozen block.
 */
function freezeIdAndTitle(sheet: Sheet, index: Map<string, number>): void {
  const through = Math.max(index.get('id') ?? 0, index.get('title') ?? 0) + 1;
  if (through <= MAX_FROZEN_COLUMNS && sheet.getFrozenColumns() < through) sheet.setFrozenColumns(through);
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
}

function writeHeaderCells(sheet: Sheet, firstColumn: number, headers: readonly string[]): void {
  // A new sheet has 26 columns; a range past them would throw.
  const needed = firstColumn + headers.length - 1 - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  const range = sheet.getRange(1, firstColumn, 1, headers.length);
  range.setValues([[...headers]]);
  range.setFontWeight('bold');
  range.setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
}

/**
 * The chain columns (連番, ダイジェスト) of an append-only sheet, added after its last column when missing. A sheet
 * from before them (both missing) has its rows sealed once, in their order, so the chain starts from what the plan
 * office has now; a sheet that lost one, or both since a set-up remembered them, is never resealed (that would
 * launder an edit): its rows show as unsealed in 台帳の検証. Answers the sheet's header row as set-up leaves it.
 */
function ensureChain(
  sheet: Sheet,
  sealedIndex: (header: CellValue[]) => ColumnIndex<HeaderedColumn>,
  contentKeys: readonly string[],
  remembered: string | null,
  repaired: string[],
  lateKeys: readonly string[] = [],
): CellValue[] {
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
  const { missing } = sealedIndex(header);
  const chain = missing.filter((c) => c.key === 'seq' || c.key === 'digest');
  // A renamed chain column was refused before anything was written (refuseStrandedLog). Another missing column is
  // refused by name by every read of the sheet; nothing is guessed here.
  if (chain.length === 0 || chain.length < missing.length) return header;
  const added = chain.map((c) => c.header);
  writeHeaderCells(sheet, width + 1, added);
  repaired.push(`${sheet.getName()}!${added.join('・')}`);
  const finalHeader = [...header, ...added];
  const lastRow = sheet.getLastRow();
  // Chain columns the sheet held at the last set-up were deleted by hand: sealing now would launder any edit.
  const neverChained = !chain.some((c) => wasHeld(remembered, c.header));
  if (chain.length < 2 || lastRow < 2 || !neverChained) return finalHeader;
  const { index } = sealedIndex([...header, ...added]);
  const rows = sheet.getRange(2, 1, lastRow - 1, width + 2).getValues() as CellValue[][];
  const head = seal(EMPTY_CHAIN, rows, chainLayout(index, contentKeys, lateKeys));
  sheet.getRange(2, width + 1, rows.length, 2).setValues(rows.map((r) => r.slice(width, width + 2)));
  writeAnchor(sheet.getName(), head);
  return finalHeader;
}

/** A log sheet with its headers and its column formats over every row below them (repaired on each set-up). */
function ensureLogSheet(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly string[],
  formats: string[],
  created: string[],
): Sheet {
  const sheet = ensureSheet(spreadsheet, name, created);
  if (sheet.getLastRow() === 0) writeHeaderCells(sheet, 1, headers);
  const rows = sheet.getMaxRows() - 1;
  if (rows > 0)
    sheet.getRange(2, 1, rows, formats.length).setNumberFormats(Array.from({ length: rows }, () => formats));
  return sheet;
}

/** True when the file has never been set up: no first set-up recorded, and no マスタ, register or history rows. */
export function neverSetUp(
  setUpAt: string | null = PropertiesService.getDocumentProperties().getProperty(SET_UP_PROPERTY),
): boolean {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (setUpAt !== null) return false;
  const master = spreadsheet.getSheetByName(SHEETS.master);
  if (master && master.getLastRow() > 0) return false;
  return [SHEETS.register, SHEETS.history].every(
    (name) => (spreadsheet.getSheetByName(name)?.getLastRow() ?? 0) <= 1,
  );
}

/**
 * `choice` null or the sample: set-up as always (the sample on a file never set up, a repair otherwise). A new plan
 * starts a file never set up with its own マスタ, no items and an empty history, `user` as its 行革担当; on a file
 * already set up it is refused before anything is written (it would mix two plans).
 */
export function setUpRegister(nowIso: string, user: string, choice: SetupChoice | null): SetupResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const created: string[] = [];
  const repaired: string[] = [];
  const newPlan = choice?.plan === 'new' ? choice : null;
  // Read once and written once: the first set-up's time and each sheet's header row as this set-up leaves it.
  const properties = PropertiesService.getDocumentProperties();
  const stored: StoredProperties = properties.getProperties();
  const setUpBefore = stored[SET_UP_PROPERTY] !== undefined;
  if (newPlan && !neverSetUp(stored[SET_UP_PROPERTY] ?? null))
    throw new Refusal({
      code: 'invalid',
      message: SETUP.alreadySetUp,
      fields: [{ path: 'plan', message: SETUP.alreadySetUp }],
    });
  const initial = newPlan ? newPlanMaster(newPlan, user) : SEED_MASTER;
  const masterSheet = ensureMaster(spreadsheet, initial, created, repaired);
  const store = new RegisterStore();
  const master = store.readMaster();
  const readHeader = refuseDriftedRegister(spreadsheet, master, rememberedOf(stored, SHEETS.register));
  refuseStrandedLog(spreadsheet, SHEETS.history, HISTORY_HEADERS, rememberedOf(stored, SHEETS.history));
  refuseStrandedLog(
    spreadsheet,
    SHEETS.reportLog,
    REPORT_LOG_HEADERS,
    rememberedOf(stored, SHEETS.reportLog),
  );
  const protection = protectMaster(masterSheet, master.planOffice, Session.getEffectiveUser().getEmail());
  if (protection.changed && !created.includes(SHEETS.master)) repaired.push(`${SHEETS.master}!保護`);
  const history = ensureLogSheet(spreadsheet, SHEETS.history, HISTORY_HEADERS, HISTORY_FORMATS, created);
  const historyHeader = ensureChain(
    history,
    historyIndex,
    HISTORY_CONTENT_KEYS,
    rememberedOf(stored, SHEETS.history),
    repaired,
    HISTORY_LATE_KEYS,
  );
  if (!history.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) {
    history.protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
  }
  ensureSheet(spreadsheet, SHEETS.summary, created);
  const reportLogHeader = ensureChain(
    ensureLogSheet(spreadsheet, SHEETS.reportLog, REPORT_LOG_HEADERS, REPORT_LOG_FORMATS, created),
    reportLogIndex,
    REPORT_LOG_CONTENT_KEYS,
    rememberedOf(stored, SHEETS.reportLog),
    repaired,
  );
  const registerSheet = spreadsheet.getSheetByName(SHEETS.register);
  const period = registerSheet
    ? applyPeriodChange(registerSheet, store, master, readHeader, { nowIso, user })
    : { header: readHeader, change: null };
  const register = ensureRegister(
    spreadsheet,
    master,
    period.header,
    rememberedOf(stored, SHEETS.register),
    created,
    repaired,
  );
  // Seeding is for a register that never held anything: not one whose items (or history) were deleted by hand.
  const seeded = !newPlan && register.sheet.getLastRow() <= 1 && history.getLastRow() <= 1 && !setUpBefore;
  if (seeded) {
    store.readHistoryHeader();
    const items = seedItems(nowIso, user, master);
    const blank = Array<CellValue>(register.width).fill('');
    const rows = items.map((item) => encodeRecordedRow(item, register.columns, register.index, blank));
    setValuesAsText(register.sheet.getRange(2, 1, rows.length, register.width), rows);
    const entries: HistoryEntry[] = items.map((item) => ({
      at: nowIso,
      user,
      kind: 'create',
      requestId: `seed-${item.id}`,
      itemId: item.id,
      revision: item.revision,
      roundId: '',
      status: item.status,
      progress: item.progress,
      grade: item.grade,
      indicatorActual: item.indicatorActual,
      savingsActual: item.savingsActual,
      activity: '',
      issues: '',
      nextSteps: '',
      changes: HISTORY.seeded,
    }));
    store.appendHistory(entries);
  }
  properties.setProperties({
    ...(setUpBefore ? {} : { [SET_UP_PROPERTY]: nowIso }),
    [heldHeadersKey(SHEETS.register)]: rememberedHeaders(
      register.header,
      register.columns.map((c) => c.header),
    ),
    [heldHeadersKey(SHEETS.history)]: rememberedHeaders(historyHeader, HISTORY_HEADERS),
    [heldHeadersKey(SHEETS.reportLog)]: rememberedHeaders(reportLogHeader, REPORT_LOG_HEADERS),
  });
  const planOfficeAdded = newPlan && master.planOffice.includes(user) ? user : null;
  return {
    created,
    repaired,
    seeded,
    masterEditors: protection.editors,
    planOfficeAdded,
    planOfficeMissing: master.planOffice.length === 0,
    periodChange: period.change,
  };
}
