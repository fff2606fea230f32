// 取り込み through the built bundle: an Excel register pasted into a sheet becomes items with new IDs and one history
// entry each, all or nothing; a retry or a second run takes nothing twice; only the plan office may; text stays text;
// the calls do not grow with the number of rows.
import { Environment } from '../../emulator';
import { DEPT_A, DIST, ok, PLAN_OFFICE, START, setUpEnvironment } from '../../harness/register';
import type {
  ApiResult,
  HistoryCheck,
  ImportPreview,
  ImportResult,
  ItemDetail,
  ValidationReport,
} from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import {
  HEADER_ROW,
  pasteSource,
  SOURCE,
  SOURCE_HEADERS,
  SUGGESTED_MAPPING,
  sourceRow,
} from '../support/import-source';
import { newPlan } from '../support/new-plan';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

const preview = (env: Environment, mapping: string[] | null = null, user = PLAN_OFFICE) =>
  env.scriptRun('previewImport', [SOURCE, mapping], { user }) as ApiResult<ImportPreview>;
const importRun = (env: Environment, requestId: string, mapping: string[], user = PLAN_OFFICE) =>
  env.scriptRun('importRegister', [{ sheetName: SOURCE, mapping, requestId }], {
    user,
  }) as ApiResult<ImportResult>;
const suggested = (env: Environment) => ok<ImportPreview>(preview(env)).columns.map((c) => c.field);

const registerRows = (env: Environment) => env.spreadsheet.values(SHEETS.register).slice(1);
const header = (env: Environment) => env.spreadsheet.values(SHEETS.register)[0] as string[];
const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history).slice(1);
const rowOf = (env: Environment, id: string) => {
  const at = header(env).indexOf('取組ID');
  return registerRows(env).find((r) => r[at] === id) as unknown[];
};
const cellOf = (env: Environment, id: string, column: string) => rowOf(env, id)[header(env).indexOf(column)];

describe('the suggested mapping', () => {
  it('finds the header row below a title and maps Japanese synonyms to the register fields', () => {
    const env = setUpEnvironment();
    pasteSource(env, 3);
    const answer = ok<ImportPreview>(preview(env));
    expect(answer.headerRow).toBe(HEADER_ROW);
    expect(Object.fromEntries(answer.columns.map((c) => [c.header, c.field]))).toEqual({
      'No.': '',
      柱番号: 'pillarNo',
      改革名: 'reformNo',
      取組名: 'title',
      取組概要: 'description',
      所管課: 'department',
      成果指標: 'indicator.name',
      単位: 'indicator.unit',
      現状値: 'indicator.baseline',
      目標値: 'indicator.target',
      歳出削減額: 'savingsPlan.cut',
      令和５年度: 'schedule.2023',
    });
    expect(answer.columns.map((c) => c.field)).toEqual([...SUGGESTED_MAPPING]);
    expect(answer.mappingProblems).toEqual([]);
    expect(answer).toMatchObject({ rowCount: 3, takeable: 3, refusedCount: 0 });
    expect(answer.preview[0]).toMatchObject({
      row: 4,
      id: '1-1-04',
      pillarNo: 1,
      reformNo: 1,
      title: '取込の取組 1',
    });
  });

  it('a mapping without a required field names it, and judges no row', () => {
    const env = setUpEnvironment();
    pasteSource(env, 3);
    const mapping = suggested(env).map((f) => (f === 'department' ? '' : f));
    const answer = ok<ImportPreview>(preview(env, mapping));
    expect(answer.mappingProblems.join('')).toContain('担当課');
    expect(answer.takeable).toBe(0);
  });
});

describe('importRegister', () => {
  it('20 rows with synonyms and full-width numbers become 20 items, one history entry each, and the register validates clean', () => {
    const env = setUpEnvironment();
    pasteSource(env, 20);
    const itemsBefore = registerRows(env).length;
    const historyBefore = historyRows(env).length;
    const result = ok<ImportResult>(importRun(env, 'import-twenty-0001', suggested(env)));
    expect(result).toMatchObject({ imported: 20, duplicate: false });
    expect(new Set(result.ids).size).toBe(20);
    expect(registerRows(env)).toHaveLength(itemsBefore + 20);
    const entries = historyRows(env).slice(historyBefore);
    expect(entries).toHaveLength(20);
    const idAt = (env.spreadsheet.values(SHEETS.history)[0] as string[]).indexOf('取組ID');
    expect(entries.map((e) => e[idAt]).sort()).toEqual([...result.ids].sort());
    // Full-width digits and separators read as the numbers they are: ２０,０００ is 20000 千円.
    const twentieth = result.ids[19] as string;
    expect(cellOf(env, twentieth, '効果額見込_歳出削減(千円)')).toBe(20000);
    expect(cellOf(env, twentieth, '目標値')).toBe(1200);
    expect(cellOf(env, twentieth, '令和5年度計画')).toBe('実施');
    // The register brought in is the plan as first made: graded in every round, not added mid-plan.
    const item = ok<ItemDetail>(env.scriptRun('getItem', [twentieth, null])).item;
    expect({ addedRoundId: item.addedRoundId, revision: item.revision, status: item.status }).toEqual({
      addedRoundId: '',
      revision: 1,
      status: '未着手',
    });
    const report = ok<ValidationReport>(env.scriptRun('validateRegister', [null]));
    expect({ errors: report.errorCount, handEdits: report.handEditRows }).toEqual({
      errors: 0,
      handEdits: 0,
    });
    expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).toEqual([]);
  });

  it('new items get IDs after the existing ones and sit under their 改革, as saveItem places them', () => {
    const env = setUpEnvironment();
    pasteSource(env, 6);
    const result = ok<ImportResult>(importRun(env, 'import-placed-0001', suggested(env)));
    // The sample has 1-1-01…03, 2-3-01…02 and 4-7-01…03: the rows continue each 改革's sequence.
    expect(result.ids).toEqual(['1-1-04', '2-3-03', '4-7-04', '1-1-05', '2-3-04', '4-7-05']);
    const ids = registerRows(env).map((r) => String(r[header(env).indexOf('取組ID')]));
    const reformOf = (id: string) => id.split('-').slice(0, 2).join('-');
    // Every 改革's rows stand together, in plan order.
    const runs = ids
      .filter((id, i) => i === 0 || reformOf(id) !== reformOf(ids[i - 1] as string))
      .map(reformOf);
    expect(new Set(runs).size).toBe(runs.length);
    expect(ids.indexOf('1-1-05')).toBe(ids.indexOf('1-1-04') + 1);
    expect(ids.indexOf('1-1-04')).toBe(ids.indexOf('1-1-03') + 1);
  });

  it('a source with two bad rows writes nothing and names both rows with their cells and reasons', () => {
    const env = setUpEnvironment();
    const rows = Array.from({ length: 6 }, (_, n) => sourceRow(n));
    (rows[1] as string[])[5] = '存在しない課';
    (rows[4] as string[])[8] = '多い';
    pasteSource(env, rows);
    const mapping = suggested(env);
    const shown = ok<ImportPreview>(preview(env, mapping));
    expect(shown.refused.map((r) => r.row)).toEqual([5, 8]);
    expect(shown.takeable).toBe(4);
    const before = stateHash(env);
    const result = importRun(env, 'import-badrows-01', mapping);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = (result.error.fields ?? []).map((f) => f.message);
    expect(result.error.message).toContain('2行');
    expect(messages).toEqual([
      expect.stringMatching(/^取込元!F5「存在しない課」: 担当課/),
      expect.stringMatching(/^取込元!I8「多い」: 基準値: 数値として読めません/),
    ]);
    expect(stateHash(env)).toBe(before);
  });

  it('a failure part-way through the writes takes back every one of them', () => {
    const env = setUpEnvironment();
    pasteSource(env, 6);
    const mapping = suggested(env);
    const register = JSON.stringify(env.spreadsheet.values(SHEETS.register));
    const history = JSON.stringify(env.spreadsheet.values(SHEETS.history));
    // The writes: per 改革 block, rows inserted, dropdowns, formats, values; then 履歴's rows and its chain head.
    for (const n of [2, 5, 9]) {
      env.spreadsheet.failWriteAt(n);
      const result = importRun(env, `import-fail-${n}-0001`, mapping);
      expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
      expect(JSON.stringify(env.spreadsheet.values(SHEETS.register))).toBe(register);
      expect(JSON.stringify(env.spreadsheet.values(SHEETS.history))).toBe(history);
    }
    // And the import then goes through whole.
    expect(ok<ImportResult>(importRun(env, 'import-fail-after-01', mapping)).imported).toBe(6);
  });

  it('the same request sent twice makes one set and answers the first import again', () => {
    const env = setUpEnvironment();
    pasteSource(env, 5);
    const mapping = suggested(env);
    const first = ok<ImportResult>(importRun(env, 'import-retry-0001', mapping));
    const rows = registerRows(env).length;
    const entries = historyRows(env).length;
    const again = ok<ImportResult>(importRun(env, 'import-retry-0001', mapping));
    expect(again).toEqual({ ...first, duplicate: true });
    expect(registerRows(env)).toHaveLength(rows);
    expect(historyRows(env)).toHaveLength(entries);
  });

  it('a second run of the same source with a new request ID takes nothing and names the rows already imported', () => {
    const env = setUpEnvironment();
    pasteSource(env, 4);
    const mapping = suggested(env);
    const first = ok<ImportResult>(importRun(env, 'import-twice-0001', mapping));
    const before = stateHash(env);
    const second = importRun(env, 'import-twice-0002', mapping);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    const messages = (second.error.fields ?? []).map((f) => f.message);
    expect(messages).toEqual(
      first.ids.map((id, n) => `${SOURCE}!${HEADER_ROW + 1 + n}行目: 取り込み済みです（取組ID ${id}）`),
    );
    expect(stateHash(env)).toBe(before);
    // The preview says so before anyone presses 取り込み.
    expect(ok<ImportPreview>(preview(env, mapping)).refusedCount).toBe(4);
  });

  it('formula-looking text stays text in the register, and no formula is written', () => {
    const env = setUpEnvironment();
    const row = sourceRow(0);
    // Text in the source (an Excel file imported as text keeps it so; a paste types it with its apostrophe).
    row[3] = `'=IMPORTXML("http://x","//a")`;
    row[4] = `'+1+2`;
    pasteSource(env, [row]);
    const formulasBefore = env.spreadsheet.formulas().length;
    const [id] = ok<ImportResult>(importRun(env, 'import-formula-01', suggested(env))).ids;
    expect(cellOf(env, id as string, '取組項目')).toBe('=IMPORTXML("http://x","//a")');
    expect(cellOf(env, id as string, '取組内容')).toBe('+1+2');
    expect(env.spreadsheet.formulas()).toHaveLength(formulasBefore);
  });
});

describe('a new city from its Excel register', () => {
  it('a new plan’s empty register is filled in the plan’s order, and the history holds one sealed entry per item', () => {
    const env = Environment.create({ distDir: DIST, now: START, user: PLAN_OFFICE });
    ok(env.scriptRun('setupRegister', [newPlan()]));
    const plan = newPlan();
    // The city's rows in its own order (the 12th 改革 first), its 改革 by name and 年度 in 和暦.
    const rows = [...plan.reforms].reverse().map((reform, n) => {
      const row = sourceRow(n, [1]);
      row[1] = String(reform.pillarNo);
      row[2] = reform.name;
      row[5] = plan.departments[n % 2] as string;
      return row;
    });
    pasteSource(
      env,
      rows,
      SOURCE,
      SOURCE_HEADERS.map((h) => (h === '令和５年度' ? '令和7年度' : h)),
    );
    const mapping = suggested(env);
    expect(mapping.at(-1)).toBe('schedule.2025');
    const result = ok<ImportResult>(importRun(env, 'import-new-city-01', mapping));
    expect(result.ids).toEqual(plan.reforms.map((r) => `${r.pillarNo}-${r.no}-01`).reverse());
    const ids = registerRows(env).map((r) => r[header(env).indexOf('取組ID')]);
    expect(ids).toEqual(plan.reforms.map((r) => `${r.pillarNo}-${r.no}-01`));
    expect(historyRows(env)).toHaveLength(12);
    expect(ok<ValidationReport>(env.scriptRun('validateRegister', [null])).errorCount).toBe(0);
    expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).toEqual([]);
  });
});

describe('who may import', () => {
  it('a department member and an outsider are refused every 取り込み call in Japanese, and nothing changes', () => {
    const env = setUpEnvironment();
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { [DEPT_A.department]: [DEPT_A.user] } });
    pasteSource(env, 3);
    const mapping = suggested(env);
    for (const user of [DEPT_A.user, 'someone@elsewhere.example.com']) {
      const before = stateHash(env);
      const answers = [
        env.scriptRun('startImportSidebar', [], { user }),
        preview(env, mapping, user),
        importRun(env, 'import-forbidden-1', mapping, user),
      ] as ApiResult<unknown>[];
      for (const answer of answers) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        if (!answer.ok) expect(answer.error.message).toContain('行革担当');
      }
      expect(stateHash(env)).toBe(before);
    }
  });

  it('the start lists the sheets an import may read: not the add-on’s own', () => {
    const env = setUpEnvironment();
    pasteSource(env, 1);
    const { sources } = ok<{ sources: string[] }>(env.scriptRun('startImportSidebar', []));
    expect(sources).toContain(SOURCE);
    expect(sources.filter((name) => (Object.values(SHEETS) as string[]).includes(name))).toEqual([]);
    const own = importRun(env, 'import-own-sheet-1', []);
    expect(own.ok).toBe(false);
    const register = env.scriptRun('previewImport', [SHEETS.register, null]) as ApiResult<unknown>;
    expect(register).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('取り込めません') },
    });
  });
});

describe('service calls do not grow with the number of rows', () => {
  const costAt = (count: number) => {
    const env = setUpEnvironment();
    pasteSource(env, count);
    const mapping = suggested(env);
    env.calls.reset();
    ok(preview(env, mapping));
    const previewCalls = env.calls.snapshot().total;
    env.calls.reset();
    ok(importRun(env, `import-cost-${count}-0001`, mapping));
    const { 'Utilities.computeDigest': digests, ...calls } = env.calls.snapshot().byMethod;
    return { preview: previewCalls, import: calls, digests };
  };

  it('preview and import make the same service calls at 6 and 60 rows; only the chain digests one per history row', () => {
    const small = costAt(6);
    const large = costAt(60);
    expect(large.preview).toBe(small.preview);
    expect(large.import).toEqual(small.import);
    // The tamper-evident chain seals each history row with its own SHA-256 (computed in the script, no round trip
    // to the spreadsheet): one per imported item, as saveItem's one entry has one.
    expect({ small: small.digests, large: large.digests }).toEqual({ small: 6, large: 60 });
  });
});

it('the menu item 既存台帳の取り込み opens the 取り込み sidebar', () => {
  const env = setUpEnvironment();
  env.run('onOpen', [{ authMode: 'FULL' }]);
  const item = env.services.ui.addonMenu.find((i) => i.caption === '既存台帳の取り込み');
  env.run(item?.functionName ?? 'no menu item', []);
  expect(env.services.ui.sidebars.map((s) => [s.title, s.file])).toEqual([['既存台帳の取り込み', 'import']]);
});
