// Bounds a city would never reach, through the built bundle: money, item-ID sequences, echoed text and schedule
// years. Each is refused with the field named, nothing changes, and no message echoes more than a short excerpt.
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import type { ApiResult, ItemDetail, Summary, ValidationReport } from '../../src/domain/api';
import { MONEY_MAX } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { stateHash } from '../support/server-functions';

function newItem(patch: Record<string, unknown> = {}) {
  return {
    pillarNo: 1,
    reformNo: 1,
    title: '窓口のオンライン予約',
    description: '',
    department: 'デジタル推進課',
    relatedDepartments: [],
    schedule: { '2022': '検討', '2023': '導入', '2024': '運用' },
    indicator: { name: '予約件数', unit: '件', baseline: 0, target: 100 },
    savingsPlan: { cut: null, revenue: null },
    ...patch,
  };
}

/** Runs a call that must be refused as invalid without any change; answers the paths of its field errors. */
function refusedFields(env: Environment, fn: string, args: unknown[]): string[] {
  const before = stateHash(env);
  const result = env.scriptRun(fn, args) as ApiResult<unknown>;
  expect(stateHash(env)).toBe(before);
  if (result.ok) throw new Error(`${fn} was accepted`);
  expect(result.error.code).toBe('invalid');
  return (result.error.fields ?? []).map((f) => f.path);
}

const header = (env: Environment) => env.spreadsheet.values(SHEETS.register)[0] as string[];
const columnOf = (env: Environment, name: string) => header(env).indexOf(name) + 1;

describe('money', () => {
  it('an amount no city reaches is refused in the item and the progress forms, naming the field', () => {
    const env = setUpEnvironment();
    expect(
      refusedFields(env, 'saveItem', [newItem({ savingsPlan: { cut: 1.7e308, revenue: null } })]),
    ).toEqual(['savingsPlan.cut']);
    const report = progressReport('1-1-01', 'req-bounds-001', 1, {
      savingsActual: { cut: null, revenue: MONEY_MAX + 1 },
    });
    expect(refusedFields(env, 'recordProgress', [report])).toEqual(['savingsActual.revenue']);
    ok(env.scriptRun('recordProgress', [{ ...report, savingsActual: { cut: null, revenue: MONEY_MAX } }]));
  });

  it('two huge amounts typed by hand never make the figures infinite, and validation names both cells', () => {
    const env = setUpEnvironment();
    const column = columnOf(env, '効果額見込_歳出削減(千円)');
    env.spreadsheet.edit(SHEETS.register, 2, column, [[1.7e308], [1.7e308]]);
    const summary = ok<Summary>(env.scriptRun('getSummary', [null]));
    expect(Number.isFinite(summary.total.savings.planCut)).toBe(true);
    expect(Number.isFinite(summary.byPillar[0]?.savings.planTotal)).toBe(true);
    const problems = ok<ValidationReport>(env.scriptRun('validateRegister', [])).problems.filter(
      (p) => p.column === '効果額見込_歳出削減(千円)',
    );
    expect(problems.map((p) => p.row)).toEqual([2, 3]);
    expect(problems[0]?.message).toContain('効果額見込_歳出削減(千円)');
  });
});

describe('item-ID sequences', () => {
  it('a sequence at its limit refuses a new item naming 改革, and never issues the same ID twice', () => {
    const env = setUpEnvironment();
    env.spreadsheet.edit(SHEETS.register, 2, columnOf(env, '取組ID'), [['1-1-9998']]);
    const created = ok<{ item: { id: string } }>(env.scriptRun('saveItem', [newItem()])).item.id;
    expect(created).toBe('1-1-9999');
    expect(refusedFields(env, 'saveItem', [newItem()])).toEqual(['reformNo']);
    expect(refusedFields(env, 'saveItem', [newItem()])).toEqual(['reformNo']);
    const ids = env.spreadsheet
      .values(SHEETS.register)
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    // Other reforms are not affected.
    ok(env.scriptRun('saveItem', [newItem({ reformNo: 2 })]));
  });
});

describe('echoed text', () => {
  it('a 1,000,000-character unknown ID is never echoed whole', () => {
    const env = setUpEnvironment();
    const huge = `9-9-${'9'.repeat(1_000_000)}`;
    const result = env.scriptRun('getItem', [huge, null]) as ApiResult<ItemDetail>;
    if (result.ok) throw new Error('accepted');
    expect(result.error.code).toBe('notFound');
    expect(JSON.stringify(result.error).length).toBeLessThan(300);
    expect(result.error.message).toContain('9-9-9999');
  });
});

describe('schedule years', () => {
  it('10,000 empty years outside the plan period are refused with nothing changed (no revision, no history)', () => {
    const env = setUpEnvironment();
    const { item } = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
    const schedule: Record<string, string> = { ...item.schedule };
    // Every 4-digit key the schema takes: 10,000 years, all but the plan period's 3 empty and outside it.
    for (let year = 0; year < 10000; year++)
      if (year < 2022 || year > 2024) schedule[String(year).padStart(4, '0')] = '';
    const update = { ...newItem(), ...item, id: item.id, baseRevision: item.revision, schedule };
    expect(refusedFields(env, 'saveItem', [update])).toEqual(['schedule']);
  });
});
