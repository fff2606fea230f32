// The emulated Apps Script environment: persistent state, and executions of the built bundle, each in a fresh
// global context (as Apps Script re-runs the whole project on every call) under a chosen user and auth mode.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createCharts } from '../charts/charts';
import { CallCounter } from '../core/calls';
import { contextWithClock } from '../core/clock-date';
import { type AuthModeName, fullAuthorizationOnly, type ServiceContext } from '../core/context';
import { exception, realmOf } from '../core/realm';
import { createDocumentApp } from '../document/document-app';
import type { DocumentState } from '../document/state';
import { createBasics } from '../services/basics';
import { createCacheService } from '../services/cache';
import { advancedServices } from '../services/docs';
import { createLockService } from '../services/lock';
import { createMailApp } from '../services/mail';
import { createPropertiesService } from '../services/properties';
import { copyForScriptRun } from '../services/script-run';
import { endExecution, newServiceStoresState, type ServiceStoresState } from '../services/stores';
import { createHtmlService, createUi } from '../services/ui';
import { a1Notation, parseA1 } from '../spreadsheet/a1';
import { createSpreadsheetApp, EmulatedSpreadsheet } from '../spreadsheet/spreadsheet';
import { newSpreadsheetState, type SheetState, type SpreadsheetState } from '../spreadsheet/state';
import { DEFAULT_PLAIN_TEXT, type PlainTextBehaviour } from '../spreadsheet/values';
import { Workbook } from '../spreadsheet/workbook';
import { SpreadsheetInspector } from './inspector';

// gas-local has no type declarations; its require(folder, globals, options) returns the vm context it filled.
const gasLocal = require('gas-local') as {
  require(folder: string, globals: object, options: { filter(file: string): boolean }): vm.Context;
};

export interface EmulatorState {
  version: 1;
  clock: number;
  spreadsheet: SpreadsheetState;
  services: ServiceStoresState;
}

export interface EnvironmentOptions {
  distDir?: string;
  user?: string;
  /** How a plain-text ("@") cell treats a leading apostrophe and "=" (apps-script-facts §9 [open]). */
  plainText?: PlainTextBehaviour;
  /** Session.getActiveUser().getEmail() is '' in every execution, as for a user of another domain. */
  activeUserHidden?: boolean;
  /** The script has no containing document: LockService.getDocumentLock() returns null. */
  noContainingDocument?: boolean;
}

export interface CreateSharing {
  /** The file's owner (default: the starting user) and its other editors (default: none). */
  owner?: string;
  editors?: string[];
}

export interface CreateOptions extends EnvironmentOptions, CreateSharing {
  /**
   * Start of the virtual clock (epoch ms), always chosen by the caller: tests fix an instant so they pass on
   * any day; the workbench passes the wall clock. The bundle's `new Date()` reads this clock.
   */
  now: number;
}

export interface RunOptions {
  user?: string;
  authMode?: AuthModeName;
  /** This execution cannot see the user's e-mail (as across domains); simple triggers never can. */
  activeUserHidden?: boolean;
}

/** How one execution runs: its user and auth mode, its arguments, and what it hands back. */
interface ExecuteOptions extends RunOptions {
  makeArgs: (ctx: ServiceContext, spreadsheet: EmulatedSpreadsheet) => unknown[];
  /** The script realm's own result, not a host copy (google.script.run makes its own copy). */
  rawResult?: boolean;
  /** A missing function is no error (onEdit: a bundle need not have one). */
  optional?: boolean;
}

const DEFAULT_DIST = join(__dirname, '..', '..', 'dist');
export const DEFAULT_USER = 'plan-office@city.example.jp';

export class Environment {
  readonly calls = new CallCounter();
  readonly spreadsheet: SpreadsheetInspector;
  activeUser: string;
  /** Errors a simple trigger threw: Sheets does not show them to the user, so they are kept here. */
  readonly triggerErrors: string[] = [];
  private nextExecutionId = 1;
  private readonly book: Workbook;

  private constructor(
    private readonly state: EmulatorState,
    private readonly distDir: string,
    user: string,
    private readonly options: EnvironmentOptions = {},
  ) {
    const plainText = options.plainText ?? DEFAULT_PLAIN_TEXT;
    if (plainText.apostrophe === 'kept' && plainText.equals === 'formula') {
      // A cell that keeps the apostrophe takes text as given; making "=" a formula there would mean no script
      // could store "=…" as text at all. Not emulated: the probe kit (probe/checks/values.ts) would report it.
      throw new Error(
        'plainText: a "@" cell that keeps the apostrophe and still makes "=" a formula is not emulated',
      );
    }
    this.book = new Workbook(state.spreadsheet, () => state.clock, plainText);
    this.spreadsheet = new SpreadsheetInspector(this.book);
    this.activeUser = user;
  }

  static create(options: CreateOptions): Environment {
    const state: EmulatorState = {
      version: 1,
      clock: options.now,
      spreadsheet: {
        ...newSpreadsheetState('改革プラン台帳', 'emulated-spreadsheet-1'),
        owner: options.owner ?? options.user ?? DEFAULT_USER,
        editors: options.editors ?? [],
      },
      services: newServiceStoresState(),
    };
    return new Environment(state, options.distDir ?? DEFAULT_DIST, options.user ?? DEFAULT_USER, options);
  }

  /** Loads a saved state; an unreadable or corrupt file is refused with a clear message and left untouched. */
  static load(file: string, options: EnvironmentOptions = {}): Environment {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`cannot read the emulator state file ${file}: ${(error as Error).message}`);
    }
    let state: EmulatorState;
    try {
      state = JSON.parse(text) as EmulatorState;
    } catch (error) {
      throw new Error(`the emulator state file ${file} is not valid JSON (${(error as Error).message})`);
    }
    if (state?.version !== 1 || !state.spreadsheet?.sheets || !state.services?.ui) {
      throw new Error(`the emulator state file ${file} is not an emulator state (version 1)`);
    }
    return new Environment(state, options.distDir ?? DEFAULT_DIST, options.user ?? DEFAULT_USER, options);
  }

  toJSON(): EmulatorState {
    return structuredClone(this.state);
  }

  /** Writes the whole state atomically: a crash mid-write never leaves a half-written file. */
  save(file: string): void {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, file);
  }

  get services(): ServiceStoresState {
    return this.state.services;
  }

  /** Generated documents as plain structures, for assertions and the workbench. */
  get documents(): { list(): { id: string; name: string }[]; dump(id: string): DocumentState } {
    const state = this.state.services.documents;
    return {
      list: () => state.documents.map((d) => ({ id: d.id, name: d.name })),
      dump: (id: string) => {
        const doc = state.documents.find((d) => d.id === id);
        if (!doc) throw new Error(`no document ${id}`);
        return structuredClone(doc);
      },
    };
  }

  get now(): number {
    return this.state.clock;
  }

  /** Moves the clock forward to `now` (epoch ms), never backwards: the workbench follows the wall clock this way. */
  syncClock(now: number): void {
    this.state.clock = Math.max(this.state.clock, now);
  }

  onServiceCall(hook: ((key: string) => void) | null): void {
    this.calls.onCall = hook;
  }

  /** Runs one top-level function of the bundle as one Apps Script execution; returns a host copy of the result. */
  run(functionName: string, args: unknown[] = [], options: RunOptions = {}): unknown {
    return this.execute(functionName, { ...options, makeArgs: () => args });
  }

  /**
   * What a sidebar's google.script.run offers: the bundle's top-level functions, without the "_" names
   * (apps-script-facts §1: those are not sent to the client). Loading the bundle runs its global code, which
   * touches no service, so it is run alone in an empty context.
   */
  scriptFunctions(): string[] {
    const context = vm.createContext({});
    const provided = new Set(Object.getOwnPropertyNames(context));
    for (const file of readdirSync(this.distDir)
      .filter((f) => f.endsWith('.js'))
      .sort())
      vm.runInContext(readFileSync(join(this.distDir, file), 'utf8'), context, { filename: file });
    return Object.getOwnPropertyNames(context).filter(
      (name) => !name.endsWith('_') && scriptFunction(context, provided, name) !== null,
    );
  }

  /** The google.script.run path: arguments and result copied by the real rules, "_" names unreachable. */
  scriptRun(functionName: string, args: unknown[], options: RunOptions = {}): unknown {
    if (functionName.endsWith('_')) throw new Error(`Script function not found: ${functionName}`);
    const copied = copyForScriptRun(args, 'toServer') as unknown[];
    const result = this.execute(functionName, {
      ...options,
      authMode: 'FULL',
      makeArgs: () => copied,
      rawResult: true,
    });
    return copyForScriptRun(result, 'toClient');
  }

  /**
   * Why a user cannot type into sheetName!a1, or null when they can: a user types into one cell of the sheet's grid
   * (its rows × columns); cells beyond it do not exist until rows or columns are added, as getRange says there
   * ("The coordinates of the range are outside the dimensions of the sheet.").
   */
  whyNotTypable(sheetName: string, a1: string): string | null {
    const target = this.typableCell(sheetName, a1);
    return typeof target === 'string' ? target : null;
  }

  private typableCell(
    sheetName: string,
    a1: string,
  ): { sheet: SheetState; row: number; column: number } | string {
    const sheet = this.book.sheetByName(sheetName);
    if (!sheet) return `no sheet named "${sheetName}"`;
    const ref = parseA1(a1);
    if (!ref || ref.sheetName !== undefined || ref.numRows !== 1 || ref.numColumns !== 1)
      return `"${a1}" is not one cell in A1 notation (such as B2)`;
    if (ref.row > sheet.maxRows || ref.column > sheet.maxColumns)
      return `${sheetName}!${a1} is outside the sheet's grid of ${sheet.maxRows} rows × ${sheet.maxColumns} columns (A1:${a1Notation(sheet.maxRows, sheet.maxColumns)})`;
    return { sheet, row: ref.row, column: ref.column };
  }

  /**
   * A user typing into a cell: the value is stored as typed (apostrophe, numbers, "=" formulas), then the
   * simple onEdit trigger runs in AuthMode.LIMITED. Trigger errors are recorded, never thrown at the user.
   */
  userEdit(sheetName: string, a1: string, typed: string, options: RunOptions = {}): void {
    const target = this.typableCell(sheetName, a1);
    if (typeof target === 'string') throw new Error(target);
    const { sheet, row, column } = target;
    this.refuseTyping(sheet, { row, column, rows: 1, columns: 1 }, options);
    const oldValue = this.book.cell(sheet, row, column)?.value ?? '';
    this.book.writeValue(sheet, row, column, typed);
    const oldText = typeof oldValue === 'object' ? '' : String(oldValue);
    this.fireSimpleOnEdit(
      sheetName,
      { row, column, rows: 1, columns: 1 },
      { value: typed, oldValue: oldText },
      options,
    );
  }

  /**
   * A user pasting a block of typed text with its top-left corner at `a1`: every value is stored as typed, then one
   * simple onEdit runs for the whole pasted range, whose e.value is undefined ([doc] "e.value is undefined for
   * multi-cell edits", apps-script/guides/triggers/events; apps-script-facts §9).
   */
  userPaste(sheetName: string, a1: string, rows: string[][], options: RunOptions = {}): void {
    const target = this.typableCell(sheetName, a1);
    if (typeof target === 'string') throw new Error(target);
    const { sheet, row, column } = target;
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length === 0 || width === 0) throw new Error('nothing to paste');
    if (row + rows.length - 1 > sheet.maxRows || column + width - 1 > sheet.maxColumns)
      throw new Error(`the paste at ${sheetName}!${a1} does not fit the sheet's grid`);
    this.refuseTyping(sheet, { row, column, rows: rows.length, columns: width }, options);
    rows.forEach((cells, r) => {
      for (const [c, typed] of cells.entries()) this.book.writeValue(sheet, row + r, column + c, typed);
    });
    this.fireSimpleOnEdit(sheetName, { row, column, rows: rows.length, columns: width }, {}, options);
  }

  /**
   * A person typing or pasting is held by protections as a script writing for them is: Sheets refuses the whole edit
   * when a protection that is not warning-only covers any of its cells and the person is neither one of its editors
   * nor the owner ("only you / custom: only selected people can change that range", the UI's Set permissions;
   * apps-script-facts §9 [seen] the refusal text); a warning-only protection asks and lets everyone go on, the more
   * dangerous side. Nothing is written and no trigger runs.
   */
  private refuseTyping(
    sheet: SheetState,
    area: { row: number; column: number; rows: number; columns: number },
    options: RunOptions,
  ): void {
    const refused = this.book.protectionRefusal(options.user ?? this.activeUser, {
      sheetId: sheet.id,
      row: area.row,
      column: area.column,
      numRows: area.rows,
      numColumns: area.columns,
    });
    if (refused) throw new Error(refused);
  }

  /**
   * The simple onEdit trigger after a user's edit of `area`, in AuthMode.LIMITED; `values` carries e.value and
   * e.oldValue, which only a one-cell edit has. Its errors are recorded, never thrown at the user.
   */
  private fireSimpleOnEdit(
    sheetName: string,
    area: { row: number; column: number; rows: number; columns: number },
    values: { value?: string; oldValue?: string },
    options: RunOptions,
  ): void {
    try {
      this.execute('onEdit', {
        ...options,
        authMode: 'LIMITED',
        makeArgs: (ctx, spreadsheet) => [
          {
            authMode: 'LIMITED',
            source: spreadsheet,
            range: spreadsheet
              .getSheetByName(sheetName)
              ?.getRange(area.row, area.column, area.rows, area.columns),
            user: { getEmail: () => ctx.userEmail },
            ...values,
          },
        ],
        rawResult: true,
        optional: true,
      });
    } catch (error) {
      this.triggerErrors.push((error as Error).message);
    }
  }

  private execute(functionName: string, options: ExecuteOptions): unknown {
    const { makeArgs, rawResult = false, optional = false } = options;
    const executionId = this.nextExecutionId++;
    const runAs = options.user ?? this.activeUser;
    // [doc] the active user's e-mail is blank in simple triggers and may be blank across domains
    // (apps-script/reference/base/session#getActiveUser; apps-script-facts §9).
    // "not available in any context that allows a script to run without that user's authorization, like a simple
    // onOpen(e) or onEdit(e) trigger": every LIMITED execution.
    const hidden =
      options.authMode === 'LIMITED' || options.activeUserHidden || this.options.activeUserHidden;
    const userEmail = hidden ? '' : runAs;
    const clock = this.state;
    const holder: { realm?: ReturnType<typeof realmOf> } = {};
    const ctx: ServiceContext = {
      calls: this.calls,
      get realm() {
        if (!holder.realm) throw new Error('realm used before the context exists');
        return holder.realm;
      },
      authMode: options.authMode ?? 'FULL',
      userEmail,
      runAs,
      executionId,
      now: () => clock.clock,
      sleep: (ms: number) => {
        clock.clock += ms;
      },
    };
    const services = this.state.services;
    const ui = createUi(ctx, services);
    const documentApp = createDocumentApp(ctx, services.documents);
    const hooks = {
      select: (sheet: string, a1: string) => services.ui.selections.push({ sheet, a1 }),
      toast: (message: string, title: string) => services.ui.toasts.push({ title, message }),
    };
    const globals: Record<string, unknown> = {
      SpreadsheetApp: createSpreadsheetApp(ctx, this.book, hooks, () => ui),
      HtmlService: createHtmlService(ctx, this.distDir),
      LockService: createLockService(ctx, services, !this.options.noContainingDocument),
      PropertiesService: createPropertiesService(ctx, services),
      CacheService: createCacheService(ctx, services),
      // Other files need authorization: DocumentApp fails in LIMITED (simple triggers), not only in NONE.
      DocumentApp: fullAuthorizationOnly(ctx, 'DocumentApp', documentApp.service),
      ...advancedServices(this.distDir, ctx, services.documents),
      Charts: createCharts(ctx),
      MailApp: createMailApp(ctx, services),
      ...createBasics(ctx, services),
    };
    try {
      if (!existsSync(join(this.distDir, 'Code.js')))
        throw new Error(`no built bundle in ${this.distDir}: run npm run build`);
      const services = contextWithClock(globals, ctx.now);
      const provided = new Set(Object.getOwnPropertyNames(services));
      // gas-local's own vm.createContext is a no-op on a context, so the bundle runs in this one.
      const context = gasLocal.require(this.distDir, services, { filter: (file) => file.endsWith('.js') });
      holder.realm = realmOf(context);
      const fn = scriptFunction(context, provided, functionName);
      if (!fn) {
        if (optional) return undefined;
        throw exception(holder.realm, `Script function not found: ${functionName}`);
      }
      const spreadsheet = new EmulatedSpreadsheet(ctx, this.book, hooks);
      // Dates cross into the script realm as that realm's Dates, like everything the services return.
      const result = fn(...makeArgs(ctx, spreadsheet));
      return rawResult ? result : hostCopy(result);
    } finally {
      documentApp.endExecution();
      endExecution(services, executionId);
    }
  }
}

/**
 * A function the project itself declares at top level (apps-script-facts §1): not a service the emulation put
 * there, not Date, and nothing inherited (`constructor`, `toString`, `isPrototypeOf` are no script functions).
 */
function scriptFunction(context: vm.Context, provided: Set<string>, name: string) {
  if (provided.has(name) || !Object.hasOwn(context, name)) return null;
  const fn = context[name] as unknown;
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown) : null;
}

/** A result handed back to the host: plain data only (what tests and the workbench can hold). */
function hostCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
