// The tamper-evident history through the built bundle: every 履歴 and 報告書ログ row the add-on writes carries a 連番 and
// a SHA-256 digest chained to the previous row's; validation names the first row a hand edit broke and how, the
// meeting report refuses a broken history, and sorting a sheet by hand breaks nothing; random hand edits are all
// reported (property-based).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Environment } from '../../emulator';
import type { ApiResult, HistoryCheck, TamperFinding } from '../../src/domain/api';
import { HISTORY_HEADERS, SHEETS } from '../../src/domain/sheet-names';
import { DIST, ok, PLAN_OFFICE, progressReport, setUpEnvironment } from '../support/register';
import { reportRequest } from '../support/report';
import { stateHash } from '../support/server-functions';

const tampering = (env: Environment): TamperFinding[] =>
  ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering;

const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history);
const column = (name: string) => HISTORY_HEADERS.indexOf(name as never) + 1;

/** A register with two progress reports and one meeting report recorded. */
function recorded(): Environment {
  const env = setUpEnvironment();
  ok(env.scriptRun('recordProgress', [progressReport('1-1-01', 'req-chain-0001', 1, { progress: 30 })]));
  ok(
    env.scriptRun('recordProgress', [
      progressReport('2-3-01', 'req-chain-0002', 1, {
        grade: 'C',
        issues: '人手不足',
        nextSteps: '委託を検討',
      }),
    ]),
  );
  ok(env.scriptRun('generateReport', [reportRequest()]));
  return env;
}

it('rows written by the add-on carry 連番 and a chained digest, and validation finds nothing', () => {
  const env = recorded();
  const header = historyRows(env)[0] as string[];
  expect(header.slice(-2)).toEqual(['連番', 'ダイジェスト']);
  const rows = historyRows(env).slice(1);
  expect(rows.map((r) => r[header.length - 2])).toEqual(rows.map((_, i) => i + 1));
  expect(rows.every((r) => /^sha256:[0-9a-f]{64}$/.test(String(r[header.length - 1])))).toBe(true);
  const log = env.spreadsheet.values(SHEETS.reportLog);
  expect(log[0]?.slice(-2)).toEqual(['連番', 'ダイジェスト']);
  expect(log[1]?.[6]).toBe(1);
  expect(tampering(env)).toEqual([]);
});

it("editing a past report's 評価 or 課題 by hand is named with its row and 連番, and the report is refused", () => {
  for (const [header, value] of [
    ['評価', 'A'],
    ['課題', ''],
  ] as const) {
    const env = recorded();
    const row = historyRows(env).findIndex((r) => r[3] === 'req-chain-0002') + 1;
    env.spreadsheet.edit(SHEETS.history, row, column(header), [[value]]);
    const [finding] = tampering(env);
    expect(finding).toMatchObject({ sheet: SHEETS.history, row, seq: row - 1, reason: 'edited' });
    expect(finding?.message).toContain(`${row}行目`);
    const before = stateHash(env);
    const report = env.scriptRun('generateReport', [reportRequest()]) as ApiResult<unknown>;
    expect(report.ok ? 'ok' : report.error.message).toContain('記録後の変更');
    expect(stateHash(env)).toBe(before);
  }
});

it('a forged 進捗報告 row, a copied row and a deleted row are each named', () => {
  const forged = recorded();
  const rows = historyRows(forged);
  const copy = [...(rows[rows.length - 1] as unknown[])];
  forged.spreadsheet.edit(SHEETS.history, rows.length + 1, 1, [[...copy.slice(0, -2), '', '']]);
  expect(tampering(forged)[0]).toMatchObject({ row: rows.length + 1, reason: 'unsealed' });

  const copied = recorded();
  copied.spreadsheet.edit(SHEETS.history, rows.length + 1, 1, [copy]);
  expect(tampering(copied)[0]).toMatchObject({ row: rows.length + 1, reason: 'duplicateSequence' });

  const deleted = recorded();
  const sheet = deleted.spreadsheet.sheet(SHEETS.history);
  sheet.rows.splice(4, 1);
  expect(tampering(deleted)[0]).toMatchObject({ row: 5, seq: 5, reason: 'missingSequence' });
});

it('sorting 履歴 by hand breaks nothing, and the next report continues the chain by 連番', () => {
  const env = recorded();
  const sheet = env.spreadsheet.sheet(SHEETS.history);
  // As a user sorting the data rows (the header stays): a reversed order.
  const body = sheet.rows.splice(1).reverse();
  sheet.rows.push(...body);
  expect(tampering(env)).toEqual([]);
  ok(env.scriptRun('recordProgress', [progressReport('1-1-02', 'req-chain-0003', 1, { progress: 10 })]));
  expect(tampering(env)).toEqual([]);
  const last = historyRows(env).at(-1) as unknown[];
  expect(last[HISTORY_HEADERS.length]).toBe(body.length + 1);
});

it('an edited 報告書ログ row is named too', () => {
  const env = recorded();
  env.spreadsheet.edit(SHEETS.reportLog, 2, 5, [['outsider@elsewhere.example.com']]);
  expect(tampering(env)).toEqual([
    expect.objectContaining({ sheet: SHEETS.reportLog, row: 2, reason: 'edited' }),
  ]);
});

it('every hand edit of a recorded 履歴 cell, and every deleted or copied row but the last, is reported (property-based)', () => {
  const base = recorded();
  const file = join(mkdtempSync(join(tmpdir(), 'chain-')), 'state.json');
  base.save(file);
  const height = historyRows(base).length;
  fc.assert(
    fc.property(
      fc.oneof(
        fc.record({
          kind: fc.constant('edit' as const),
          row: fc.integer({ min: 2, max: height }),
          column: fc.integer({ min: 1, max: HISTORY_HEADERS.length + 2 }),
          value: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: -5, max: 500 })),
        }),
        fc.record({
          kind: fc.constantFrom('delete' as const, 'copy' as const),
          row: fc.integer({ min: 2, max: height - 1 }),
        }),
      ),
      (change) => {
        const env = Environment.load(file, { distDir: DIST, user: PLAN_OFFICE });
        const rows = env.spreadsheet.sheet(SHEETS.history).rows;
        if (change.kind === 'edit') {
          const before = historyRows(env)[change.row - 1]?.[change.column - 1];
          // Only a change of meaning counts: the same value typed again, or 12 for "12", is no change.
          fc.pre(String(before).replace(/^'+/, '') !== String(change.value).replace(/^'+/, ''));
          env.spreadsheet.edit(SHEETS.history, change.row, change.column, [[change.value]]);
        } else if (change.kind === 'delete') rows.splice(change.row - 1, 1);
        else rows.push(structuredClone(rows[change.row - 1] ?? []));
        expect(tampering(env).map((t) => t.sheet)).toEqual([SHEETS.history]);
      },
    ),
    { numRuns: 40, seed: 16 },
  );
});
