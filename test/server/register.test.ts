// The register through the built bundle: set-up, round trips, concurrency, permissions, untrusted text, bad input.
import fc from 'fast-check';
import type { Environment } from '../../emulator';
import type { ItemDetail, ItemListResult, RecordProgressResult } from '../../src/domain/api';
import type { Item, ProgressInput } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { growRegister, ok, PLAN_OFFICE, progressReport, setUpEnvironment } from '../support/register';

const DEPT_USER = 'tanaka@city.gyoda.example.jp';

function item(env: Environment, id: string, user = PLAN_OFFICE): Item {
  return ok<ItemDetail>(env.scriptRun('getItem', [id, null], { user })).item;
}

function progress(env: Environment, id: string, patch: Partial<ProgressInput> = {}): ProgressInput {
  return progressReport(id, `req-${id}-${Math.random().toString(36).slice(2, 10)}`, item(env, id).revision, {
    progress: 40,
    grade: 'B',
    indicatorActual: 12,
    savingsActual: { cut: 1500, revenue: null },
    activity: '電子申請の対象手続を拡大した',
    ...patch,
  });
}

function itemInput(patch: Record<string, unknown> = {}) {
  return {
    pillarNo: 1,
    reformNo: 2,
    title: '窓口のオンライン予約',
    description: '予約システムを導入する',
    department: 'デジタル推進課',
    relatedDepartments: ['企画政策課'],
    schedule: { '2022': '検討', '2023': '導入', '2024': '運用' },
    indicator: { name: 'オンライン予約件数', unit: '件', baseline: 0, target: 1200 },
    savingsPlan: { cut: 3000, revenue: null },
    ...patch,
  };
}

const registerRows = (env: Environment) => env.spreadsheet.values(SHEETS.register);
const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history).slice(1);

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
      ['取組ID', '最終報告回', '最終送信ID', '更新日時', '更新者', '版'].sort(),
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
});

describe('items and progress', () => {
  it('create an item with the next free ID, never reusing a deleted one; edits bump the revision', () => {
    const env = setUpEnvironment();
    const created = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput()])).item;
    expect(created).toMatchObject({
      id: '1-2-04',
      revision: 1,
      status: '未着手',
      progress: 0,
      title: '窓口のオンライン予約',
    });
    // A user deletes the new row by hand: its ID stays in the history and is never issued again.
    env.spreadsheet.deleteRows(SHEETS.register, registerRows(env).findIndex((r) => r[0] === '1-2-04') + 1, 1);
    const next = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput()])).item;
    expect(next.id).toBe('1-2-05');
    const edited = ok<{ item: Item }>(
      env.scriptRun('saveItem', [
        itemInput({ id: '1-2-05', baseRevision: 1, title: '窓口予約のオンライン化' }),
      ]),
    ).item;
    expect(edited).toMatchObject({ revision: 2, title: '窓口予約のオンライン化' });
    expect(item(env, '1-2-05')).toMatchObject({
      title: '窓口予約のオンライン化',
      schedule: { '2022': '検討', '2023': '導入', '2024': '運用' },
      indicator: { name: 'オンライン予約件数', unit: '件', baseline: 0, target: 1200 },
      savingsPlan: { cut: 3000, revenue: null },
      relatedDepartments: ['企画政策課'],
    });
  });

  it('record progress as one history row plus the item row, shown as reported in its round', () => {
    const env = setUpEnvironment();
    const result = ok<RecordProgressResult>(env.scriptRun('recordProgress', [progress(env, '1-1-02')]));
    expect(result).toMatchObject({
      duplicate: false,
      item: { status: '実施中', progress: 40, grade: 'B', lastRoundId: 'R4-H1', revision: 2 },
    });
    expect(result.nextItemId).toBe('1-1-01');
    expect(historyRows(env)).toHaveLength(21);
    expect(historyRows(env)[20]?.slice(2, 10)).toEqual([
      '進捗報告',
      expect.any(String),
      '1-1-02',
      2,
      'R4-H1',
      '実施中',
      40,
      'B',
    ]);
    const list = ok<ItemListResult>(env.scriptRun('listItems', [{ notReportedOnly: true }]));
    expect(list.items.map((i) => i.id)).not.toContain('1-1-02');
    expect(list.items).toHaveLength(19);
    const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-02', 'R4-H1']));
    expect(detail.current?.activity).toBe('電子申請の対象手続を拡大した');
  });

  it('a retried request never makes a second history row', () => {
    const env = setUpEnvironment();
    const input = progress(env, '3-5-01');
    ok(env.scriptRun('recordProgress', [input]));
    const retry = ok<RecordProgressResult>(env.scriptRun('recordProgress', [input]));
    expect(retry.duplicate).toBe(true);
    expect(historyRows(env).filter((r) => r[3] === input.requestId)).toHaveLength(1);
    expect(item(env, '3-5-01').revision).toBe(2);
  });

  it('a save based on a stale revision is refused with who changed it and when, and writes nothing', () => {
    const env = setUpEnvironment();
    const first = progress(env, '4-7-01');
    const second = { ...progress(env, '4-7-01'), progress: 60 };
    ok(env.scriptRun('recordProgress', [first], { user: 'sato@city.gyoda.example.jp' }));
    const before = JSON.stringify(env.toJSON().spreadsheet);
    const refused = env.scriptRun('recordProgress', [second]) as {
      ok: false;
      error: { code: string; message: string; stale: { updatedBy: string; changes: { path: string }[] } };
    };
    expect(refused.error.code).toBe('stale');
    expect(refused.error.message).toContain('sato@city.gyoda.example.jp');
    expect(refused.error.stale.updatedBy).toBe('sato@city.gyoda.example.jp');
    expect(refused.error.stale.changes.map((c) => c.path)).toContain('progress');
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });

  it("department staff may save only their own department's items", () => {
    const env = setUpEnvironment();
    const master = env.spreadsheet.values(SHEETS.master);
    const deptRow = master.findIndex((r) => r[10] === 'デジタル推進課') + 1;
    env.spreadsheet.edit(SHEETS.master, deptRow, 12, [[DEPT_USER]]);
    env.spreadsheet.edit(SHEETS.master, 7, 2, [[PLAN_OFFICE]]);
    const own = ok<RecordProgressResult>(
      env.scriptRun('recordProgress', [progress(env, '1-1-01')], { user: DEPT_USER }),
    );
    expect(own.item.updatedBy).toBe(DEPT_USER);
    const other = env.scriptRun('recordProgress', [progress(env, '2-3-01')], { user: DEPT_USER }) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(other.error.code).toBe('forbidden');
    expect(other.error.message).toContain('権限がありません');
    const list = ok<ItemListResult>(env.scriptRun('listItems', [{}], { user: DEPT_USER }));
    expect(list.items.filter((i) => i.editable).every((i) => i.department === 'デジタル推進課')).toBe(true);
    expect(ok<ItemListResult>(env.scriptRun('listItems', [{}])).items.every((i) => i.editable)).toBe(true);
  });

  it('formula-like text is stored as text and reads back unchanged', () => {
    const env = setUpEnvironment();
    const texts = ['=IMPORTXML("http://x","//a")', '+81 3 1234', '-削減', '@here', "'quoted"];
    for (const [i, text] of texts.entries()) {
      const id = ['1-1-01', '1-1-02', '1-1-03', '1-2-01', '1-2-02'][i] as string;
      ok(
        env.scriptRun('recordProgress', [
          progress(env, id, { activity: text, issues: text, nextSteps: text }),
        ]),
      );
      expect(item(env, id)).toMatchObject({ activity: text, issues: text, nextSteps: text });
    }
    ok(env.scriptRun('saveItem', [itemInput({ title: '=1+1', description: '@x' })]));
    expect(env.spreadsheet.formulas()).toEqual([]);
  });

  it('rows sorted, deleted or inserted by hand between read and write still hit the right item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('sort', 'insert', 'reverse', 'delete'), { maxLength: 4 }),
        fc.integer({ min: 0, max: 19 }),
        (edits, pick) => {
          const env = setUpEnvironment();
          const ids = registerRows(env)
            .slice(1)
            .map((r) => r[0] as string);
          const target = ids[pick] as string;
          const input = progress(env, target, { activity: `target ${target}` });
          for (const edit of edits) {
            if (edit === 'sort')
              env.spreadsheet.reorderRows(SHEETS.register, 2, (a, b) =>
                String(a[3]?.value).localeCompare(String(b[3]?.value)),
              );
            if (edit === 'reverse') env.spreadsheet.reorderRows(SHEETS.register, 2, () => 1);
            if (edit === 'insert') env.spreadsheet.insertRows(SHEETS.register, 3, 2);
            if (edit === 'delete') {
              const victim = registerRows(env).findIndex((r, i) => i > 0 && r[0] !== target && r[0] !== '');
              env.spreadsheet.deleteRows(SHEETS.register, victim + 1, 1);
            }
          }
          ok(env.scriptRun('recordProgress', [input]));
          const rows = registerRows(env)
            .slice(1)
            .filter((r) => r[0] !== '');
          const header = registerRows(env)[0] as string[];
          const activity = header.indexOf('取組状況');
          for (const row of rows) expect(row[activity]).toBe(row[0] === target ? `target ${target}` : '');
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['progress out of range', { progress: 140 }, '進捗率'],
    ['a text progress', { progress: '半分' }, '進捗率'],
    ['an unknown status', { status: '完了予定' }, '進捗状況'],
    ['a late grade without 課題', { grade: 'C' }, '課題'],
    ['完了 below 100 %', { status: '完了', progress: 80 }, '進捗率'],
    ['negative savings', { savingsActual: { cut: -5, revenue: null } }, '効果額実績'],
    ['a missing request ID', { requestId: undefined }, '送信ID'],
    ['control characters', { activity: 'a\u0000b' }, '取組状況'],
    ['an unknown round', { roundId: 'R9-H9' }, '報告回'],
  ];

  it.each(cases)(
    '%s gets a Japanese message naming the field and leaves the register unchanged',
    (_name, patch, label) => {
      const env = setUpEnvironment();
      const input = { ...progress(env, '1-1-01'), ...patch };
      const before = JSON.stringify(env.toJSON().spreadsheet);
      const result = env.scriptRun('recordProgress', [JSON.parse(JSON.stringify(input))]) as {
        ok: false;
        error: { code: string; fields: { message: string }[] };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('invalid');
      expect(result.error.fields.some((f) => f.message.includes(label))).toBe(true);
      expect(result.error.fields.every((f) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(f.message))).toBe(true);
      expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
    },
  );

  it('a reform outside its pillar and an unknown department are refused for items', () => {
    const env = setUpEnvironment();
    const result = env.scriptRun('saveItem', [
      itemInput({ pillarNo: 2, reformNo: 1, department: '存在しない課' }),
    ]) as {
      ok: false;
      error: { fields: { path: string; message: string }[] };
    };
    expect(result.error.fields.map((f) => f.path).sort()).toEqual(['department', 'reformNo']);
    expect(result.error.fields.find((f) => f.path === 'reformNo')?.message).toBe(
      '改革: 改革1は柱2に属していません',
    );
  });
});

describe('service calls do not grow with the number of items', () => {
  function callsAt(total: number) {
    const env = setUpEnvironment();
    growRegister(env, total);
    const measure = (run: () => unknown) => {
      env.calls.reset();
      ok(run());
      return env.calls.snapshot().total;
    };
    const list = measure(() => env.scriptRun('listItems', [{}]));
    const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
    const save = measure(() =>
      env.scriptRun('saveItem', [
        itemInput({ id: '1-1-01', pillarNo: 1, reformNo: 1, baseRevision: detail.item.revision }),
      ]),
    );
    const input = progress(env, '1-1-02');
    const report = measure(() => env.scriptRun('recordProgress', [input]));
    return { list, save, report };
  }

  it('list, save and record progress cost the same at 20 and 1,000 items', () => {
    const small = callsAt(20);
    const large = callsAt(1000);
    expect(large).toEqual(small);
    // 15 before the tamper-evident history, + 4 for it: the chain head (getLastRow, getRange, getValues of the two
    // chain columns) and the new row's digest (Utilities.computeDigest).
    expect(small.report).toBeLessThanOrEqual(19);
  });
});
