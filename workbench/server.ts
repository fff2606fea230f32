// The local workbench: serves a Sheets-like page that runs the built bundle in the emulation over HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Environment } from '../emulator';
import { type ApiContext, handleApi } from './api';
import { buildClient } from './client-bundle';
import { allowedHostNames, DEFAULT_HOST, isWildcard, refusal } from './guard';
import { escapeHtml, send, sendJson } from './http';
import { documentPage } from './pages/document';
import { indexPage } from './pages/index';
import { sidebarPage } from './pages/sidebar';
import { openState } from './state-file';

export interface WorkbenchOptions {
  /** 0 picks a free port; default 8080. */
  port?: number;
  /** The address to listen on; default 127.0.0.1 (this machine only). "0.0.0.0" or "::" listens on every interface. */
  host?: string;
  /** The JSON state file; null keeps the state in memory only. Default .workbench/state.json. */
  stateFile?: string | null;
  /** Start from a freshly seeded register and overwrite the state file. */
  fresh?: boolean;
  distDir?: string;
  /** The user the page starts as. */
  user?: string;
  /** The time executions run at (epoch ms); default the wall clock. Tests pass a clock of their own. */
  clock?: () => number;
}

export interface Workbench {
  url: string;
  port: number;
  env: Environment;
  close(): Promise<void>;
}

const root = resolve(__dirname, '..');
export const DEFAULT_STATE_FILE = join(root, '.workbench', 'state.json');

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const clock = options.clock ?? Date.now;
  const { env, persist } = openState({
    stateFile: options.stateFile === undefined ? DEFAULT_STATE_FILE : options.stateFile,
    fresh: options.fresh ?? false,
    distDir: options.distDir ?? join(root, 'dist'),
    ...(options.user ? { user: options.user } : {}),
    clock,
  });
  const clientJs = await buildClient();
  const ctx: ApiContext = { env, persist, clock, version: 0 };
  const host = options.host ?? DEFAULT_HOST;
  const hostNames = allowedHostNames(host);

  const server = createServer((request, response) => {
    const refused = refusal(request, hostNames);
    if (refused) return sendJson(response, refused.status, { error: refused.message });
    route(ctx, clientJs, request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain; charset=utf-8', String(error));
    });
  });
  const port = await listen(server, options.port ?? 8080, host);
  // Listening on every interface, the page is still opened through this machine's loopback address.
  const urlHost = isWildcard(host)
    ? host === '::'
      ? '[::1]'
      : '127.0.0.1'
    : host.includes(':')
      ? `[${host}]`
      : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    env,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use: stop the other server or choose another port (--port N or PORT=N)`
            : `cannot listen on ${host} port ${port}: ${error.message}`,
        ),
      );
    });
    server.listen(port, host, () => done((server.address() as AddressInfo).port));
  });
}

async function route(ctx: ApiContext, clientJs: string, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const [, first = '', second = ''] = url.pathname.split('/');
  if (first === 'api') return handleApi(ctx, request, response, url);
  if (request.method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
  if (url.pathname === '/') return send(response, 200, 'text/html; charset=utf-8', indexPage());
  if (url.pathname === '/app.js') return send(response, 200, 'text/javascript; charset=utf-8', clientJs);
  if (first === 'sidebar') {
    const sidebar = ctx.env.services.ui.sidebars[Number(second)];
    if (!sidebar) return notFound(response, `no sidebar ${second}`);
    return send(
      response,
      200,
      'text/html; charset=utf-8',
      sidebarPage(sidebar.html, ctx.env.scriptFunctions()),
    );
  }
  if (first === 'documents') {
    const id = decodeURIComponent(second);
    if (!ctx.env.documents.list().some((d) => d.id === id)) return notFound(response, `no document ${id}`);
    return send(response, 200, 'text/html; charset=utf-8', documentPage(ctx.env.documents.dump(id)));
  }
  return notFound(response, `nothing at ${url.pathname}`);
}

function notFound(response: ServerResponse, message: string): void {
  send(response, 404, 'text/html; charset=utf-8', `<!doctype html><p>${escapeHtml(message)}</p>`);
}
