// The tamper-evident history through the built bundle: every 履歴 and 報告書ログ row the add-on writes carries a 連番 and
// a SHA-256 digest chained to the previous row's; validation names the first row a hand edit broke and how, the
// meeting report refuses a broken history, and sorting a sheet by hand breaks nothing; random hand edits are all
// reported (property-based).
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Environment } from '../../emulator';
import { progressReport, reportRequest } from '../../harness/payloads';
import { DIST, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ApiResult, HistoryCheck, TamperFinding } from '../../src/domain/api';
import { chainInput } from '../../src/domain/chain';
import { heldHeadersKey } from '../../src/domain/held-columns';
import { HISTORY_CONTENT_KEYS, HISTORY_HEADERS, historyIndex } from '../../src/domain/history-codec';
import type { CellValue } from '../../src/domain/row-codec';
import { SHEETS } from '../../src/domain/sheet-names';
import { bodyView } from '../support/document-view';
import { stateHash } from '../support/server-functions';

const tampering = (env: Environment): TamperFinding[] =>
  ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering;

const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history);
const column = (name: string) => HISTORY_HEADERS.indexOf(name as never) + 1;

/** Reverses 履歴's data rows (those with content; the formatted rows below stay), as a sort by hand would. */
function sortByHand(env: Environment): unknown[][] {
  const rows = historyRows(env);
  const body = rows.slice(1).reverse();
  env.spreadsheet.edit(SHEETS.history, 2, 1, body);
  return body;
}

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
  expect(rows.map((r) => r[header.length - 2])).toEqual(rows.map((_, i) => String(i + 1)));
  expect(rows.every((r) => /^sha256:[0-9a-f]{64}$/.test(String(r[header.length - 1])))).toBe(true);
  const log = env.spreadsheet.values(SHEETS.reportLog);
  expect(log[0]?.slice(-2)).toEqual(['連番', 'ダイジェスト']);
  expect(log[1]?.[6]).toBe('1');
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
  // As a user sorting the data rows (the header stays): a reversed order.
  const body = sortByHand(env);
  expect(tampering(env)).toEqual([]);
  ok(env.scriptRun('recordProgress', [progressReport('1-1-02', 'req-chain-0003', 1, { progress: 10 })]));
  expect(tampering(env)).toEqual([]);
  const last = historyRows(env).at(-1) as unknown[];
  expect(last[column('連番') - 1]).toBe(String(body.length + 1));
});

it("with the plan office's confirmation the report is made, and its first page says the record was changed", () => {
  const env = recorded();
  const row = historyRows(env).findIndex((r) => r[3] === 'req-chain-0002') + 1;
  env.spreadsheet.edit(SHEETS.history, row, column('評価'), [['A']]);
  const refused = env.scriptRun('generateReport', [reportRequest()]) as ApiResult<unknown>;
  expect(refused.ok ? null : refused.error.code).toBe('tampered');
  const made = ok<{ documentId: string }>(
    env.scriptRun('generateReport', [reportRequest({ acknowledgeTampering: true })]),
  );
  const texts = bodyView(env.documents.dump(made.documentId)).map((e) => ('text' in e ? e.text : ''));
  const notice = texts.findIndex((t) => t.startsWith('【注記】'));
  expect(notice).toBeGreaterThan(0);
  expect(notice).toBeLessThan(5);
  expect(texts[notice]).toContain(`${row}行目`);
  // Without tampering there is no notice, confirmed or not.
  const clean = recorded();
  const plain = ok<{ documentId: string }>(
    clean.scriptRun('generateReport', [reportRequest({ acknowledgeTampering: true })]),
  );
  const plainTexts = bodyView(clean.documents.dump(plain.documentId)).map((e) => ('text' in e ? e.text : ''));
  expect(plainTexts.some((t) => t.startsWith('【注記】'))).toBe(false);
});

it('a history sorted by hand is read in the order it was recorded: the latest report stays the latest', () => {
  const env = recorded();
  ok(env.scriptRun('recordProgress', [progressReport('1-1-01', 'req-chain-0003', 2, { progress: 70 })]));
  sortByHand(env);
  const item = ok<{ item: { progress: number }; current: { progress: number } | null }>(
    env.scriptRun('getItem', ['1-1-01', 'R4-H1']),
  );
  expect(item.current?.progress).toBe(70);
});

it('set-up seals a history from before the chain once, and never reseals a sealed one', () => {
  const env = recorded();
  // As a register from before the chain: the two columns were never there.
  for (const name of [SHEETS.history, SHEETS.reportLog]) {
    const values = env.spreadsheet.values(name);
    const at = (values[0] as unknown[]).indexOf('連番') + 1;
    env.spreadsheet.edit(
      name,
      1,
      at,
      values.map(() => ['', '']),
    );
    // Nor did a set-up then remember the sheet's header row (one remembering the columns would not reseal them).
    delete env.services.properties.document[heldHeadersKey(name)];
  }
  const setup = ok<{ repaired: string[] }>(env.scriptRun('setupRegister', []));
  expect(setup.repaired).toEqual(
    expect.arrayContaining([
      `${SHEETS.history}!連番・ダイジェスト`,
      `${SHEETS.reportLog}!連番・ダイジェスト`,
    ]),
  );
  expect(tampering(env)).toEqual([]);
  // Sealed now: an edit is evident, and a second set-up does not launder it.
  env.spreadsheet.edit(SHEETS.history, 3, column('評価'), [['S']]);
  ok(env.scriptRun('setupRegister', []));
  expect(tampering(env)[0]).toMatchObject({ sheet: SHEETS.history, row: 3, reason: 'edited' });
});

it('deleting the last rows, or recomputing every digest after an edit, is named against the recorded head', () => {
  const cut = recorded();
  const rows = historyRows(cut);
  cut.spreadsheet.edit(SHEETS.history, rows.length, 1, [rows[0]?.map(() => '') ?? []]);
  expect(tampering(cut)[0]).toMatchObject({
    sheet: SHEETS.history,
    reason: 'truncated',
    seq: rows.length - 2,
  });
  expect(tampering(cut)[0]?.message).toContain(`連番${rows.length - 1}`);

  // A forger who knows the algorithm edits a row and reseals every row after it: the sheet's chain verifies, but
  // it no longer ends at the head the add-on recorded.
  const forged = recorded();
  const header = historyRows(forged)[0] as string[];
  const seqAt = header.indexOf('連番');
  const contentAt = HISTORY_CONTENT_KEYS.map((key) => historyIndex(header).index.get(key) as number);
  forged.spreadsheet.edit(SHEETS.history, 3, column('評価'), [['S']]);
  let previous = '';
  historyRows(forged)
    .slice(1)
    .forEach((row, i) => {
      const content = contentAt.map((c) => row[c] as CellValue);
      const digest = `sha256:${createHash('sha256')
        .update(chainInput(previous, i + 1, content))
        .digest('hex')}`;
      forged.spreadsheet.edit(SHEETS.history, i + 2, seqAt + 1, [[i + 1, digest]]);
      previous = digest;
    });
  expect(tampering(forged)[0]).toMatchObject({ sheet: SHEETS.history, reason: 'resealed' });
});

it('履歴 or 報告書ログ deleted whole is named while it is missing, and after set-up makes it again', () => {
  for (const name of [SHEETS.history, SHEETS.reportLog]) {
    const env = recorded();
    const recordedRows = env.spreadsheet.values(name).length - 1;
    env.spreadsheet.deleteSheet(name);
    expect(tampering(env)).toEqual([
      expect.objectContaining({
        sheet: name,
        reason: 'sheetMissing',
        message: expect.stringContaining(`連番1〜${recordedRows}`),
      }),
    ]);
    ok(env.scriptRun('setupRegister', []));
    expect(tampering(env)).toEqual([expect.objectContaining({ sheet: name, reason: 'truncated' })]);
  }
});

it('a 台帳 row deleted by hand, or its 取組ID typed over, of an item 履歴 records is named, and the report refused', () => {
  const deleted = recorded();
  const rows = deleted.spreadsheet.values(SHEETS.register);
  const idAt = (rows[0] as unknown[]).indexOf('取組ID');
  const rowOf = (id: string) => rows.findIndex((r) => r[idAt] === id) + 1;
  deleted.spreadsheet.deleteRows(SHEETS.register, rowOf('2-3-01'), 1);
  const [finding] = tampering(deleted);
  expect(finding).toMatchObject({ sheet: SHEETS.register, reason: 'itemRowsMissing' });
  expect(finding?.message).toContain('2-3-01');
  const before = stateHash(deleted);
  const report = deleted.scriptRun('generateReport', [reportRequest()]) as ApiResult<unknown>;
  expect(report.ok ? 'ok' : report.error.code).toBe('tampered');
  expect(stateHash(deleted)).toBe(before);
  const preflight = ok<{ tampering: TamperFinding[] }>(deleted.scriptRun('getReportPreflight', [null]));
  expect(preflight.tampering.map((t) => t.reason)).toEqual(['itemRowsMissing']);

  const retyped = recorded();
  retyped.spreadsheet.edit(SHEETS.register, rowOf('1-1-01'), idAt + 1, [['9-9-99']]);
  expect(
    tampering(retyped)
      .map((t) => t.message)
      .join(''),
  ).toContain('1-1-01');
  // Typed back, nothing is missing.
  retyped.spreadsheet.edit(SHEETS.register, rowOf('1-1-01'), idAt + 1, [['1-1-01']]);
  expect(tampering(retyped)).toEqual([]);
});

it('an older copy of a 台帳 row pasted back, its 記録値 with it, is named by the pre-flight and the report refused', () => {
  const env = recorded();
  const rows = env.spreadsheet.values(SHEETS.register);
  const idAt = (rows[0] as unknown[]).indexOf('取組ID');
  const at = rows.findIndex((r) => r[idAt] === '1-1-02');
  const older = (rows[at] as unknown[]).map((v) => (typeof v === 'string' ? `'${v}` : v));
  const { revision } = ok<{ item: { revision: number } }>(env.scriptRun('getItem', ['1-1-02', null])).item;
  ok(
    env.scriptRun('recordProgress', [progressReport('1-1-02', 'req-chain-0003', revision, { progress: 10 })]),
  );
  env.spreadsheet.edit(SHEETS.register, at + 1, 1, [older]);
  const preflight = ok<{ tampering: TamperFinding[] }>(env.scriptRun('getReportPreflight', [null]));
  expect(preflight.tampering).toEqual([
    expect.objectContaining({ sheet: SHEETS.register, reason: 'olderRows' }),
  ]);
  expect(preflight.tampering[0]?.message).toContain(
    `1-1-02（台帳は版${revision}、履歴は版${revision + 1}まで）`,
  );
  const before = stateHash(env);
  const report = env.scriptRun('generateReport', [reportRequest()]) as ApiResult<unknown>;
  expect(report.ok ? 'ok' : report.error.code).toBe('tampered');
  expect(stateHash(env)).toBe(before);
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
          column: fc.integer({ min: 1, max: HISTORY_HEADERS.length }),
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
        else env.spreadsheet.edit(SHEETS.history, height + 1, 1, [historyRows(env)[change.row - 1] ?? []]);
        // (A 取組ID typed into a history row may also name an item 台帳 does not have.)
        const named = tampering(env).map((t) => t.sheet);
        expect(named.filter((sheet) => sheet !== SHEETS.register)).toEqual([SHEETS.history]);
      },
    ),
    { numRuns: 40, seed: 16 },
  );
});

/** 履歴's digested keys when the chain was first released, before 実績の区分: rows sealed then must still verify. */
const KEYS_SEALED_FIRST = [
  'at',
  'user',
  'kind',
  'requestId',
  'itemId',
  'revision',
  'roundId',
  'status',
  'progress',
  'grade',
  'indicatorActual',
  'savingsActual.cut',
  'savingsActual.revenue',
  'activity',
  'issues',
  'nextSteps',
  'changes',
  'planBefore',
];

it('a column added to 履歴 later (実績の区分) is digested only where a row fills it: older rows keep their digests', () => {
  const env = recorded();
  const header = historyRows(env)[0] as string[];
  const basisAt = header.indexOf('実績の区分');
  expect(basisAt).toBeGreaterThanOrEqual(0);
  // The rows so far left it empty: their digests are those of the keys sealed before the column existed (the
  // forger's recomputation above digests exactly those), and emptying the column by hand changes nothing.
  expect(
    historyRows(env)
      .slice(1)
      .every((r) => r[basisAt] === ''),
  ).toBe(true);
  expect(tampering(env)).toEqual([]);
  const { index } = historyIndex(header);
  const first = historyRows(env)[1] as CellValue[];
  const sealedThen = KEYS_SEALED_FIRST.map((key) => first[index.get(key) as number] ?? '');
  const digest = createHash('sha256')
    .update(chainInput('', 1, sealedThen), 'utf8')
    .digest('hex');
  expect(first[header.indexOf('ダイジェスト')]).toBe(`sha256:${digest}`);
  // A report that fills it has it digested: changing it by hand is named.
  const revision = ok<{ item: { revision: number } }>(env.scriptRun('getItem', ['1-1-02', null])).item
    .revision;
  ok(
    env.scriptRun('recordProgress', [
      progressReport('1-1-02', 'req-chain-0003', revision, {
        actualBasis: '確定',
        savingsActual: { cut: 5, revenue: null },
      }),
    ]),
  );
  expect(tampering(env)).toEqual([]);
  const row = historyRows(env).length;
  expect(historyRows(env)[row - 1]?.[basisAt]).toBe('確定');
  env.spreadsheet.edit(SHEETS.history, row, basisAt + 1, [['見込み']]);
  expect(tampering(env)[0]).toMatchObject({ row, reason: 'edited' });
  env.spreadsheet.edit(SHEETS.history, row, basisAt + 1, [['']]);
  expect(tampering(env)[0]).toMatchObject({ row, reason: 'edited' });
});
