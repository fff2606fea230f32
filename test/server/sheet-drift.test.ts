// Sheets edited by hand in ways the add-on did not expect: each gives a clear message or a correct result,
// never a write to the wrong cell.
import type { Environment } from '../../emulator';
import type { ApiResult, ItemDetail, ItemListResult } from '../../src/domain/api';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { SHEETS } from '../../src/domain/sheet-names';
import { ok, progressReport, setUpEnvironment } from '../support/register';

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

describe('sheet drift', () => {
  it('columns moved by hand: values are still read and written under their headers', () => {
    const env = setUpEnvironment();
    moveColumnToEnd(env, '取組状況');
    moveColumnToEnd(env, '進捗状況');
    ok(report(env, '2-4-01', '連携協定を締結'));
    const row = rowOf(env, '2-4-01');
    expect(row[header(env).indexOf('取組状況')]).toBe('連携協定を締結');
    expect(row[header(env).indexOf('進捗状況')]).toBe('実施中');
    expect(
      ok<ItemListResult>(env.scriptRun('listItems', [{}])).items.find((i) => i.id === '2-4-01')?.status,
    ).toBe('実施中');
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
});
