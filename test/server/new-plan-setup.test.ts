// Set-up of a new plan through the built bundle: another city's マスタ, no sample items, an empty history that seals
// its first entry, the user made 行革担当; every bad field refused by name with nothing written.
import { Environment } from '../../emulator';
import { DIST, ok, PLAN_OFFICE, START, setUpEnvironment } from '../../harness/register';
import type { ApiResult, HistoryCheck, SetupResult, SummaryView } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { historyRows, registerRows } from '../support/items';
import { newPlan, OTHER_CITY } from '../support/new-plan';
import { stateHash } from '../support/server-functions';

const emptyFile = () => Environment.create({ distDir: DIST, now: START, user: PLAN_OFFICE });

describe('set-up of a new plan', () => {
  it('writes the plan into マスタ, lays out its 年度 columns, seeds nothing and makes the user 行革担当', () => {
    const env = emptyFile();
    const result = ok<SetupResult>(env.scriptRun('setupRegister', [newPlan()]));
    expect(result).toMatchObject({ seeded: false, planOfficeAdded: PLAN_OFFICE });
    expect(result.masterEditors).toEqual([PLAN_OFFICE]);
    const { master } = ok<SummaryView>(env.scriptRun('getSummaryView', []));
    expect(master).toMatchObject({
      planName: OTHER_CITY.planName,
      city: OTHER_CITY.city,
      localGovernmentCode: OTHER_CITY.code,
      period: { startFiscalYear: 2025, endFiscalYear: 2028 },
      planOffice: [PLAN_OFFICE],
      rounds: [],
    });
    expect(master.pillars).toHaveLength(5);
    expect(master.reforms).toHaveLength(12);
    expect(master.departments.map((d) => d.name)).toEqual(['総務課', '財政課']);
    const header = registerRows(env)[0] as string[];
    expect(header.filter((h) => h.endsWith('年度計画'))).toEqual([
      '令和7年度計画',
      '令和8年度計画',
      '令和9年度計画',
      '令和10年度計画',
    ]);
    expect(registerRows(env)).toHaveLength(1);
    expect(historyRows(env)).toHaveLength(0);
    expect(env.spreadsheet.values(SHEETS.history)[0]).toEqual(
      expect.arrayContaining(['連番', 'ダイジェスト']),
    );
    expect(JSON.stringify(env.spreadsheet.values(SHEETS.master))).not.toContain('行田市');
  });

  it('the first item saved is sealed into an empty history whose chain verifies', () => {
    const env = emptyFile();
    ok(env.scriptRun('setupRegister', [newPlan()]));
    const saved = ok<{ item: { id: string } }>(
      env.scriptRun('saveItem', [
        {
          requestId: 'req-new-city-item-01',
          pillarNo: 2,
          reformNo: 4,
          title: '指定管理者の公募',
          description: '',
          department: '財政課',
          relatedDepartments: [],
          schedule: { '2025': '検討', '2026': '公募', '2027': '', '2028': '' },
          indicator: { name: '', unit: '', baseline: null, target: null },
          savingsPlan: { cut: null, revenue: null },
        },
      ]),
    );
    expect(saved.item.id).toBe('2-4-01');
    expect(registerRows(env)).toHaveLength(2);
    expect(historyRows(env)).toHaveLength(1);
    expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).toEqual([]);
    // The entry is sealed: a hand edit of it is found.
    env.spreadsheet.edit(SHEETS.history, 2, 2, [['someone@else.example.jp']]);
    expect(ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering).not.toEqual([]);
  });

  it('a second set-up repairs without seeding the sample and keeps the plan', () => {
    const env = emptyFile();
    ok(env.scriptRun('setupRegister', [newPlan()]));
    const again = ok<SetupResult>(env.scriptRun('setupRegister', [null]));
    expect(again).toMatchObject({ created: [], seeded: false, planOfficeAdded: null });
    expect(registerRows(env)).toHaveLength(1);
    expect(ok<SummaryView>(env.scriptRun('getSummaryView', [])).master.city).toBe(OTHER_CITY.city);
  });

  it('the 行田市 sample chosen explicitly is set up as before', () => {
    const env = emptyFile();
    const result = ok<SetupResult>(env.scriptRun('setupRegister', [{ plan: 'sample' }]));
    expect(result).toMatchObject({ seeded: true, planOfficeAdded: null });
    expect(registerRows(env)).toHaveLength(21);
    expect(historyRows(env)).toHaveLength(20);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a check digit that does not match',
      { localGovernmentCode: '112088' },
      'localGovernmentCode',
      '全国地方公共団体コード',
    ],
    ['five digits', { localGovernmentCode: '11208' }, 'localGovernmentCode', '全国地方公共団体コード'],
    [
      'full-width digits',
      { localGovernmentCode: '１１２０８９' },
      'localGovernmentCode',
      '全国地方公共団体コード',
    ],
    ['no plan name', { planName: '  ' }, 'planName', 'プラン名'],
    ['no city', { city: '' }, 'city', '自治体名'],
    [
      'an end before the start',
      { period: { startFiscalYear: 2025, endFiscalYear: 2024 } },
      'period.endFiscalYear',
      '計画期間（終了年度）',
    ],
    [
      'a period of eleven years',
      { period: { startFiscalYear: 2025, endFiscalYear: 2035 } },
      'period.endFiscalYear',
      '計画期間（終了年度）',
    ],
    [
      'a year as text',
      { period: { startFiscalYear: '令和7', endFiscalYear: 2028 } },
      'period.startFiscalYear',
      '計画期間（開始年度）',
    ],
    ['no pillars', { pillars: [] }, 'pillars', '柱'],
    [
      'a reform under a pillar that does not exist',
      { reforms: [...newPlan().reforms, { no: 13, pillarNo: 9, name: '迷子の改革' }] },
      'reforms.12.pillarNo',
      '改革の柱',
    ],
    [
      'a pillar without reforms',
      { pillars: [...newPlan().pillars, { no: 6, name: '空の柱' }] },
      'pillars.5',
      '改革',
    ],
    ['a department twice', { departments: ['財政課', '財政課'] }, 'departments.1', '担当課'],
    ['no choice of plan', { plan: 'other' }, 'plan', 'はじめ方'],
  ])('%s is refused by field, in Japanese, and nothing is written', (_, patch, path, label) => {
    const env = emptyFile();
    const before = stateHash(env);
    const result = env.scriptRun('setupRegister', [newPlan(patch)]) as ApiResult<SetupResult>;
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('invalid');
    const field = result.error.fields?.find((f) => f.path === path);
    expect(field?.message.startsWith(`${label}:`)).toBe(true);
    expect(stateHash(env)).toBe(before);
  });

  it('a new plan on a file already set up is refused, and the register is untouched', () => {
    const env = setUpEnvironment();
    const before = stateHash(env);
    const result = env.scriptRun('setupRegister', [newPlan()]) as ApiResult<SetupResult>;
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message).toContain('セットアップ済み');
    expect(stateHash(env)).toBe(before);
  });
});
