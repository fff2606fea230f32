// The workbench's HTTP API without a browser: script runs by google.script.run's rules, menu items,
// cell edits through onEdit, and the state snapshot.
import { join } from 'node:path';
import { TEST_START, testClock } from '../../harness/clock';
import { columnLetter } from '../../src/domain/a1';
import { SHEETS } from '../../src/domain/sheet-names';
import { startWorkbench, type Workbench } from '../../workbench/server';

const FIXTURE = join(__dirname, 'fixtures', 'bundle');

async function post(wb: Workbench, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${wb.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('POST /api/run/<function>', () => {
  let wb: Workbench;
  // The workbench's clock (the wall clock in npm start), moved by hand here.
  let clockNow = TEST_START;
  beforeAll(async () => {
    wb = await startWorkbench({
      port: 0,
      clock: () => clockNow,
      stateFile: null,
      distDir: FIXTURE,
      user: 'first@city.example.jp',
    });
  });
  afterAll(() => wb.close());

  it('answers the result as JSON', async () => {
    expect(await post(wb, '/api/run/echo', [{ n: 1, s: 'テキスト' }])).toEqual({
      status: 200,
      body: { echoed: { n: 1, s: 'テキスト' } },
    });
  });

  it('runs as the X-Workbench-User header, else the chosen user', async () => {
    const header = { 'X-Workbench-User': 'header@city.example.jp' };
    expect((await post(wb, '/api/run/whoAmI', [], header)).body).toBe('header@city.example.jp');
    expect((await post(wb, '/api/run/whoAmI', [])).body).toBe('first@city.example.jp');
    expect((await post(wb, '/api/user', { user: 'second@city.example.jp' })).status).toBe(200);
    expect((await post(wb, '/api/run/whoAmI', [])).body).toBe('second@city.example.jp');
  });

  it("runs every execution at its clock's time, never moving the clock backwards", async () => {
    const later = wb.env.now + 3_600_000;
    clockNow = later;
    expect((await post(wb, '/api/run/echo', [1])).status).toBe(200);
    expect(wb.env.now).toBe(later);
    clockNow = later - 60_000;
    expect((await post(wb, '/api/run/echo', [1])).status).toBe(200);
    expect(wb.env.now).toBe(later);
  });

  it('refuses what google.script.run refuses', async () => {
    const date = await post(wb, '/api/run/today', []);
    expect(date.status).toBe(500);
    expect((date.body as { error: string }).error).toEqual(expect.any(String));
    expect(await post(wb, '/api/run/secret_', [])).toEqual({
      status: 404,
      body: { error: 'Script function not found: secret_' },
    });
    for (const inherited of ['constructor', 'toString', 'isPrototypeOf'])
      expect(await post(wb, `/api/run/${inherited}`, [])).toEqual({
        status: 404,
        body: { error: `Script function not found: ${inherited}` },
      });
    expect(await post(wb, '/api/run/missing', [])).toEqual({
      status: 404,
      body: { error: 'Script function not found: missing' },
    });
    expect(await post(wb, '/api/run/fail', [])).toEqual({
      status: 500,
      body: { error: 'わざと失敗しました' },
    });
    expect((await post(wb, '/api/run/echo', { not: 'an array' })).status).toBe(400);
  });

  it('runs only the functions the add-on menu offers as menu items', async () => {
    expect((await post(wb, '/api/menu', { functionName: 'makeDocument' })).status).toBe(200);
    expect((await post(wb, '/api/menu', { functionName: 'echo' })).status).toBe(404);
  });

  it('shows documents, UI records and call counts in GET /api/state', async () => {
    const state = (await (await fetch(`${wb.url}/api/state`)).json()) as {
      documents: { name: string; body: { type: string; children?: { type: string }[] }[] }[];
      ui: { addonMenu: { caption: string }[] };
      calls: Record<string, number>;
      sheets: Record<string, string[][]>;
    };
    expect(state.ui.addonMenu.map((i) => i.caption)).toEqual(['サイドバーを開く', '文書を作る']);
    expect(state.documents.map((d) => d.name)).toEqual(['テスト報告書']);
    // An image lives inside a paragraph of the body.
    expect(state.documents[0]?.body.flatMap((e) => e.children ?? []).map((c) => c.type)).toContain(
      'INLINE_IMAGE',
    );
    expect(Object.keys(state.calls).length).toBeGreaterThan(0);
    expect(Object.keys(state.sheets)).toEqual(wb.env.spreadsheet.sheetNames());
  });

  it('renders a document page with its text escaped', async () => {
    const [doc] = wb.env.documents.list();
    const html = await (await fetch(`${wb.url}/documents/${doc!.id}`)).text();
    expect(html).toContain('<h1>見出し&lt;b&gt;一&lt;/b&gt;</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;本文');
    expect(html).not.toContain('<script>');
    expect((await fetch(`${wb.url}/documents/nope`)).status).toBe(404);
  });
});

describe('the register through the API', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await startWorkbench({ port: 0, clock: testClock(), stateFile: null });
  });
  afterAll(() => wb.close());

  it('builds the menu on open, sets up from the menu, and runs onEdit on a typed cell', async () => {
    expect(wb.env.services.ui.addonMenu.map((i) => i.functionName)).toContain('menuSetup');
    // A new file: the menu opens the set-up sidebar, whose choice (the 行田市 sample) the test makes directly.
    expect((await post(wb, '/api/menu', { functionName: 'menuSetup' })).status).toBe(200);
    expect(wb.env.services.ui.sidebars.at(-1)?.title).toBe('台帳のセットアップ・修復');
    expect(wb.env.run('setupRegister', [{ plan: 'sample' }])).toMatchObject({ ok: true });
    expect((await post(wb, '/api/menu', { functionName: 'menuSetup' })).status).toBe(200);
    expect(wb.env.services.ui.alerts.at(-1)?.title).toBe('台帳のセットアップ・修復');
    const header = wb.env.spreadsheet.displayValues(SHEETS.register)[0]!;
    const a1 = `${columnLetter(header.indexOf('進捗率(%)') + 1)}2`;
    expect((await post(wb, '/api/edit', { sheet: SHEETS.register, a1, value: '150' })).status).toBe(200);
    expect(wb.env.spreadsheet.cell(SHEETS.register, a1)?.note).toContain('進捗率(%)');
    expect((await post(wb, '/api/edit', { sheet: 'nope', a1: 'A1', value: 'x' })).status).toBe(400);
  });
});
