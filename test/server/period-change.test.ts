// A plan period changed in マスタ, then set-up/repair, through the built bundle: the new 年度 columns go beside the
// others (never after the system columns), a year that left the period takes its column away and its values into
// the history (one entry per item, its plan before kept), and nothing else about the rows changes.
import type { Environment } from '../../emulator';
import { itemInput } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import type { HistoryCheck, ItemDetail, SetupResult, ValidationReport } from '../../src/domain/api';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { SHEETS } from '../../src/domain/sheet-names';
import { item, registerRows } from '../support/items';
import { contentHash } from '../support/server-functions';

function setPeriod(env: Environment, start: number, end: number): void {
  const column = MASTER_BLOCKS.settings.column;
  const rows = env.spreadsheet.values(SHEETS.master);
  const row = (label: string) => rows.findIndex((r) => r[column - 1] === label) + 1;
  env.spreadsheet.edit(SHEETS.master, row('計画開始年度'), column + 1, [[start]]);
  env.spreadsheet.edit(SHEETS.master, row('計画終了年度'), column + 1, [[end]]);
}

/** 1-1-01's 年度計画 saved through the item sidebar's save, as it stands now. */
function planOneOneOne(env: Environment, schedule: Record<string, string>): void {
  const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
  ok(
    env.scriptRun('saveItem', [
      itemInput({
        id: '1-1-01',
        pillarNo: 1,
        reformNo: 1,
        department: 'デジタル推進課',
        baseRevision: detail.item.revision,
        schedule,
      }),
    ]),
  );
}

/** The 1-1-01 plan typed through the item sidebar's save: one value per year of 令和4〜6年度. */
const planned = (env: Environment) => planOneOneOne(env, { '2022': '導入', '2023': '拡大', '2024': '運用' });

const header = (env: Environment) => registerRows(env)[0] as string[];
const historyLast = (env: Environment) => {
  const rows = env.spreadsheet.values(SHEETS.history);
  const head = rows[0] as string[];
  const last = rows[rows.length - 1] as unknown[];
  return (name: string) => last[head.indexOf(name)];
};

const yearColumns = (reiwa: number, suffix: string) => [`令和${reiwa}年度${suffix}`];
const targetColumns = (reiwa: number) => [
  `令和${reiwa}年度目標値`,
  `令和${reiwa}年度効果額目標_歳出削減(千円)`,
  `令和${reiwa}年度効果額目標_歳入確保(千円)`,
];

describe('changing the plan period', () => {
  it('令和4〜6 → 令和5〜8: columns added beside the others, 令和4年度 moved into the history', () => {
    const env = setUpEnvironment();
    planned(env);
    // A city's own column after the system columns, and a hand edit on the moved item elsewhere in its row.
    const width = header(env).length;
    env.spreadsheet.edit(SHEETS.register, 1, width + 1, [['備考']]);
    const row = registerRows(env).findIndex((r) => r[0] === '1-1-01') + 1;
    env.spreadsheet.edit(SHEETS.register, row, header(env).indexOf('取組内容') + 1, [['手で書いた内容']]);
    const revisionBefore = item(env, '1-1-01').revision;
    const untouched = item(env, '1-1-02').revision;
    const historyBefore = env.spreadsheet.values(SHEETS.history).length;

    setPeriod(env, 2023, 2026);
    const result = ok<SetupResult>(env.scriptRun('setupRegister', [null]));
    expect(result.periodChange).toEqual({
      // Each year's 年度計画 and its yearly targets (目標値, 効果額目標 歳出削減 / 歳入確保) come and go together.
      added: [...yearColumns(7, '計画'), ...yearColumns(8, '計画'), ...targetColumns(7), ...targetColumns(8)],
      removed: [...yearColumns(4, '計画'), ...targetColumns(4)],
      itemsMoved: 1,
    });

    const after = header(env);
    const years = after.filter((h) => h.endsWith('年度計画'));
    expect(years).toEqual(['令和5年度計画', '令和6年度計画', '令和7年度計画', '令和8年度計画']);
    const first = after.indexOf('令和5年度計画');
    expect(after.slice(first - 1, first + 5)).toEqual(['関係課', ...years, '指標']);
    expect(after.slice(-2)).toEqual(['記録値', '備考']);
    // The new years' targets go as groups after 令和6年度's, not after the system columns.
    const targetsFrom = after.indexOf('令和5年度目標値');
    expect(after.slice(targetsFrom, targetsFrom + 12)).toEqual([5, 6, 7, 8].flatMap(targetColumns));

    const moved = item(env, '1-1-01');
    expect(moved.schedule).toEqual({ '2023': '拡大', '2024': '運用', '2025': '', '2026': '' });
    expect(moved.revision).toBe(revisionBefore + 1);
    expect(item(env, '1-1-02').revision).toBe(untouched);
    expect(env.spreadsheet.values(SHEETS.history)).toHaveLength(historyBefore + 1);
    const entry = historyLast(env);
    expect(entry('取組ID')).toBe('1-1-01');
    expect(entry('種別')).toBe('編集');
    expect(entry('変更内容')).toBe(
      '計画期間の変更（令和4〜6年度→令和5〜8年度）: 令和4年度計画「導入」を台帳から履歴へ移しました',
    );
    expect(JSON.parse(String(entry('変更前の計画'))).schedule).toEqual({
      '2022': '導入',
      '2023': '拡大',
      '2024': '運用',
    });
    expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).toEqual([]);

    // The hand edit is still one, and only it: the move adopted nothing unseen.
    const report = ok<ValidationReport>(env.scriptRun('validateRegister', [null]));
    const handEdits = report.problems.filter((p) => p.rule === 'hand-edit');
    expect(handEdits.map((p) => [p.itemId, p.column])).toEqual([['1-1-01', '取組内容']]);
  });

  it('a repair after the change changes nothing more, and the moved item saves on its new revision', () => {
    const env = setUpEnvironment();
    planned(env);
    setPeriod(env, 2023, 2026);
    ok(env.scriptRun('setupRegister', [null]));
    const before = contentHash(env);
    const again = ok<SetupResult>(env.scriptRun('setupRegister', [null]));
    expect(again.periodChange).toBeNull();
    expect(again.repaired).toEqual([]);
    expect(contentHash(env)).toBe(before);
    planOneOneOne(env, { '2023': '拡大', '2024': '運用', '2025': '評価', '2026': '' });
    expect(item(env, '1-1-01').schedule['2025']).toBe('評価');
  });

  it('moving the period earlier (令和3〜5) inserts 令和3年度 before the others and moves 令和6年度 out', () => {
    const env = setUpEnvironment();
    planned(env);
    setPeriod(env, 2021, 2023);
    const historyBefore = env.spreadsheet.values(SHEETS.history).length;
    // From the menu, as the plan office repairs: the alert says what moved.
    env.run('menuSetup', [], { authMode: 'FULL' });
    expect(env.services.ui.alerts.at(-1)?.prompt).toContain(
      `年度の列を追加しました: ${['令和3年度計画', ...targetColumns(3)].join('、')}。計画期間から外れた年度の列を削除しました: ${['令和6年度計画', ...targetColumns(6)].join('、')}（値のあった取組 1件は、その値を履歴に記録しました）。`,
    );
    expect(env.spreadsheet.values(SHEETS.history)).toHaveLength(historyBefore + 1);
    const after = header(env);
    const first = after.indexOf('令和3年度計画');
    expect(after.slice(first - 1, first + 4)).toEqual([
      '関係課',
      '令和3年度計画',
      '令和4年度計画',
      '令和5年度計画',
      '指標',
    ]);
    expect(item(env, '1-1-01').schedule).toEqual({ '2021': '', '2022': '導入', '2023': '拡大' });
    expect(historyLast(env)('変更内容')).toContain('令和6年度計画「運用」を台帳から履歴へ移しました');
  });
});

it('a value in a leaving column on a row without an item ID is refused by its cell, and the columns stay', () => {
  const env = setUpEnvironment();
  const rows = registerRows(env);
  const at = header(env).indexOf('令和4年度計画');
  env.spreadsheet.edit(SHEETS.register, rows.length + 1, at + 1, [['手で足した行']]);
  setPeriod(env, 2023, 2026);
  const before = JSON.stringify(env.spreadsheet.values(SHEETS.register));
  const historyBefore = JSON.stringify(env.spreadsheet.values(SHEETS.history));
  const result = env.scriptRun('setupRegister', [null]) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
  expect(result.ok).toBe(false);
  expect(result.error?.message).toContain(`台帳!${columnLetter(at + 1)}${rows.length + 1}`);
  expect(JSON.stringify(env.spreadsheet.values(SHEETS.register))).toBe(before);
  expect(JSON.stringify(env.spreadsheet.values(SHEETS.history))).toBe(historyBefore);
});
