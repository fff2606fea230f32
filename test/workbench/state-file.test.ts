// The workbench's state file: saved after every execution, kept across restarts, a corrupt file refused and
// left untouched, --fresh seeds a register; a port in use or a missing bundle is a clear error.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClock } from '../../harness/clock';
import { SHEETS } from '../../src/domain/sheet-names';
import { startWorkbench } from '../../workbench/server';

const FIXTURE = join(__dirname, 'fixtures', 'bundle');
const tempDir = () => mkdtempSync(join(tmpdir(), 'workbench-'));

async function runScript(url: string, fn: string, args: unknown[] = []) {
  const response = await fetch(`${url}/api/run/${fn}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  return response.json() as Promise<unknown>;
}

it('saves after every execution and keeps the data across a restart', async () => {
  const stateFile = join(tempDir(), 'nested', 'state.json');
  const first = await startWorkbench({ port: 0, clock: testClock(), stateFile, distDir: FIXTURE });
  await runScript(first.url, 'makeDocument');
  const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { services: { documents: { documents: [] } } };
  expect(saved.services.documents.documents).toHaveLength(1);
  await first.close();
  const second = await startWorkbench({ port: 0, clock: testClock(), stateFile, distDir: FIXTURE });
  expect(second.env.documents.list().map((d) => d.name)).toEqual(['テスト報告書']);
  await second.close();
});

it('starts a missing state file as an empty spreadsheet with the menu, and fresh as a seeded register', async () => {
  const stateFile = join(tempDir(), 'state.json');
  const empty = await startWorkbench({ port: 0, clock: testClock(), stateFile });
  expect(empty.env.spreadsheet.sheetNames()).toEqual(['シート1']);
  expect(empty.env.services.ui.addonMenu.length).toBeGreaterThan(0);
  await empty.close();
  const fresh = await startWorkbench({ port: 0, clock: testClock(), stateFile, fresh: true });
  expect(fresh.env.spreadsheet.sheetNames()).toContain(SHEETS.register);
  await fresh.close();
  const reopened = await startWorkbench({ port: 0, clock: testClock(), stateFile });
  expect(reopened.env.spreadsheet.sheetNames()).toContain(SHEETS.register);
  await reopened.close();
});

it('refuses a corrupt state file and leaves it untouched', async () => {
  const stateFile = join(tempDir(), 'state.json');
  writeFileSync(stateFile, '{"version": 1, "spreadsheet": ');
  await expect(startWorkbench({ port: 0, clock: testClock(), stateFile })).rejects.toThrow(/not valid JSON/);
  expect(readFileSync(stateFile, 'utf8')).toBe('{"version": 1, "spreadsheet": ');
  writeFileSync(stateFile, '{"something": "else"}');
  await expect(startWorkbench({ port: 0, clock: testClock(), stateFile })).rejects.toThrow(
    /not an emulator state/,
  );
  expect(readFileSync(stateFile, 'utf8')).toBe('{"something": "else"}');
});

it('names the port when it is in use', async () => {
  const first = await startWorkbench({ port: 0, clock: testClock(), stateFile: null });
  try {
    await expect(startWorkbench({ port: first.port, clock: testClock(), stateFile: null })).rejects.toThrow(
      `port ${first.port} is already in use`,
    );
  } finally {
    await first.close();
  }
});

it('says when there is no bundle to load', async () => {
  await expect(
    startWorkbench({ port: 0, clock: testClock(), stateFile: null, distDir: tempDir() }),
  ).rejects.toThrow(/no built bundle/);
});

it('runs on the wall clock unless given a clock (npm start)', async () => {
  const before = Date.now();
  const wb = await startWorkbench({ port: 0, stateFile: null, distDir: FIXTURE });
  try {
    expect(wb.env.now).toBeGreaterThanOrEqual(before);
    expect(wb.env.now).toBeLessThanOrEqual(Date.now());
  } finally {
    await wb.close();
  }
});
