// Sheets edited by hand in ways the add-on did not expect: each gives a clear message or a correct result,
// never a write to the wrong cell.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Environment } from '../../emulator';
import { progressReport, reportRequest } from '../../harness/payloads';
import { DIST, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import type { ApiResult, ItemDetail, ReportResult } from '../../src/domain/api';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { SHEETS } from '../../src/domain/sheet-names';
import { listed } from '../support/items';
import { PROBE_DIST } from '../support/probe';

const header = (env: Environment) => env.spreadsheet.values(SHEETS.register)[0] as string[];
const rowOf = (env: Environment, id: string) =>
  env.spreadsheet.values(SHEETS.register).find((r) => r[0] === id) as unknown[];

function report(env: Environment, id: string, activity: string): ApiResult<unknown> {
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [id, null])).item.revision;
  return env.scriptRun('recordProgress', [
    progressReport(id, `req-drift-${id}`, revision, { activity }),
  ]) as ApiResult<unknown>;
}

/** Moves a whole column of the register to the end, as a user dragging it would. */
function moveColumnToEnd(env: Environment, name: string): void {
  const at = header(env).indexOf(name);
  const width = header(env).length;
  for (const cells of env.spreadsheet.sheet(SHEETS.register).rows) {
    if (!cells) continue;
    while (cells.length < width) cells.push(null);
    const [moved] = cells.splice(at, 1);
    cells.splice(width - 1, 0, moved ?? null);
  }
}

/** A user's own action in the spreadsheet UI (e.g. adding a sheet), run as a statement on the same state. */
function byHand(env: Environment, source: string): Environment {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    const file = join(dir, 'state.json');
    env.save(file);
    const hand = Environment.load(file, { distDir: PROBE_DIST });
    hand.run('probe', [source]);
    hand.save(file);
    return Environment.load(file, { distDir: DIST, user: PLAN_OFFICE });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Register rows keyed by item ID (blank rows left out). */
const rowsById = (env: Environment) =>
  new Map(
    env.spreadsheet
      .values(SHEETS.register)
      .slice(1)
      .filter((r) => r[0] !== '')
      .map((r) => [String(r[0]), JSON.stringify(r)]),
  );

describe('sheet drift', () => {
  it('columns moved by hand: values are still read and written under their headers', () => {
    const env = setUpEnvironment();
    moveColumnToEnd(env, '取組状況');
    moveColumnToEnd(env, '進捗状況');
    ok(report(env, '2-4-01', '連携協定を締結'));
    const row = rowOf(env, '2-4-01');
    expect(row[header(env).indexOf('取組状況')]).toBe('連携協定を締結');
    expect(row[header(env).indexOf('進捗状況')]).toBe('実施中');
    // The list carries no status since it sends only what the sidebars show: getItem reads the row by header.
    expect(ok<ItemDetail>(env.scriptRun('getItem', ['2-4-01', null])).item.status).toBe('実施中');
  });

  it('an optional column deleted by hand: saving still works and set-up puts the column back at the end', () => {
    const env = setUpEnvironment();
    const at = header(env).indexOf('指標');
    for (const cells of env.spreadsheet.sheet(SHEETS.register).rows) cells?.splice(at, 1);
    ok(report(env, '3-5-02', 'RPA対象業務を追加'));
    expect(rowOf(env, '3-5-02')[header(env).indexOf('取組状況')]).toBe('RPA対象業務を追加');
    ok(env.scriptRun('setupRegister', []));
    expect(header(env).at(-1)).toBe('指標');
  });

  it('a required column renamed: every operation refuses with the column named, nothing is written', () => {
    const env = setUpEnvironment();
    env.spreadsheet.edit(SHEETS.register, 1, header(env).indexOf('担当課') + 1, [['所管課']]);
    const before = JSON.stringify(env.toJSON().spreadsheet);
    for (const [fn, args] of [
      ['listItems', [{}]],
      ['getItem', ['1-1-01', null]],
      ['validateRegister', []],
      ['refreshSummary', [null]],
    ] as const) {
      const result = env.scriptRun(fn, [...args]) as ApiResult<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
      if (!result.ok) expect(result.error.message).toContain('「担当課」');
    }
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });

  it("a city's own column after the register keeps its values and formulas when a row is saved", () => {
    const env = setUpEnvironment();
    const width = header(env).length;
    env.spreadsheet.edit(SHEETS.register, 1, width + 1, [['備考（市独自）']]);
    env.spreadsheet.edit(SHEETS.register, 2, width + 1, [['=LEN(D2)']]);
    env.spreadsheet.edit(SHEETS.register, 3, width + 1, [['手書きのメモ']]);
    ok(report(env, '1-1-01', '対象手続を拡大'));
    ok(report(env, '1-1-02', '予約システムを導入'));
    expect(env.spreadsheet.cell(SHEETS.register, 'A2')?.value).toBe('1-1-01');
    const own = (row: number) => env.spreadsheet.sheet(SHEETS.register).rows[row - 1]?.[width];
    expect(own(2)?.formula).toBe('=LEN(D2)');
    expect(own(3)?.value).toBe('手書きのメモ');
  });

  it('a master list cleared by hand: a clear message, and nothing is written', () => {
    const env = setUpEnvironment();
    const statusColumn = MASTER_BLOCKS.statuses.column;
    const rows = env.spreadsheet.values(SHEETS.master).length;
    env.spreadsheet.edit(
      SHEETS.master,
      2,
      statusColumn,
      Array.from({ length: rows - 1 }, () => ['', '']),
    );
    const before = JSON.stringify(env.toJSON().spreadsheet);
    const result = env.scriptRun('recordProgress', [progressReport('1-1-01', 'req-drift-master', 1)]) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(result.error.code).toBe('layout');
    expect(result.error.message).toContain('マスタの内容に誤りがあります');
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });

  it('rows sorted, inserted and deleted by hand between executions: each save changes only its own item', () => {
    const handEdit = fc.oneof(
      fc.constant({ kind: 'sort' as const }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.integer({ min: 2, max: 20 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.integer({ min: 2, max: 18 }) }),
    );
    fc.assert(
      fc.property(fc.array(handEdit, { maxLength: 4 }), fc.nat(), (edits, pick) => {
        const env = setUpEnvironment();
        for (const edit of edits) {
          if (edit.kind === 'sort')
            env.spreadsheet.reorderRows(SHEETS.register, 2, (a, b) =>
              String(b[3]?.value ?? '').localeCompare(String(a[3]?.value ?? '')),
            );
          else if (edit.kind === 'insert') env.spreadsheet.insertRows(SHEETS.register, edit.at, 1);
          else if (env.spreadsheet.values(SHEETS.register)[edit.at - 1]?.[0] !== '')
            env.spreadsheet.deleteRows(SHEETS.register, edit.at, 1);
        }
        const before = rowsById(env);
        const ids = [...before.keys()];
        const target = ids[pick % ids.length] as string;
        ok(report(env, target, `手作業の後の報告 ${pick}`));
        const after = rowsById(env);
        expect([...after.keys()].sort()).toEqual(ids.sort());
        for (const id of ids)
          if (id !== target) expect({ id, row: after.get(id) }).toEqual({ id, row: before.get(id) });
        expect(rowOf(env, target)[header(env).indexOf('取組状況')]).toBe(`手作業の後の報告 ${pick}`);
      }),
      { numRuns: 15 },
    );
  });

  it('extra sheets, one named like the register: the add-on works on 台帳 only and leaves the others alone', () => {
    const env = byHand(
      setUpEnvironment(),
      `const ss = SpreadsheetApp.getActiveSpreadsheet();
       ss.insertSheet('作業用', 0).getRange('A1:B2').setValues([['1-1-01', 'メモ'], ['1-1-02', '']]);
       ss.insertSheet('台帳 (コピー)', 1).getRange('A1').setValue('取組ID');`,
    );
    const extra = () => [env.spreadsheet.values('作業用'), env.spreadsheet.values('台帳 (コピー)')];
    const untouched = JSON.stringify(extra());
    ok(report(env, '1-1-02', '別シートがあっても記録できる'));
    ok(env.scriptRun('validateRegister', []));
    ok(env.scriptRun('refreshSummary', [null]));
    ok(env.scriptRun('setupRegister', []));
    expect(rowOf(env, '1-1-02')[header(env).indexOf('取組状況')]).toBe('別シートがあっても記録できる');
    expect(JSON.stringify(extra())).toBe(untouched);
  });

  it('an optional column renamed by hand: saves leave it alone, and set-up refuses by name instead of adding an empty one', () => {
    const env = setUpEnvironment();
    const at = header(env).indexOf('指標');
    env.spreadsheet.edit(SHEETS.register, 1, at + 1, [['指標（旧）']]);
    const renamedColumn = () => env.spreadsheet.values(SHEETS.register).map((r) => r[at]);
    const before = renamedColumn();
    ok(report(env, '1-1-03', '列名が変わっても記録できる'));
    expect(renamedColumn()).toEqual(before);
    const state = JSON.stringify(env.toJSON().spreadsheet);
    const result = env.scriptRun('setupRegister', []) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
    if (!result.ok)
      expect(result.error.message).toContain('列「指標」が見つからず、代わりに列「指標（旧）」');
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(state);
  });

  it('課題 renamed to 課題（旧）: set-up adds no empty 課題 and says which header to restore; restored, all is found again', () => {
    const env = setUpEnvironment();
    const at = header(env).indexOf('課題');
    const row = env.spreadsheet.values(SHEETS.register).findIndex((r) => r[0] === '1-1-01') + 1;
    env.spreadsheet.edit(SHEETS.register, row, at + 1, [['担い手が不足']]);
    env.spreadsheet.edit(SHEETS.register, 1, at + 1, [['課題（旧）']]);
    const width = header(env).length;
    const state = JSON.stringify(env.toJSON().spreadsheet);
    const refused = env.scriptRun('setupRegister', []) as ApiResult<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'layout' } });
    if (!refused.ok) expect(refused.error.message).toContain('見出しを「課題」に戻してから');
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(state);
    expect(header(env)).not.toContain('課題');
    env.spreadsheet.edit(SHEETS.register, 1, at + 1, [['課題']]);
    ok(env.scriptRun('setupRegister', []));
    expect(header(env)).toHaveLength(width);
    // The 課題 typed by hand is the record once the plan office adopts it.
    ok(env.scriptRun('adoptHandEdits', [null]));
    expect(ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item.issues).toBe('担い手が不足');
    const report = ok<{ problems: { a1: string }[] }>(env.scriptRun('validateRegister', []));
    expect(report.problems.filter((p) => p.a1.startsWith(columnLetter(at + 1)))).toEqual([]);
  });

  it('columns moved by hand, then set-up: nothing is added, formats and dropdowns follow the headers', () => {
    const env = setUpEnvironment();
    moveColumnToEnd(env, '課題');
    moveColumnToEnd(env, '進捗状況');
    const moved = header(env);
    const result = ok<{ repaired: string[] }>(env.scriptRun('setupRegister', []));
    expect(header(env)).toEqual(moved);
    expect(result.repaired.filter((r) => r.startsWith(`${SHEETS.register}!`))).toEqual([]);
    const status = columnLetter(header(env).indexOf('進捗状況') + 1);
    expect(env.spreadsheet.cell(SHEETS.register, `${status}2`)?.validation?.criteria).toBe('VALUE_IN_RANGE');
    expect(
      env.spreadsheet.cell(SHEETS.register, `${columnLetter(header(env).indexOf('課題') + 1)}2`)
        ?.numberFormat,
    ).toBe('@');
    ok(report(env, '1-1-02', '移動後の報告'));
    expect(rowOf(env, '1-1-02')[header(env).indexOf('進捗状況')]).toBe('実施中');
  });
});

/** A column inserted by hand at `at` (0-based) into a log-like sheet, with its header and empty cells. */
function insertColumn(env: Environment, sheet: string, at: number, name: string): void {
  for (const cells of env.spreadsheet.sheet(sheet).rows) cells?.splice(at, 0, null);
  env.spreadsheet.edit(sheet, 1, at + 1, [[name]]);
}

/** Moves a whole column of a sheet to the end, as a user dragging it would. */
function moveToEnd(env: Environment, sheet: string, name: string): void {
  const head = env.spreadsheet.values(sheet)[0] as string[];
  const at = head.indexOf(name);
  for (const cells of env.spreadsheet.sheet(sheet).rows) {
    if (!cells) continue;
    while (cells.length < head.length) cells.push(null);
    const [moved] = cells.splice(at, 1);
    cells.splice(head.length - 1, 0, moved ?? null);
  }
}

/** The cells of a sheet's row as { header: value }, so a test reads them by header as the add-on must. */
const byHeader = (env: Environment, sheet: string, row: unknown[]) =>
  Object.fromEntries((env.spreadsheet.values(sheet)[0] as string[]).map((h, i) => [h, row[i]]));

const reportedIn = (env: Environment, roundId: string) =>
  listed(env, { roundId })
    .filter((i) => i.reported)
    .map((i) => i.id);

describe('history drift', () => {
  it('a column inserted into 履歴 by hand: reports are still read and written under their headers', () => {
    const env = setUpEnvironment();
    ok(report(env, '1-1-02', '挿入前の報告'));
    insertColumn(env, SHEETS.history, 1, '備考');
    expect(reportedIn(env, 'R4-H1')).toEqual(['1-1-02']);
    ok(report(env, '1-1-03', '挿入後の報告'));
    expect(reportedIn(env, 'R4-H1')).toEqual(['1-1-02', '1-1-03']);
    const last = env.spreadsheet.values(SHEETS.history).at(-1) as unknown[];
    expect(byHeader(env, SHEETS.history, last)).toMatchObject({
      備考: '',
      取組ID: '1-1-03',
      報告回: 'R4-H1',
      種別: '進捗報告',
      取組状況: '挿入後の報告',
    });
    expect(ok<ItemDetail>(env.scriptRun('getItem', ['1-1-02', 'R4-H1'])).current?.activity).toBe(
      '挿入前の報告',
    );
  });

  it('columns of 履歴 moved by hand: the round and the texts stay with their headers', () => {
    const env = setUpEnvironment();
    moveToEnd(env, SHEETS.history, '報告回');
    moveToEnd(env, SHEETS.history, '取組ID');
    ok(report(env, '2-4-01', '連携協定を締結'));
    const last = env.spreadsheet.values(SHEETS.history).at(-1) as unknown[];
    expect(byHeader(env, SHEETS.history, last)).toMatchObject({ 取組ID: '2-4-01', 報告回: 'R4-H1' });
    expect(reportedIn(env, 'R4-H1')).toEqual(['2-4-01']);
    expect(ok<ItemDetail>(env.scriptRun('getItem', ['2-4-01', 'R4-H1'])).current?.activity).toBe(
      '連携協定を締結',
    );
  });

  it('a header of 履歴 renamed: reading and writing refuse with the column named, nothing is written', () => {
    const env = setUpEnvironment();
    const head = env.spreadsheet.values(SHEETS.history)[0] as string[];
    const { item } = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
    env.spreadsheet.edit(SHEETS.history, 1, head.indexOf('報告回') + 1, [['回']]);
    const before = JSON.stringify(env.toJSON().spreadsheet);
    for (const result of [
      env.scriptRun('listItems', [{}]),
      env.scriptRun('refreshSummary', [null]),
      env.scriptRun('getItem', ['1-1-01', null]),
      env.scriptRun('recordProgress', [progressReport('1-1-01', 'req-drift-history', 1)]),
      env.scriptRun('saveItem', [{ ...item, baseRevision: item.revision }]),
    ] as ApiResult<unknown>[]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
      if (!result.ok) expect(result.error.message).toContain('「履歴」シートに必須の列「報告回」');
    }
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });
});

it('an emptied 履歴 sheet: a save is refused with the first header named, nothing is written', () => {
  const env = setUpEnvironment();
  const { item } = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
  env.spreadsheet.sheet(SHEETS.history).rows.length = 0;
  const before = JSON.stringify(env.toJSON().spreadsheet);
  const result = env.scriptRun('saveItem', [{ ...item, baseRevision: item.revision, title: '記録されない' }]);
  expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
  expect((result as { error: { message: string } }).error.message).toContain(
    '「履歴」シートに必須の列「日時」',
  );
  expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
});

describe('report log drift', () => {
  const generate = (env: Environment) =>
    env.scriptRun('generateReport', [reportRequest()]) as ApiResult<ReportResult>;
  const logRows = (env: Environment) =>
    env.spreadsheet
      .values(SHEETS.reportLog)
      .slice(1)
      .map((row) => byHeader(env, SHEETS.reportLog, row));

  it('a column inserted and one moved in 報告書ログ: entries are written and superseded under their headers', () => {
    const env = setUpEnvironment();
    insertColumn(env, SHEETS.reportLog, 0, '備考');
    moveToEnd(env, SHEETS.reportLog, '報告回');
    const first = ok<ReportResult>(generate(env));
    const second = ok<ReportResult>(generate(env));
    expect(second.supersededCount).toBe(1);
    expect(logRows(env)).toEqual([
      expect.objectContaining({
        備考: '',
        報告回: 'R4-H1',
        表題: first.title,
        リンク: first.url,
        状態: '差し替え済み',
      }),
      expect.objectContaining({
        備考: '',
        報告回: 'R4-H1',
        表題: second.title,
        リンク: second.url,
        状態: '作成済み',
      }),
    ]);
  });

  it('a header of 報告書ログ renamed: the report is refused with the column named, no document is made', () => {
    const env = setUpEnvironment();
    const head = env.spreadsheet.values(SHEETS.reportLog)[0] as string[];
    env.spreadsheet.edit(SHEETS.reportLog, 1, head.indexOf('表題') + 1, [['題名']]);
    const result = generate(env);
    expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
    if (!result.ok) expect(result.error.message).toContain('「報告書ログ」シートに必須の列「表題」');
    expect(env.documents.list()).toEqual([]);
    expect(logRows(env)).toEqual([]);
  });
});

it('連番 of 履歴 renamed by hand: set-up refuses with the header to restore instead of adding an empty 連番', () => {
  const env = setUpEnvironment();
  const head = env.spreadsheet.values(SHEETS.history)[0] as string[];
  env.spreadsheet.edit(SHEETS.history, 1, head.indexOf('連番') + 1, [['連番（旧）']]);
  const before = JSON.stringify(env.toJSON().spreadsheet);
  const result = env.scriptRun('setupRegister', []) as ApiResult<unknown>;
  expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
  if (!result.ok)
    expect(result.error.message).toContain(
      '「履歴」シートに列「連番」が見つからず、代わりに列「連番（旧）」',
    );
  expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
});
