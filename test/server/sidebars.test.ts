// The 検証 and 集計 menu items open their sidebars (no alert), and the 検証 sidebar's jump selects a register cell.
import type { Environment } from '../../emulator';
import { ok, setUpEnvironment } from '../../harness/register';
import type { ApiResult } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';

function menuHandler(env: Environment, caption: string): string {
  env.run('onOpen', [{ authMode: 'FULL' }]);
  const item = env.services.ui.addonMenu.find((i) => i.caption === caption);
  if (!item?.functionName) throw new Error(`no menu item ${caption}`);
  return item.functionName;
}

describe('検証 and 集計 sidebars', () => {
  it.each([
    ['台帳の検証', 'validate'],
    ['集計の更新', 'summary'],
  ])('the menu item %s opens its sidebar and shows no alert', (caption, file) => {
    const env = setUpEnvironment();
    env.run(menuHandler(env, caption), []);
    expect(env.services.ui.sidebars.map((s) => [s.title, s.file])).toEqual([[caption, file]]);
    expect(env.services.ui.alerts).toEqual([]);
  });

  it('selectCell selects the cell on the register sheet', () => {
    const env = setUpEnvironment();
    expect(ok(env.scriptRun('selectCell', ['E5']))).toEqual({ a1: 'E5' });
    expect(ok(env.scriptRun('selectCell', ['AA21']))).toEqual({ a1: 'AA21' });
    expect(env.services.ui.selections).toEqual([
      { sheet: SHEETS.register, a1: 'E5' },
      { sheet: SHEETS.register, a1: 'AA21' },
    ]);
  });

  it('selectCell refuses a range, a sheet name or a cell outside the grid in Japanese', () => {
    const env = setUpEnvironment();
    for (const a1 of ['A1:B2', "'マスタ'!A1", 'A100000']) {
      const result = env.scriptRun('selectCell', [a1]) as ApiResult<unknown>;
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid',
          message: 'セル: 台帳シートのセルをA1形式（例: B12）で指定してください',
          fields: [{ path: 'a1', message: 'セル: 台帳シートのセルをA1形式（例: B12）で指定してください' }],
        },
      });
    }
    expect(env.services.ui.selections).toEqual([]);
  });
});
