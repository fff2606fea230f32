// Spreadsheet and SpreadsheetApp: the container the add-on is bound to, its sheets and named ranges.
import { counted } from '../core/calls';
import { requireAuthorization, type ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { parseA1 } from './a1';
import { EmulatedDataValidationBuilder } from './data-validation';
import type { EmulatedRange } from './range';
import { EmulatedSheet } from './sheet';
import { newSheetState } from './state';
import type { Workbook } from './workbook';

/** What the UI side of the emulation records when a script selects a range or shows a toast. */
export interface SpreadsheetUiHooks {
  select(sheetName: string, a1: string): void;
  toast(message: string, title: string): void;
}

export class EmulatedSpreadsheet
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      'getId' | 'getName' | 'getUrl' | 'getSpreadsheetTimeZone' | 'removeNamedRange' | 'toast'
    >
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Workbook,
    private readonly hooks: SpreadsheetUiHooks,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Spreadsheet', ctx.calls);
  }

  private wrap(id: number): EmulatedSheet {
    return new EmulatedSheet(this.ctx, this.book, id, (sheetId, a1) =>
      this.hooks.select(this.book.sheetById(sheetId).name, a1),
    );
  }

  getId(): string {
    return this.book.state.id;
  }
  getName(): string {
    return this.book.state.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.state.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.state.timeZone;
  }
  getSheets(): EmulatedSheet[] {
    return this.book.state.sheets.map((s) => this.wrap(s.id));
  }
  getSheetByName(name: string): EmulatedSheet | null {
    const sheet = this.book.sheetByName(name);
    return sheet ? this.wrap(sheet.id) : null;
  }
  getActiveSheet(): EmulatedSheet {
    return this.wrap(this.book.state.activeSheetId);
  }
  setActiveSheet(sheet: EmulatedSheet): EmulatedSheet {
    this.book.state.activeSheetId = sheet.id;
    return sheet;
  }
  insertSheet(name?: string, index?: number): EmulatedSheet {
    const refused = this.book.refuseWrite(this.ctx.runAs, null);
    if (refused) throw exception(this.ctx.realm, refused);
    const state = this.book.state;
    const sheetName = name ?? `シート${state.sheets.length + 1}`;
    if (this.book.sheetByName(sheetName)) {
      throw exception(
        this.ctx.realm,
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    const sheet = newSheetState(state.nextId++, sheetName);
    state.sheets.splice(index ?? state.sheets.length, 0, sheet);
    state.activeSheetId = sheet.id;
    return this.wrap(sheet.id);
  }
  /** The sheet's protections go with it. */
  deleteSheet(sheet: EmulatedSheet): void {
    const state = this.book.state;
    state.sheets = state.sheets.filter((s) => s.id !== sheet.id);
    state.protections = state.protections.filter((p) => p.range.sheetId !== sheet.id);
  }
  /** A range by A1 notation with a sheet name ("'マスタ'!A1:X501"); an unknown sheet gives "Range not found". */
  getRange(a1: string): EmulatedRange {
    const ref = parseA1(a1);
    const sheet =
      ref?.sheetName === undefined
        ? this.book.sheetById(this.book.state.activeSheetId)
        : this.book.sheetByName(ref.sheetName);
    if (!ref || !sheet) throw exception(this.ctx.realm, 'Range not found');
    const bang = a1.lastIndexOf('!');
    return this.ctx.calls.uncounted(() => this.wrap(sheet.id).getRange(a1.slice(bang + 1)));
  }

  setNamedRange(name: string, range: EmulatedRange): void {
    const state = this.book.state;
    state.namedRanges = state.namedRanges.filter((n) => n.name !== name);
    state.namedRanges.push({ name, range: range.gridRef() });
  }
  getRangeByName(name: string): EmulatedRange | null {
    const found = this.book.state.namedRanges.find((n) => n.name === name);
    if (!found) return null;
    const r = found.range;
    return this.ctx.calls.uncounted(() =>
      this.wrap(r.sheetId).getRange(r.row, r.column, r.numRows, r.numColumns),
    );
  }
  getNamedRanges(): { getName(): string; getRange(): EmulatedRange }[] {
    return this.book.state.namedRanges.map((n) => ({
      getName: () => n.name,
      getRange: () =>
        this.wrap(n.range.sheetId).getRange(n.range.row, n.range.column, n.range.numRows, n.range.numColumns),
    }));
  }
  removeNamedRange(name: string): void {
    this.book.state.namedRanges = this.book.state.namedRanges.filter((n) => n.name !== name);
  }
  toast(message: string, title = '', _timeoutSeconds?: number | null): void {
    this.hooks.toast(String(message), String(title));
  }
}

/** The SpreadsheetApp global for one execution. */
export function createSpreadsheetApp(
  ctx: ServiceContext,
  book: Workbook,
  hooks: SpreadsheetUiHooks,
  getUi: () => GoogleAppsScript.Base.Ui,
) {
  const app = {
    getActiveSpreadsheet(): EmulatedSpreadsheet {
      requireAuthorization(ctx, 'SpreadsheetApp.getActiveSpreadsheet');
      return new EmulatedSpreadsheet(ctx, book, hooks);
    },
    getActive(): EmulatedSpreadsheet {
      return app.getActiveSpreadsheet();
    },
    getActiveSheet(): EmulatedSheet {
      return app.getActiveSpreadsheet().getActiveSheet();
    },
    /** Allowed in AuthMode.NONE: menus are built from onOpen before the add-on is authorized. */
    getUi(): GoogleAppsScript.Base.Ui {
      return getUi();
    },
    flush(): void {
      requireAuthorization(ctx, 'SpreadsheetApp.flush');
    },
    newDataValidation(): EmulatedDataValidationBuilder {
      return new EmulatedDataValidationBuilder(ctx);
    },
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    DataValidationCriteria: {
      VALUE_IN_LIST: 'VALUE_IN_LIST',
      VALUE_IN_RANGE: 'VALUE_IN_RANGE',
      NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    },
  };
  return counted(app, 'SpreadsheetApp', ctx.calls);
}
