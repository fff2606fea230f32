// Set-up through the built bundle: the sheets and seed on an empty spreadsheet, a re-run that repairs and loses
// nothing, and a renamed required column refused by name.
import { ok, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import { SHEETS } from '../../src/domain/sheet-names';
import { historyRows, progress, registerRows } from '../support/items';

describe('set-up', () => {
  it('creates the sheets with Japanese headers, seeds the Gyoda plan and its history', () => {
    const env = setUpEnvironment();
    expect(env.spreadsheet.sheetNames()).toEqual(
      expect.arrayContaining(['台帳', 'マスタ', '履歴', '集計', '報告書ログ']),
    );
    const rows = registerRows(env);
    expect(rows[0]?.slice(0, 7)).toEqual([
      '取組ID',
      '柱',
      '改革',
      '取組項目',
      '取組内容',
      '担当課',
      '関係課',
    ]);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['令和4年度計画', '令和5年度計画', '令和6年度計画', '版']),
    );
    expect(rows).toHaveLength(21);
    expect(rows[1]?.slice(0, 4)).toEqual(['1-1-01', 1, 1, '電子申請サービスの拡大']);
    expect(historyRows(env)).toHaveLength(20);
    expect(env.spreadsheet.sheet(SHEETS.register).frozenRows).toBe(1);
    expect(env.spreadsheet.cell(SHEETS.register, 'A2')?.numberFormat).toBe('@');
    expect(env.spreadsheet.cell(SHEETS.register, 'F2')?.validation?.criteria).toBe('VALUE_IN_RANGE');
    const protectedHeaders = env.spreadsheet
      .protections()
      .filter((p) => p.type === 'RANGE')
      .map((p) => rows[0]?.[p.range.column - 1]);
    expect(protectedHeaders.sort()).toEqual(
      ['取組ID', '最終報告回', '最終送信ID', '更新日時', '更新者', '版', '記録値'].sort(),
    );
    expect(env.spreadsheet.formulas()).toEqual([]);
  });

  it('run again on a populated register, repairs a deleted column at the end and loses nothing', () => {
    const env = setUpEnvironment();
    ok(env.scriptRun('recordProgress', [progress(env, '2-3-01')]));
    const header = registerRows(env)[0] as string[];
    const indicatorColumn = header.indexOf('指標') + 1;
    for (const cells of env.spreadsheet.sheet(SHEETS.register).rows) cells?.splice(indicatorColumn - 1, 1);
    const before = registerRows(env);
    const result = ok<{ created: string[]; repaired: string[]; seeded: boolean }>(
      env.scriptRun('setupRegister', []),
    );
    expect(result).toMatchObject({ created: [], seeded: false });
    expect(result.repaired).toContain('台帳!指標');
    const after = registerRows(env);
    expect(after.map((r) => r.slice(0, before[0]!.length - 1))).toEqual(
      before.map((r) => r.slice(0, before[0]!.length - 1)),
    );
    expect(after[0]?.[after[0].length - 1]).toBe('指標');
    expect(historyRows(env)).toHaveLength(21);
  });

  it('refuses a register whose required column was renamed, naming the column, and changes nothing', () => {
    const env = setUpEnvironment();
    env.spreadsheet.edit(SHEETS.register, 1, 4, [['取組名']]);
    const before = JSON.stringify(env.toJSON().spreadsheet);
    const result = env.scriptRun('setupRegister', []) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('layout');
    expect(result.error.message).toContain('「取組項目」');
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
    const list = env.scriptRun('listItems', [{}]) as { ok: false; error: { code: string } };
    expect(list.error.code).toBe('layout');
  });

  it.each([
    ['every item deleted by hand', [SHEETS.register]],
    ['every item and every history row deleted by hand', [SHEETS.register, SHEETS.history]],
  ])('%s: set-up does not bring back the 行田市 sample', (_, emptied) => {
    const env = setUpEnvironment();
    for (const name of emptied) env.spreadsheet.deleteRows(name, 2, env.spreadsheet.values(name).length - 1);
    const result = ok<{ seeded: boolean }>(env.scriptRun('setupRegister', []));
    expect(result.seeded).toBe(false);
    expect(registerRows(env)).toHaveLength(1);
    expect(env.spreadsheet.values(SHEETS.register).flat()).not.toContain('電子申請サービスの拡大');
  });
});

describe('set-up freezes what a reader keeps in view', () => {
  it('freezes the header row and the columns through 取組ID and 取組項目, and repair restores them', () => {
    const env = setUpEnvironment();
    const register = env.spreadsheet.sheet(SHEETS.register);
    const header = registerRows(env)[0] as string[];
    expect(register.frozenColumns).toBe(header.indexOf('取組項目') + 1);
    expect(register.frozenRows).toBe(1);
    // Unfrozen by hand (a state from before, too): the next set-up freezes them again.
    register.frozenColumns = 0;
    register.frozenRows = 0;
    ok(env.scriptRun('setupRegister', []));
    expect([register.frozenColumns, register.frozenRows]).toEqual([4, 1]);
    // A city that froze more keeps its choice.
    register.frozenColumns = 6;
    ok(env.scriptRun('setupRegister', []));
    expect(register.frozenColumns).toBe(6);
  });
});

describe('set-up hides the add-on’s bookkeeping', () => {
  it('hides 記録値 and no other column; a user who shows it again sees it hidden by the next set-up', () => {
    const env = setUpEnvironment();
    const register = env.spreadsheet.sheet(SHEETS.register);
    const header = registerRows(env)[0] as string[];
    const recordColumn = header.indexOf('記録値') + 1;
    expect(register.hiddenColumns).toEqual([recordColumn]);
    // Shown by hand (Sheets: 列を表示): the column is the add-on's still, and the next set-up hides it again.
    register.hiddenColumns = [];
    ok(env.scriptRun('setupRegister', []));
    expect(register.hiddenColumns).toEqual([recordColumn]);
    // Hidden, it is read and written as before: a report updates the row's record.
    const before = env.spreadsheet.cell(SHEETS.register, `${columnLetter(recordColumn)}2`)?.value;
    ok(env.scriptRun('recordProgress', [progress(env, '1-1-01')]));
    expect(env.spreadsheet.cell(SHEETS.register, `${columnLetter(recordColumn)}2`)?.value).not.toBe(before);
  });
});
