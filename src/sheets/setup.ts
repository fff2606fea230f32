// Creates or repairs the add-on's sheets. On a register full of data it only adds what is missing (sheets,
// columns at the end, formats, dropdowns, protections, named ranges) and never moves or rewrites a row; マスタ's
// editors are set to the plan office's every time.
import type { SetupResult } from '../domain/api';
import { CHAIN_HEADERS, EMPTY_CHAIN } from '../domain/chain';
import type { ColumnDef } from '../domain/columns';
import { encodeHistory } from '../domain/history-codec';
import { MASTER_LIST_RANGES, MASTER_LIST_ROWS, masterToGrid } from '../domain/master-codec';
import { REGISTER } from '../domain/messages';
import { type CellValue, columnIndex, columnsOf, encodeRow } from '../domain/row-codec';
import type { HistoryEntry, Master } from '../domain/schemas';
import { SEED_MASTER, seedItems } from '../domain/seed';
import { HISTORY_HEADERS, REPORT_LOG_HEADERS, SHEETS } from '../domain/sheet-names';
import { protectMaster } from './master-protection';
import { Refusal, RegisterStore } from './register-store';
import { type ChainLayout, HISTORY_CHAIN, REPORT_LOG_CHAIN, sealed } from './sealed-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Our protections are recognised by this description, so repairs never touch a city's own protections. */
const PROTECTION_NOTE = '改革プラン台帳: システム列（アドオンが更新します）';
const HEADER_BACKGROUND = '#dce6f1';

const NUMBER_FORMATS: Record<ColumnDef['kind'], string> = {
  id: '@',
  int: '0',
  text: '@',
  longText: '@',
  textList: '@',
  number: '#,##0.##',
  money: '#,##0',
  percent: '0',
  datetime: '@',
};

function ensureSheet(spreadsheet: Spreadsheet, name: string, created: string[]): Sheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing) return existing;
  created.push(name);
  return spreadsheet.insertSheet(name);
}

function ensureMaster(spreadsheet: Spreadsheet, created: string[], repaired: string[]): Sheet {
  const sheet = ensureSheet(spreadsheet, SHEETS.master, created);
  if (sheet.getLastRow() === 0) {
    const grid = masterToGrid(SEED_MASTER);
    sheet.getRange(1, 1, grid.length, (grid[0] as CellValue[]).length).setValues(grid);
    sheet.getRange(1, 1, 1, (grid[0] as CellValue[]).length).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  for (const list of Object.values(MASTER_LIST_RANGES)) {
    if (!spreadsheet.getRangeByName(list.name)) {
      spreadsheet.setNamedRange(list.name, sheet.getRange(2, list.column, MASTER_LIST_ROWS, 1));
      repaired.push(list.name);
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
    body.setNumberFormat(NUMBER_FORMATS[column.kind]);
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

function ensureRegister(spreadsheet: Spreadsheet, master: Master, created: string[], repaired: string[]) {
  const sheet = ensureSheet(spreadsheet, SHEETS.register, created);
  const columns = columnsOf(master);
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as CellValue[]) : [];
  const { missing } = columnIndex(header, columns);
  if (header.length > 0) {
    // A required column that vanished may have been renamed: adding a new empty one would hide the data.
    const required = missing.find((c) => c.required);
    if (required)
      throw new Refusal({
        code: 'layout',
        message: REGISTER.missingColumn(SHEETS.register, required.header),
      });
  }
  if (missing.length > 0) {
    const headers = missing.map((c) => c.header);
    writeHeaderCells(sheet, header.length + 1, headers);
    if (header.length > 0) repaired.push(...headers.map((h) => `${SHEETS.register}!${h}`));
  }
  const finalHeader = [...header, ...missing.map((c) => c.header)];
  const { index } = columnIndex(finalHeader, columns);
  formatRegisterColumns(spreadsheet, sheet, columns, index);
  protectSystemColumns(sheet, columns, index);
  return { sheet, columns, index, width: finalHeader.length };
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
 * The chain columns (連番, ダイジェスト) of an append-only sheet. A sheet from before them has no sealed row at all:
 * its rows are sealed once, in their order, so the chain starts from what the plan office has now. A sheet with any
 * sealed row is never resealed: that would launder an edit.
 */
function ensureChain(sheet: Sheet, layout: ChainLayout, repaired: string[]): void {
  const header = sheet.getRange(1, layout.at + 1, 1, 2).getValues()[0] as CellValue[];
  if (header.every((h, i) => h === CHAIN_HEADERS[i])) return;
  writeHeaderCells(sheet, layout.at + 1, CHAIN_HEADERS);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return;
  repaired.push(`${sheet.getName()}!${CHAIN_HEADERS.join('・')}`);
  const values = sheet.getRange(1, 1, lastRow, layout.at + 2).getValues() as CellValue[][];
  if (values.slice(1).some((r) => String(r[layout.at + 1] ?? '') !== '')) return;
  const { rows } = sealed(
    EMPTY_CHAIN,
    values.slice(1).map((r) => r.slice(0, layout.at)),
    layout,
  );
  sheet.getRange(2, 1, rows.length, layout.at + 2).setValues(rows);
}

function ensureLogSheet(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly string[],
  created: string[],
): Sheet {
  const sheet = ensureSheet(spreadsheet, name, created);
  if (sheet.getLastRow() === 0) writeHeaderCells(sheet, 1, headers);
  return sheet;
}

export function setUpRegister(nowIso: string, user: string): SetupResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const created: string[] = [];
  const repaired: string[] = [];
  const masterSheet = ensureMaster(spreadsheet, created, repaired);
  const store = new RegisterStore();
  const master = store.readMaster();
  const protection = protectMaster(masterSheet, master.planOffice, Session.getEffectiveUser().getEmail());
  if (protection.changed) repaired.push(`${SHEETS.master}!保護`);
  const history = ensureLogSheet(spreadsheet, SHEETS.history, HISTORY_HEADERS, created);
  ensureChain(history, HISTORY_CHAIN, repaired);
  if (!history.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) {
    history.protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
  }
  ensureSheet(spreadsheet, SHEETS.summary, created);
  ensureChain(
    ensureLogSheet(spreadsheet, SHEETS.reportLog, REPORT_LOG_HEADERS, created),
    REPORT_LOG_CHAIN,
    repaired,
  );
  const register = ensureRegister(spreadsheet, master, created, repaired);
  const seeded = register.sheet.getLastRow() <= 1 && history.getLastRow() <= 1;
  if (seeded) {
    const items = seedItems(nowIso, user, master);
    const blank = Array<CellValue>(register.width).fill('');
    const rows = items.map((item) => encodeRow(item, register.columns, register.index, blank));
    register.sheet.getRange(2, 1, rows.length, register.width).setValues(rows);
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
      changes: '初期データ（行財政集中改革プラン2022）',
    }));
    const { rows: sealedRows } = sealed(EMPTY_CHAIN, entries.map(encodeHistory), HISTORY_CHAIN);
    history.getRange(2, 1, sealedRows.length, (sealedRows[0] as CellValue[]).length).setValues(sealedRows);
  }
  return { created, repaired, seeded, masterEditors: protection.editors };
}
