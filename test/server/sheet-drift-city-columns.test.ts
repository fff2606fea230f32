// Issue 15 case 3: a city's own columns inserted among the add-on's columns are never written by a save or a report
// (a formula stays a formula, number-looking text stays text), and the writes grow with the gaps, not the items.
import type { Environment } from '../../emulator';
import { itemInput } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { registerCell } from '../../harness/sheet-cells';
import { SHEETS } from '../../src/domain/sheet-names';
import { item, progress } from '../support/items';

const header = (env: Environment) => (env.spreadsheet.values(SHEETS.register)[0] as unknown[]).map(String);

/** The city inserts an empty column before the add-on's column `before` and heads it `name`. */
function insertCityColumn(env: Environment, before: string, name: string): void {
  const at = header(env).indexOf(before) + 1;
  env.spreadsheet.insertColumns(SHEETS.register, at, 1);
  env.spreadsheet.edit(SHEETS.register, 1, at, [[name]]);
}

function cityColumns(env: Environment, id: string) {
  insertCityColumn(env, '取組内容', '市メモ計算');
  insertCityColumn(env, '進捗状況', '市コード');
  // A formula (typed as a user types it) and a number-looking text kept as text by its apostrophe.
  env.userEdit(SHEETS.register, registerCell(env, id, '市メモ計算'), '=LEN("行田")');
  env.userEdit(SHEETS.register, registerCell(env, id, '市コード'), "'0012");
  const formulaCell = registerCell(env, id, '市メモ計算');
  const codeCell = registerCell(env, id, '市コード');
  return {
    formulaCell,
    codeCell,
    before: {
      formula: env.spreadsheet.cell(SHEETS.register, formulaCell)?.formula,
      code: env.spreadsheet.cell(SHEETS.register, codeCell)?.value,
    },
  };
}

describe('sheet drift: a city column inside the add-on columns', () => {
  it('a save keeps the city formula and the city text, and writes the new title', () => {
    const env = setUpEnvironment();
    const id = '1-1-01';
    const { formulaCell, codeCell, before } = cityColumns(env, id);
    expect(before.formula).toBe('=LEN("行田")');
    expect(before.code).toBe('0012');
    const revision = item(env, id).revision;
    ok(
      env.scriptRun('saveItem', [
        itemInput({ id, pillarNo: 1, reformNo: 1, title: '新しい名前', baseRevision: revision }),
      ]),
    );
    expect(env.spreadsheet.cell(SHEETS.register, formulaCell)?.formula).toBe('=LEN("行田")');
    expect(env.spreadsheet.cell(SHEETS.register, codeCell)?.value).toBe('0012');
    expect(item(env, id).title).toBe('新しい名前');
    // No formula was ever written by the script: the only one is the user's.
    expect(env.spreadsheet.formulas().map((f) => f.formula)).toEqual(['=LEN("行田")']);
  });

  it('a progress report keeps them too, in one write per run of add-on columns', () => {
    const env = setUpEnvironment();
    const id = '1-1-02';
    const { formulaCell, codeCell } = cityColumns(env, id);
    const input = progress(env, id);
    env.calls.reset();
    ok(env.scriptRun('recordProgress', [input]));
    const { byMethod } = env.calls.snapshot();
    expect(env.spreadsheet.cell(SHEETS.register, formulaCell)?.formula).toBe('=LEN("行田")');
    expect(env.spreadsheet.cell(SHEETS.register, codeCell)?.value).toBe('0012');
    expect(item(env, id).activity).toBe('電子申請の対象手続を拡大した');
    // Two city columns split the add-on's columns into three runs: three row writes (履歴 is one appendRow).
    expect(byMethod['Range.setValues']).toBe(3);
  });
});
