// Rule by rule: each rule of the one rule set, through the forms' checks and through a register row, with
// the exact Japanese message, the column and the severity.
import { registerColumns } from '../../src/domain/columns';
import { type CellValue, columnIndex, encodeRow } from '../../src/domain/row-codec';
import { duplicateIdProblems, extraYearColumns, rowProblems } from '../../src/domain/row-problems';
import { checkItemInput, checkProgressInput } from '../../src/domain/rules';
import type { ItemInput, ProgressInput } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';

const master = SEED_MASTER;
const columns = registerColumns(master.period);
const header = [...columns.map((c) => c.header), '令和7年度計画', 'メモ'];
const { index } = columnIndex(header, columns);
const good = {
  ...seedItems('2026-11-25T10:00:00+09:00', 'a@example.jp')[0]!,
  indicator: {
    name: '電子申請件数',
    unit: '件',
    baseline: 10,
    target: 100,
  },
};

/** The seed's first item as a row, with the named cells replaced. */
function row(patch: Record<string, CellValue>): CellValue[] {
  const cells = encodeRow(good, columns, index, Array<CellValue>(header.length).fill(''));
  for (const [name, value] of Object.entries(patch)) cells[header.indexOf(name)] = value;
  return cells;
}

const problemsOf = (patch: Record<string, CellValue>) =>
  rowProblems(row(patch), 5, columns, index, master, extraYearColumns(header, master)).map((p) => ({
    column: p.column,
    severity: p.severity,
    message: p.message,
  }));

const error = (column: string, message: string) => ({ column, severity: 'error', message });

describe('register rows: one rule at a time', () => {
  it('a good row has no problem', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it.each([
    ['取組項目', '取組項目: 入力してください'],
    ['担当課', '担当課: 選択してください'],
    ['進捗状況', '進捗状況: 選択してください'],
    ['柱', '柱: 選択してください'],
  ])('required: %s left empty', (column, message) => {
    const found = problemsOf({ [column]: '' });
    expect(found).toContainEqual(error(column, message));
  });

  it('numbers where numbers belong', () => {
    expect(problemsOf({ 基準値: '十件' })).toEqual([error('基準値', '基準値: 数値で入力してください')]);
    expect(problemsOf({ '進捗率(%)': '半分' })).toEqual([
      error('進捗率(%)', '進捗率(%): 数値で入力してください'),
    ]);
    expect(problemsOf({ 柱: 'いち' })).toContainEqual(error('柱', '柱: 数値で入力してください'));
    expect(problemsOf({ '効果額見込_歳出削減(千円)': '1,200' })).toEqual([]);
  });

  it('money is ≥ 0', () => {
    expect(problemsOf({ '効果額見込_歳入確保(千円)': -1 })).toEqual([
      error('効果額見込_歳入確保(千円)', '効果額見込_歳入確保(千円): 0以上の金額（千円）を入力してください'),
    ]);
  });

  it('a year’s 効果額 actual or target may be negative (an effect that costs), typed with △ too', () => {
    expect(problemsOf({ '効果額実績_歳入確保(千円)': -1 })).toEqual([]);
    expect(problemsOf({ '令和5年度効果額目標_歳出削減(千円)': '△500' })).toEqual([]);
    expect(problemsOf({ 効果区分: '毎年' })).toEqual([
      error('効果区分', '効果区分: 「単年度」か「継続」を選んでください'),
    ]);
  });

  it('% between 0 and 100', () => {
    expect(problemsOf({ '進捗率(%)': 150 })).toEqual([
      error('進捗率(%)', '進捗率(%): 0以上100以下の数値で入力してください'),
    ]);
    expect(problemsOf({ '進捗率(%)': -1 })).toHaveLength(1);
  });

  it('values from the master lists', () => {
    expect(problemsOf({ 柱: 9, 改革: 9 })).toEqual([
      error('柱', '柱: 柱9はマスタにありません'),
      error('改革', '改革: 改革9はマスタにありません'),
    ]);
    expect(problemsOf({ 担当課: '総務部' })).toEqual([
      error('担当課', '担当課: マスタにある担当課を選んでください'),
    ]);
    expect(problemsOf({ 関係課: '財政課、秘書課' })).toEqual([
      error('関係課', '関係課: 「秘書課」はマスタにありません'),
    ]);
    expect(problemsOf({ 進捗状況: '途中' })).toEqual([
      error('進捗状況', '進捗状況: マスタにある進捗状況を選んでください'),
    ]);
    expect(problemsOf({ 評価: 'S' })).toEqual([error('評価', '評価: マスタにある評価を選んでください')]);
  });

  it('reform belongs to its pillar', () => {
    expect(problemsOf({ 改革: 3 })).toEqual([error('改革', '改革: 改革3は柱1に属していません')]);
  });

  it('完了 ⇒ 100 %, 未着手 ⇒ 0 %', () => {
    expect(problemsOf({ 進捗状況: '完了', '進捗率(%)': 80 })).toEqual([
      error('進捗率(%)', '進捗率: 「完了」の場合は100%にしてください'),
    ]);
    expect(problemsOf({ 進捗状況: '完了', '進捗率(%)': 100 })).toEqual([]);
    expect(problemsOf({ 進捗状況: '未着手', '進捗率(%)': 10 })).toEqual([
      error('進捗率(%)', '進捗率: 「未着手」の場合は0%にしてください'),
    ]);
  });

  it('late grades need 課題 and 今後の方針', () => {
    expect(problemsOf({ 評価: 'D' })).toEqual([
      error('課題', '課題: 評価がD（遅れ）の場合は入力してください'),
      error('今後の方針', '今後の方針: 評価がD（遅れ）の場合は入力してください'),
    ]);
    expect(problemsOf({ 評価: 'C', 課題: '予算不足', 今後の方針: '次年度に実施' })).toEqual([]);
    expect(problemsOf({ 評価: 'B' })).toEqual([]);
  });

  it('schedule only inside the plan period: a plan typed into a year column added by hand', () => {
    expect(problemsOf({ 令和7年度計画: '本格実施' })).toEqual([
      error('令和7年度計画', '令和7年度: 計画期間（令和4〜6年度）外の年度には計画を入力できません'),
    ]);
    expect(problemsOf({ 令和7年度計画: '' })).toEqual([]);
    expect(problemsOf({ 令和6年度計画: '本格実施', メモ: '自由記入' })).toEqual([]);
  });

  it('text length limits', () => {
    expect(problemsOf({ 取組項目: 'あ'.repeat(101) })).toEqual([
      error('取組項目', '取組項目: 100文字以内で入力してください（現在101文字）'),
    ]);
    expect(problemsOf({ 課題: 'あ'.repeat(2001) })).toEqual([
      error('課題', '課題: 2000文字以内で入力してください（現在2001文字）'),
    ]);
    expect(problemsOf({ 令和4年度計画: 'x'.repeat(51) })).toEqual([
      error('令和4年度計画', '令和4年度計画: 50文字以内で入力してください（現在51文字）'),
    ]);
    expect(problemsOf({ 取組項目: 'あ'.repeat(100) })).toEqual([]);
  });

  it('ID format, and a warning for an item without indicator', () => {
    expect(problemsOf({ 取組ID: 'A-1' })).toEqual([
      error('取組ID', '取組ID: 「柱-改革-連番」（例: 1-2-03）の形式ではありません'),
    ]);
    expect(problemsOf({ 指標: '' })).toEqual([
      { column: '指標', severity: 'warning', message: '指標: 指標が設定されていません' },
    ]);
  });

  it("a row typed by hand without an ID is reported; a row with only a city's own column is not", () => {
    expect(problemsOf({ 取組ID: '' })).toEqual([
      error('取組ID', '取組ID: 取組IDがありません（取組は項目入力フォームから追加してください）'),
    ]);
    const onlyNote = Array<CellValue>(header.length).fill('');
    onlyNote[header.indexOf('メモ')] = '合計';
    expect(rowProblems(onlyNote, 30, columns, index, master)).toEqual([]);
  });

  it('unique IDs: every row sharing an ID is reported at its ID cell', () => {
    const rows = [
      { row: 2, item: { id: '1-1-01', title: '電子申請' } },
      { row: 3, item: { id: '1-1-02', title: '施設予約' } },
      { row: 9, item: { id: '1-1-01', title: '手入力の行' } },
    ];
    expect(duplicateIdProblems(rows, index).map((p) => [p.a1, p.itemTitle, p.severity, p.message])).toEqual([
      ['A2', '電子申請', 'error', '取組ID: 「1-1-01」が複数の行にあります'],
      ['A9', '手入力の行', 'error', '取組ID: 「1-1-01」が複数の行にあります'],
    ]);
  });

  it('locates every problem at its cell', () => {
    const [p] = rowProblems(row({ 評価: 'Z' }), 7, columns, index, master);
    // Column letters past Z: AA, AB… (the yearly target columns push 評価 beyond the 26th column).
    const n = header.indexOf('評価');
    const letters =
      (n >= 26 ? String.fromCharCode(64 + Math.floor(n / 26)) : '') + String.fromCharCode(65 + (n % 26));
    expect(p?.a1).toBe(`${letters}7`);
    expect(p?.itemId).toBe('1-1-01');
    expect(p?.itemTitle).toBe('電子申請サービスの拡大');
  });
});

describe('the forms use the same rules', () => {
  const itemInput: ItemInput = {
    pillarNo: 1,
    reformNo: 3,
    title: '電子申請',
    description: '',
    department: '総務部',
    relatedDepartments: [],
    schedule: { '2025': '本格実施' },
    indicator: { name: '', unit: '', baseline: null, target: null },
    savingsPlan: { cut: null, revenue: null },
  };
  const progress: ProgressInput = {
    requestId: 'req-00000001',
    itemId: '1-1-01',
    baseRevision: 1,
    roundId: 'R9-H1',
    status: '完了',
    progress: 90,
    grade: 'C',
    indicatorActual: null,
    savingsActual: { cut: null, revenue: null },
    activity: '',
    issues: '',
    nextSteps: '',
  };

  it('item form: reform in pillar, department, schedule period', () => {
    expect(checkItemInput(itemInput, master)).toEqual([
      { path: 'reformNo', message: '改革: 改革3は柱1に属していません' },
      { path: 'department', message: '担当課: マスタにある担当課を選んでください' },
      {
        path: 'schedule.2025',
        message: '令和7年度: 計画期間（令和4〜6年度）外の年度には計画を入力できません',
      },
    ]);
  });

  it('progress form: round, 完了 ⇒ 100 %, late grade', () => {
    expect(checkProgressInput(progress, master)).toEqual([
      { path: 'roundId', message: '報告回: マスタにある報告回を選んでください' },
      { path: 'progress', message: '進捗率: 「完了」の場合は100%にしてください' },
      { path: 'issues', message: '課題: 評価がC（遅れ）の場合は入力してください' },
      { path: 'nextSteps', message: '今後の方針: 評価がC（遅れ）の場合は入力してください' },
    ]);
  });
});
