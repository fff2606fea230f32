// The workbench's HTTP API: executions of the bundle (script runs, menu items, cell edits) and state reads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Environment } from '../emulator';
import { HttpError, readJson, sendJson } from './http';
import { errorMessage } from './state-file';
import { planUsers } from './users';
import { sheetView, stateSnapshot } from './view';

export interface ApiContext {
  env: Environment;
  /** Saves the state; called after every execution. */
  persist(): void;
  /** The time an execution runs at: the wall clock, or a test's clock. */
  clock(): number;
  /** Counts executions, so the page knows when to redraw. */
  version: number;
}

type Handler = (ctx: ApiContext, request: IncomingMessage, url: URL, rest: string) => Promise<unknown>;

/** The user a request acts as: the X-Workbench-User header, else the one chosen in the page. */
function userOf(ctx: ApiContext, request: IncomingMessage): string {
  const header = request.headers['x-workbench-user'];
  const user = Array.isArray(header) ? header[0] : header;
  return user?.trim() || ctx.env.activeUser;
}

/**
 * Runs one execution at the clock's time (the wall clock's, as Sheets does), then saves and bumps the version even when
 * the execution threw (it may have written).
 */
function execute<T>(ctx: ApiContext, run: () => T): T {
  ctx.env.syncClock(ctx.clock());
  try {
    return run();
  } finally {
    ctx.version++;
    ctx.persist();
  }
}

/** What one execution showed its user: in Sheets only the user whose click ran it sees these. */
export interface Shown {
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string }[];
  /** The index of the sidebar the execution opened (served at /sidebar/<index>), with its title. */
  sidebar: { index: number; title: string } | null;
}

/** Runs one execution and answers what it showed (the UI records it added). */
function executeShowing(ctx: ApiContext, run: () => unknown): Shown {
  const ui = ctx.env.services.ui;
  const before = { alerts: ui.alerts.length, toasts: ui.toasts.length, sidebars: ui.sidebars.length };
  execute(ctx, run);
  const index = ui.sidebars.length - 1;
  return {
    alerts: ui.alerts.slice(before.alerts),
    toasts: ui.toasts.slice(before.toasts),
    sidebar: index >= before.sidebars ? { index, title: ui.sidebars[index]?.title ?? '' } : null,
  };
}

function asRecord(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new HttpError(400, 'expected a JSON object');
  return body as Record<string, unknown>;
}

function text(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new HttpError(400, `"${key}" must be a string`);
  return value;
}

const routes: Record<string, Handler> = {
  'POST run': async (ctx, request, _url, fn) => {
    const args = (await readJson(request)) ?? [];
    if (!Array.isArray(args)) throw new HttpError(400, 'the body must be a JSON array of arguments');
    const user = userOf(ctx, request);
    try {
      return execute(ctx, () => ctx.env.scriptRun(fn, args, { user }));
    } catch (error) {
      const message = errorMessage(error);
      throw new HttpError(message.startsWith('Script function not found') ? 404 : 500, message);
    }
  },
  'POST menu': async (ctx, request) => {
    const fn = text(asRecord(await readJson(request)), 'functionName');
    if (!ctx.env.services.ui.addonMenu.some((item) => item.functionName === fn))
      throw new HttpError(404, `no menu item runs ${fn}`);
    const user = userOf(ctx, request);
    try {
      const shown = executeShowing(ctx, () => ctx.env.run(fn, [], { user, authMode: 'FULL' }));
      return { version: ctx.version, shown };
    } catch (error) {
      throw new HttpError(500, errorMessage(error));
    }
  },
  'POST edit': async (ctx, request) => {
    const body = asRecord(await readJson(request));
    const [sheet, a1, value] = [text(body, 'sheet'), text(body, 'a1'), text(body, 'value')];
    // Refused before the execution, so nothing runs and nothing is saved: a value written outside the grid would make
    // every later read of that sheet fail, and the saved state with it.
    const refused = ctx.env.whyNotTypable(sheet, a1);
    if (refused) throw new HttpError(400, `${refused}: nothing was changed`);
    const user = userOf(ctx, request);
    try {
      const shown = executeShowing(ctx, () => ctx.env.userEdit(sheet, a1, value, { user }));
      return { version: ctx.version, shown };
    } catch (error) {
      throw new HttpError(400, errorMessage(error));
    }
  },
  'POST user': async (ctx, request) => {
    const user = text(asRecord(await readJson(request)), 'user').trim();
    if (!user) throw new HttpError(400, 'the user must not be empty');
    ctx.env.activeUser = user;
    return { user };
  },
  'GET state': async (ctx) => stateSnapshot(ctx.env),
  'GET view': async (ctx, request, url) => {
    const names = ctx.env.spreadsheet.sheetNames();
    const wanted = url.searchParams.get('sheet');
    const name = wanted && names.includes(wanted) ? wanted : names[0]!;
    const ui = ctx.env.services.ui;
    return {
      version: ctx.version,
      user: userOf(ctx, request),
      users: planUsers(ctx.env),
      sheetNames: names,
      sheet: sheetView(ctx.env, name),
      menu: ui.addonMenu,
      documents: ctx.env.documents.list(),
      // The latest Range.activate (a 検証 jump): the page shows its sheet, selects the cell and scrolls it into view.
      selection: ui.selections.length
        ? {
            ...(ui.selections[ui.selections.length - 1] as { sheet: string; a1: string }),
            count: ui.selections.length,
          }
        : null,
    };
  },
};

/** Handles /api/<name>[/<rest>]; answers errors as { error } with a non-2xx status. */
export async function handleApi(
  ctx: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) {
  const [, , name = '', ...rest] = url.pathname.split('/');
  const handler = routes[`${request.method} ${name}`];
  try {
    if (!handler) throw new HttpError(404, `no API ${request.method} /api/${name}`);
    sendJson(response, 200, await handler(ctx, request, url, decodeURIComponent(rest.join('/'))));
  } catch (error) {
    sendJson(response, error instanceof HttpError ? error.status : 500, { error: errorMessage(error) });
  }
}
