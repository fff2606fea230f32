// The yearly plan in the register through the built bundle: per 年度 of the plan period a target column for the
// indicator and for each 効果額 (negative allowed, shown with △), the 効果区分, an older form that omits them keeping
// them, a year outside the period refused, and an edit's history keeping the targets it replaced (planAsOf).
import { itemInput } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { registerCell, registerValue } from '../../harness/sheet-cells';
import type { ApiResult } from '../../src/domain/api';
import { planAsOf } from '../../src/domain/as-of';
import { decodeHistory, historyIndex } from '../../src/domain/history-codec';
import type { Item } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { item } from '../support/items';

const targets = {
  effectType: '継続',
  indicatorTargets: { '2022': 300, '2023': 800, '2024': 1200 },
  cutTargets: { '2022': 1000, '2023': -250, '2024': null },
  revenueTargets: { '2022': null, '2023': 40, '2024': 60 },
};

function history(env: ReturnType<typeof setUpEnvironment>) {
  const [header, ...rows] = env.spreadsheet.values(SHEETS.history);
  return decodeHistory(rows, historyIndex(header ?? []).index);
}

describe('yearly targets in the register', () => {
  it('set-up lays out the target columns of every 年度 of the period', () => {
    const env = setUpEnvironment();
    const header = (env.spreadsheet.values(SHEETS.register)[0] ?? []).map(String);
    for (const year of ['令和4年度', '令和5年度', '令和6年度']) {
      expect(header).toContain(`${year}目標値`);
      expect(header).toContain(`${year}効果額目標_歳出削減(千円)`);
      expect(header).toContain(`${year}効果額目標_歳入確保(千円)`);
    }
    expect(header).toContain('効果区分');
  });

  it('saves and reads the targets, a negative 効果額 as a number shown with △', () => {
    const env = setUpEnvironment();
    const created = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput(targets)])).item;
    expect(item(env, created.id)).toMatchObject(targets);
    expect(registerValue(env, created.id, '令和5年度効果額目標_歳出削減(千円)')).toBe(-250);
    expect(registerValue(env, created.id, '効果区分')).toBe('継続');
    const cell = registerCell(env, created.id, '令和5年度効果額目標_歳出削減(千円)');
    expect(env.spreadsheet.cell(SHEETS.register, cell)?.numberFormat).toBe('#,##0;"△"#,##0');
  });

  it('a form that leaves the yearly plan out keeps it; an empty target year stays empty', () => {
    const env = setUpEnvironment();
    const created = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput(targets)])).item;
    ok(env.scriptRun('saveItem', [itemInput({ id: created.id, baseRevision: 1, title: '改題' })]));
    expect(item(env, created.id)).toMatchObject({ title: '改題', ...targets });
    const plain = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput()])).item;
    expect(item(env, plain.id)).toMatchObject({
      effectType: '',
      cutTargets: { '2022': null, '2023': null, '2024': null },
    });
  });

  it('refuses a target outside the plan period or an unknown 効果区分, naming the field, changing nothing', () => {
    const env = setUpEnvironment();
    const before = JSON.stringify(env.spreadsheet.values(SHEETS.register));
    const fieldsOf = (payload: Record<string, unknown>) => {
      const result = env.scriptRun('saveItem', [itemInput(payload)]) as ApiResult<unknown>;
      return result.ok ? [] : (result.error.fields ?? []);
    };
    expect(fieldsOf({ ...targets, cutTargets: { ...targets.cutTargets, '2025': 5 } })).toEqual([
      {
        path: 'cutTargets',
        message:
          '年度別の効果額目標（歳出削減）: 計画期間（令和4〜6年度）外の年度が含まれています: 令和7年度',
      },
    ]);
    expect(fieldsOf({ ...targets, effectType: '毎年' })).toEqual([
      { path: 'effectType', message: expect.stringContaining('効果区分') },
    ]);
    expect(fieldsOf({ ...targets, revenueTargets: { '2022': 'たくさん' } })).toEqual([
      { path: 'revenueTargets.2022', message: expect.stringContaining('令和4年度の効果額目標（歳入確保）') },
    ]);
    expect(JSON.stringify(env.spreadsheet.values(SHEETS.register))).toBe(before);
  });

  it('an edit keeps the targets it replaced, so the plan as of before it has them', () => {
    const env = setUpEnvironment();
    const created = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput(targets)])).item;
    env.syncClock(env.now + 60_000);
    const changed = { ...targets, effectType: '単年度', cutTargets: { '2022': 10, '2023': 20, '2024': 30 } };
    ok(env.scriptRun('saveItem', [itemInput({ id: created.id, baseRevision: 1, ...changed })]));
    const entries = history(env);
    const edit = entries.find((e) => e.kind === 'update' && e.itemId === created.id);
    expect(edit?.planBefore).toMatchObject(targets);
    const rows = [item(env, created.id)];
    expect(planAsOf(rows, entries, created.updatedAt)[0]).toMatchObject(targets);
    expect(planAsOf(rows, entries, new Date(env.now).toISOString())[0]).toMatchObject(changed);
  });
});
