// The workbench left running is safe: it listens on this machine only, answers no other web site (cross-origin or
// cross-site requests, simple text/plain POSTs, DNS-rebound host names) and refuses edits outside a sheet's grid.

import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { a1Notation } from '../../emulator/spreadsheet/a1';
import { testClock } from '../../harness/clock';
import { SHEETS } from '../../src/domain/sheet-names';
import { startWorkbench, type Workbench } from '../../workbench/server';

const FIXTURE = join(__dirname, 'fixtures', 'bundle');

interface Answer {
  status: number;
  body: { error?: string } & Record<string, unknown>;
}

/** A raw HTTP request to host:port with exactly the headers given (Host included), as a browser or attacker sends. */
function send(
  address: string,
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: address, port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Answer['body'] = {};
          try {
            body = JSON.parse(text) as Answer['body'];
          } catch {
            body = { text };
          }
          done({ status: response.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

const local = (wb: Workbench, options: Parameters<typeof send>[2]) =>
  send('127.0.0.1', wb.port, {
    ...options,
    headers: { Host: `127.0.0.1:${wb.port}`, ...options.headers },
  });

const json = { 'Content-Type': 'application/json' };

/** This machine's first address other than loopback, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
}

describe('where the workbench listens', () => {
  it('listens on 127.0.0.1 unless told otherwise, so other machines cannot reach it', async () => {
    const wb = await startWorkbench({ port: 0, clock: testClock(), stateFile: null, distDir: FIXTURE });
    try {
      expect(wb.url).toBe(`http://127.0.0.1:${wb.port}`);
      expect((await local(wb, { path: '/api/view' })).status).toBe(200);
      const external = externalAddress();
      if (external)
        await expect(send(external, wb.port, { path: '/api/view' })).rejects.toMatchObject({
          code: 'ECONNREFUSED',
        });
    } finally {
      await wb.close();
    }
  });

  it('listens on every interface when told to, and then answers for the machine’s own addresses', async () => {
    const external = externalAddress();
    const wb = await startWorkbench({
      port: 0,
      host: '0.0.0.0',
      clock: testClock(),
      stateFile: null,
      distDir: FIXTURE,
    });
    try {
      expect(wb.url).toBe(`http://127.0.0.1:${wb.port}`);
      expect((await local(wb, { path: '/api/view' })).status).toBe(200);
      if (external) {
        const answer = await send(external, wb.port, {
          path: '/api/view',
          headers: { Host: `${external}:${wb.port}` },
        });
        expect(answer.status).toBe(200);
      }
      const rebound = await local(wb, { path: '/api/view', headers: { Host: `evil.example:${wb.port}` } });
      expect(rebound.status).toBe(403);
    } finally {
      await wb.close();
    }
  });
});

describe('requests from other web sites', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await startWorkbench({ port: 0, clock: testClock(), stateFile: null, fresh: true });
  });
  afterAll(() => wb.close());

  const titleCell = () => wb.env.spreadsheet.displayValues(SHEETS.register)[1]?.[2];
  const attack = (headers: Record<string, string>) =>
    local(wb, {
      method: 'POST',
      path: '/api/edit',
      headers,
      body: JSON.stringify({ sheet: SHEETS.register, a1: 'C2', value: '書き換えられた' }),
    });

  it('refuses the simple text/plain POST any web page can send, whatever its origin', async () => {
    const before = titleCell();
    const cases: Record<string, string>[] = [
      // What a form or fetch(…, { mode: 'no-cors' }) on another site sends: no CORS preflight is needed for it.
      {
        Origin: 'http://evil.example',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Sec-Fetch-Site': 'cross-site',
      },
      // The same from a page whose browser sends no Sec-Fetch headers.
      { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      // JSON from another origin (would need a preflight this server never grants), and from a sandboxed frame.
      { Origin: 'http://evil.example', ...json },
      { Origin: 'null', ...json },
      // Another server on this machine is another origin, though the same site.
      { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-site', ...json },
      { 'Sec-Fetch-Site': 'cross-site', ...json },
    ];
    for (const headers of cases) {
      const answer = await attack(headers);
      expect({ headers, status: answer.status }).toEqual({ headers, status: 403 });
      expect(answer.body.error).toMatch(/another (origin|site)/);
    }
    expect(titleCell()).toBe(before);
  });

  it('refuses a POST from its own page without the JSON content type', async () => {
    const before = titleCell();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const answer = await attack({ Origin: `http://127.0.0.1:${wb.port}`, 'Content-Type': type });
      expect({ type, status: answer.status }).toEqual({ type, status: 415 });
      expect(answer.body.error).toContain('application/json');
    }
    const untyped = await local(wb, { method: 'POST', path: '/api/run/listItems', body: '[]' });
    expect(untyped.status).toBe(415);
    expect(titleCell()).toBe(before);
  });

  it('answers its own page: same origin with JSON, under any of the loopback names', async () => {
    for (const host of [`127.0.0.1:${wb.port}`, `localhost:${wb.port}`]) {
      const answer = await local(wb, {
        method: 'POST',
        path: '/api/edit',
        headers: { Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin', ...json },
        body: JSON.stringify({ sheet: SHEETS.register, a1: 'C2', value: `自分のページ ${host}` }),
      });
      expect(answer.status).toBe(200);
      expect(titleCell()).toBe(`自分のページ ${host}`);
    }
  });

  it('lets another site link to the page, but not read the API, frame the page or reach a rebound host name', async () => {
    const visit = {
      'Sec-Fetch-Site': 'cross-site',
      'Sec-Fetch-Mode': 'navigate',
      'Sec-Fetch-Dest': 'document',
    };
    expect((await local(wb, { path: '/', headers: visit })).status).toBe(200);
    expect((await local(wb, { path: '/', headers: { ...visit, 'Sec-Fetch-Dest': 'iframe' } })).status).toBe(
      403,
    );
    const read = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' };
    expect((await local(wb, { path: '/api/state', headers: read })).status).toBe(403);
    expect((await local(wb, { path: '/api/state', headers: { Origin: 'http://evil.example' } })).status).toBe(
      403,
    );
    // A page on evil.example whose name now resolves to 127.0.0.1 is same-origin to the browser: only Host tells.
    const rebound = { Host: `evil.example:${wb.port}`, Origin: `http://evil.example:${wb.port}` };
    expect((await local(wb, { path: '/api/state', headers: rebound })).status).toBe(403);
    expect((await attack({ ...rebound, ...json })).status).toBe(403);
    expect((await local(wb, { path: '/api/state' })).status).toBe(200);
  });
});

describe('POST /api/edit outside the grid', () => {
  it('refuses a cell outside the sheet’s grid with a clear message, saves nothing, and the register still reads', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'workbench-')), 'state.json');
    const wb = await startWorkbench({ port: 0, clock: testClock(), stateFile, fresh: true });
    try {
      const saved = readFileSync(stateFile, 'utf8');
      const edit = (a1: string) =>
        local(wb, {
          method: 'POST',
          path: '/api/edit',
          headers: json,
          body: JSON.stringify({ sheet: SHEETS.register, a1, value: 'x' }),
        });
      const { maxRows, maxColumns } = wb.env.spreadsheet.sheet(SHEETS.register);
      const outside = await edit('ZZ5');
      expect(outside.status).toBe(400);
      expect(outside.body.error).toBe(
        `${SHEETS.register}!ZZ5 is outside the sheet's grid of ${maxRows} rows × ${maxColumns} columns ` +
          `(A1:${a1Notation(maxRows, maxColumns)}): nothing was changed`,
      );
      expect((await edit(`A${maxRows + 1}`)).status).toBe(400);
      const range = await edit('A1:B2');
      expect(range.status).toBe(400);
      expect(range.body.error).toContain('not one cell');
      expect(readFileSync(stateFile, 'utf8')).toBe(saved);
      const items = await local(wb, {
        method: 'POST',
        path: '/api/run/listItems',
        headers: json,
        body: '[{}]',
      });
      expect(items.status).toBe(200);
      // The grid's last cell is a cell like any other.
      expect((await edit(a1Notation(maxRows, maxColumns))).status).toBe(200);
      expect(readFileSync(stateFile, 'utf8')).not.toBe(saved);
    } finally {
      await wb.close();
    }
  });
});
