// Actuals of a round's 年度 through the built bundle: a report records its 効果額 (a negative one allowed) as 見込み or
// 確定 in the item row (displayed with △) and in 履歴, and a form that sends no 実績の区分 is recorded as empty (read as
// 見込み).
import { ok, setUpEnvironment } from '../../harness/register';
import { registerValue } from '../../harness/sheet-cells';
import type { ApiResult, RecordProgressResult } from '../../src/domain/api';
import { decodeHistory, historyIndex } from '../../src/domain/history-codec';
import { SHEETS } from '../../src/domain/sheet-names';
import { progress } from '../support/items';

function lastHistory(env: ReturnType<typeof setUpEnvironment>) {
  const [header, ...rows] = env.spreadsheet.values(SHEETS.history);
  return decodeHistory(rows, historyIndex(header ?? []).index).at(-1);
}

describe('yearly actuals in progress reports', () => {
  it('records a negative 効果額 as 確定 in the row and the history', () => {
    const env = setUpEnvironment();
    const report = progress(env, '1-1-02', {
      savingsActual: { cut: -1200, revenue: 300 },
      actualBasis: '確定',
    });
    const result = ok<RecordProgressResult>(env.scriptRun('recordProgress', [report]));
    expect(result.item).toMatchObject({ savingsActual: { cut: -1200, revenue: 300 }, actualBasis: '確定' });
    expect(registerValue(env, '1-1-02', '効果額実績_歳出削減(千円)')).toBe(-1200);
    expect(registerValue(env, '1-1-02', '実績の区分')).toBe('確定');
    // As people read the register: △ before the amount, no minus sign (the cell still holds −1200).
    const [header, ...rows] = env.spreadsheet.displayValues(SHEETS.register);
    const row = rows.find((r) => r[header?.indexOf('取組ID') ?? -1] === '1-1-02');
    expect(row?.[header?.indexOf('効果額実績_歳出削減(千円)') ?? -1]).toBe('△1,200');
    expect(row?.[header?.indexOf('効果額実績_歳入確保(千円)') ?? -1]).toBe('300');
    expect(lastHistory(env)).toMatchObject({
      kind: 'progress',
      savingsActual: { cut: -1200, revenue: 300 },
      actualBasis: '確定',
    });
  });

  it('a report without 実績の区分 is recorded empty; an unknown one is refused by name', () => {
    const env = setUpEnvironment();
    ok(env.scriptRun('recordProgress', [progress(env, '1-1-02')]));
    expect(registerValue(env, '1-1-02', '実績の区分')).toBe('');
    expect(lastHistory(env)?.actualBasis).toBeUndefined();
    const refused = env.scriptRun('recordProgress', [
      progress(env, '1-1-03', { actualBasis: '概算' as never }),
    ]) as ApiResult<unknown>;
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.fields?.map((f) => f.message)).toEqual([expect.stringContaining('実績の区分')]);
  });
});
