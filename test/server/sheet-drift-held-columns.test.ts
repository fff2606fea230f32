// Issue 15 case 4 beyond recognition: set-up remembers each sheet's header row, so a column of 台帳, 履歴 or 報告書ログ it
// held at its last set-up and lacks now while another header appeared (課題 → メモ) is refused by name with nothing
// changed, never added back empty beside its stranded data; a column deleted with its data, or one the sheet never
// had, is added (and 記録値 or the chain deleted by hand blesses no hand edit when it comes back).
import type { Environment } from '../../emulator';
import { reportRequest } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { registerCell } from '../../harness/sheet-cells';
import type { ApiResult, HistoryCheck, ReportResult, ValidationReport } from '../../src/domain/api';
import { heldHeadersKey, rememberedHeaders } from '../../src/domain/held-columns';
import { SHEETS } from '../../src/domain/sheet-names';

const headerOf = (env: Environment, sheet: string) =>
  (env.spreadsheet.values(sheet)[0] as unknown[]).map(String);
const spreadsheetState = (env: Environment) => JSON.stringify(env.toJSON().spreadsheet);

/** A whole column deleted by hand, its header and data with it. */
function deleteColumn(env: Environment, sheet: string, header: string): void {
  const at = headerOf(env, sheet).indexOf(header);
  for (const cells of env.spreadsheet.sheet(sheet).rows) cells?.splice(at, 1);
}

function refusedSetup(env: Environment): string {
  const before = spreadsheetState(env);
  const result = env.scriptRun('setupRegister', []) as ApiResult<unknown>;
  expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
  expect(spreadsheetState(env)).toBe(before);
  return result.ok ? '' : result.error.message;
}

describe('set-up finds a renamed column again or refuses it by name', () => {
  it('台帳: 課題 renamed to メモ is refused naming 課題 and メモ, nothing changes; renamed back, set-up finds it', () => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.register, registerCell(env, '1-1-01', '課題'), '担い手が不足');
    const width = headerOf(env, SHEETS.register).length;
    const at = headerOf(env, SHEETS.register).indexOf('課題');
    env.spreadsheet.edit(SHEETS.register, 1, at + 1, [['メモ']]);
    const message = refusedSetup(env);
    expect(message).toContain('台帳の列「課題」が見つかりません。列名を「課題」に戻すか');
    expect(message).toContain('メモ');
    expect(headerOf(env, SHEETS.register)).not.toContain('課題');
    env.spreadsheet.edit(SHEETS.register, 1, at + 1, [['課題']]);
    ok(env.scriptRun('setupRegister', []));
    expect(headerOf(env, SHEETS.register)).toHaveLength(width);
    expect(env.spreadsheet.cell(SHEETS.register, registerCell(env, '1-1-01', '課題'))?.value).toBe(
      '担い手が不足',
    );
  });

  it('台帳: a header cleared over its data (今後の方針) is refused too, as a blank header that appeared', () => {
    const env = setUpEnvironment();
    const at = headerOf(env, SHEETS.register).indexOf('今後の方針');
    env.spreadsheet.edit(SHEETS.register, 1, at + 1, [['']]);
    const message = refusedSetup(env);
    expect(message).toContain('列「今後の方針」が見つかりません');
    expect(message).toContain('（空欄）');
  });

  it('台帳: a column the register never had is still added, even beside a city column that appeared', () => {
    const env = setUpEnvironment();
    // A register set up by a version before 効果区分: its set-up remembered a header row without the column.
    deleteColumn(env, SHEETS.register, '効果区分');
    env.services.properties.document[heldHeadersKey(SHEETS.register)] = rememberedHeaders(
      headerOf(env, SHEETS.register),
      [],
    );
    const width = headerOf(env, SHEETS.register).length;
    env.spreadsheet.edit(SHEETS.register, 1, width + 1, [['市のメモ']]);
    const result = ok<{ repaired: string[] }>(env.scriptRun('setupRegister', []));
    expect(result.repaired).toContain('台帳!効果区分');
    expect(headerOf(env, SHEETS.register).slice(-2)).toEqual(['市のメモ', '効果区分']);
  });

  it('台帳: 記録値 deleted by hand comes back empty, so a hand edit made before is still seen, not blessed', () => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.register, registerCell(env, '1-1-01', '担当課'), '財政課');
    deleteColumn(env, SHEETS.register, '記録値');
    ok(env.scriptRun('setupRegister', []));
    expect(headerOf(env, SHEETS.register).at(-1)).toBe('記録値');
    const report = ok<ValidationReport>(env.scriptRun('validateRegister', []));
    expect(report.handEditRows).toBe(20);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ itemId: '1-1-01', column: '記録値', rule: 'hand-edit' }),
    );
  });

  it('履歴: 連番 renamed to 番号 and 報告回 renamed to 回 are each refused by name; no empty column is added', () => {
    const env = setUpEnvironment();
    const history = headerOf(env, SHEETS.history);
    env.spreadsheet.edit(SHEETS.history, 1, history.indexOf('連番') + 1, [['番号']]);
    expect(refusedSetup(env)).toContain('履歴の列「連番」が見つかりません');
    env.spreadsheet.edit(SHEETS.history, 1, history.indexOf('連番') + 1, [['連番']]);
    env.spreadsheet.edit(SHEETS.history, 1, history.indexOf('報告回') + 1, [['回']]);
    expect(refusedSetup(env)).toContain('履歴の列「報告回」が見つかりません');
    expect(headerOf(env, SHEETS.history)).toHaveLength(history.length);
  });

  it('履歴: both chain columns deleted by hand come back unsealed, so a row edited before is still caught', () => {
    const env = setUpEnvironment();
    const history = headerOf(env, SHEETS.history);
    env.spreadsheet.edit(SHEETS.history, 2, history.indexOf('変更内容') + 1, [['書き換えた変更内容']]);
    deleteColumn(env, SHEETS.history, '連番');
    deleteColumn(env, SHEETS.history, 'ダイジェスト');
    ok(env.scriptRun('setupRegister', []));
    expect(headerOf(env, SHEETS.history).slice(-2)).toEqual(['連番', 'ダイジェスト']);
    expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).not.toEqual([]);
  });

  it('報告書ログ: ダイジェスト renamed to 署名 is refused by name; no empty ダイジェスト is added', () => {
    const env = setUpEnvironment();
    ok<ReportResult>(env.scriptRun('generateReport', [reportRequest()]) as ApiResult<ReportResult>);
    const log = headerOf(env, SHEETS.reportLog);
    env.spreadsheet.edit(SHEETS.reportLog, 1, log.indexOf('ダイジェスト') + 1, [['署名']]);
    const message = refusedSetup(env);
    expect(message).toContain('報告書ログの列「ダイジェスト」が見つかりません');
    expect(message).toContain('署名');
  });
});
