// parsePayload: any value in, Japanese FieldErrors out, naming each field's label and the reason.
import { FIELD_LABELS, fieldLabel } from '../../src/domain/messages/fields';
import {
  DepartmentSchema,
  GradeSchema,
  ItemFilterSchema,
  ItemInputSchema,
  MasterSchema,
  PillarSchema,
  ProgressInputSchema,
  ReformSchema,
  ReportRequestSchema,
  RoundSchema,
  StatusSchema,
} from '../../src/domain/schemas';
import { parseAndCheck, parsePayload } from '../../src/domain/validate-payload';

const validItem = {
  pillarNo: 1,
  reformNo: 2,
  title: '電子申請サービスの拡大',
  description: '手続を増やす\n段階的に',
  department: 'デジタル推進課',
  relatedDepartments: ['企画政策課'],
  schedule: { '2022': '検討', '2023': '実施' },
  indicator: { name: '電子申請件数', unit: '件', baseline: 10, target: 100 },
  savingsPlan: { cut: 1200, revenue: null },
};
const validProgress = {
  requestId: 'req-12345678',
  itemId: '1-2-03',
  baseRevision: 1,
  roundId: 'R5-H1',
  status: '実施中',
  progress: 50,
  grade: 'B',
  indicatorActual: 40,
  savingsActual: { cut: 100, revenue: 0 },
  activity: '進めた',
  issues: '',
  nextSteps: '',
};
const ENGLISH = /[A-Za-z]{3,}/;
/** Labels and reasons only: anything Latin in a message beyond an ID example is leaked zod text. */
const japaneseOnly = (message: string) => message.replace(/\d+-\d+-\d+|R\d-H\d/g, '');

/** A value of the wrong kind for every leaf (a string where a number is expected and vice versa). */
function wrongFor(value: unknown): unknown {
  return typeof value === 'string' ? 12 : typeof value === 'number' ? 'abc' : 'abc';
}

function leafPaths(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

function withValue(base: object, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('parsePayload', () => {
  it('accepts valid payloads and returns the parsed value', () => {
    expect(parsePayload(ItemInputSchema, validItem)).toEqual({ ok: true, value: validItem });
    expect(parsePayload(ProgressInputSchema, validProgress)).toEqual({ ok: true, value: validProgress });
  });

  it.each([null, undefined, 'text', 42, [], [1, 2], true])(
    'never throws on %p, answers with a Japanese error',
    (payload) => {
      const result = parsePayload(ItemInputSchema, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.fields.length).toBeGreaterThan(0);
        for (const f of result.fields) expect(f.message).not.toMatch(ENGLISH);
      }
    },
  );

  it('answers a huge object with missing fields, not an exception', () => {
    const huge: Record<string, number> = {};
    for (let i = 0; i < 10000; i++) huge[`k${i}`] = i;
    const result = parsePayload(ProgressInputSchema, huge);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fields.find((f) => f.path === 'progress')?.message).toBe('進捗率: 入力してください');
  });

  for (const [name, schema, valid] of [
    ['ItemInput', ItemInputSchema, validItem],
    ['ProgressInput', ProgressInputSchema, validProgress],
  ] as const) {
    describe(`${name}: every field`, () => {
      for (const [path, value] of leafPaths(valid)) {
        it(`${path}: wrong kind and missing both name the label in Japanese`, () => {
          const label = fieldLabel(path);
          expect(label).not.toBe('入力内容');
          for (const bad of [wrongFor(value), undefined]) {
            const result = parsePayload(schema, withValue(valid, path, bad));
            // Optional or nullable leaves may legitimately accept a missing value.
            if (result.ok) {
              expect(bad).toBeUndefined();
              continue;
            }
            const field = result.fields.find((f) => f.path === path);
            expect(field?.message.startsWith(`${label}: `)).toBe(true);
            expect(japaneseOnly(field?.message ?? '')).not.toMatch(ENGLISH);
          }
        });
      }
    });
  }

  it('gives specific reasons', () => {
    const cases: [object, string, string][] = [
      [withValue(validItem, 'indicator.target', 'x'), 'indicator.target', '目標値: 数値で入力してください'],
      [withValue(validItem, 'title', '   '), 'title', '取組項目: 入力してください'],
      [withValue(validItem, 'title', 'あ'.repeat(101)), 'title', '取組項目: 100文字以内で入力してください'],
      [withValue(validItem, 'pillarNo', 1.5), 'pillarNo', '柱: 整数で入力してください'],
      [withValue(validItem, 'pillarNo', 0), 'pillarNo', '柱: 1以上99以下の数値で入力してください'],
      [
        withValue(validItem, 'savingsPlan.cut', -1),
        'savingsPlan.cut',
        '効果額見込（歳出削減）: 0以上999999999999以下の数値で入力してください',
      ],
      [
        withValue(validItem, 'id', '1-2-3'),
        'id',
        '取組ID: 「1-2-03」の形式（柱-改革-連番）で入力してください',
      ],
      [withValue(validItem, 'relatedDepartments', ['']), 'relatedDepartments.0', '関係課: 入力してください'],
      [
        withValue(validItem, 'schedule', { '2023': 5 }),
        'schedule.2023',
        '令和5年度計画: 文字で入力してください',
      ],
      [withValue(validProgress, 'progress', 101), 'progress', '進捗率: 0以上100以下の数値で入力してください'],
      [
        withValue(validProgress, 'savingsActual.cut', Number.NaN),
        'savingsActual.cut',
        '効果額実績（歳出削減）: 数値で入力してください',
      ],
      [
        withValue(validProgress, 'issues', 'a\u0007b'),
        'issues',
        '課題: 使用できない制御文字が含まれています',
      ],
      [withValue(validProgress, 'grade', 'A\tB'), 'grade', '評価: 使用できない制御文字が含まれています'],
    ];
    for (const [payload, path, message] of cases) {
      const schema = 'requestId' in payload ? ProgressInputSchema : ItemInputSchema;
      const result = parsePayload(schema, payload);
      expect(result.ok ? [] : result.fields).toContainEqual({ path, message });
    }
  });

  it('allows line breaks and tabs in long text only', () => {
    expect(parsePayload(ProgressInputSchema, withValue(validProgress, 'nextSteps', '一\n\t二')).ok).toBe(
      true,
    );
  });

  it('formats dates of a report request', () => {
    const result = parsePayload(ReportRequestSchema, {
      roundId: 'R5-H1',
      meetingName: '推進本部会議',
      meetingDate: '2023/11/24',
      documentNo: '資料1',
      templateDocId: '',
    });
    expect(result.ok ? [] : result.fields).toEqual([
      { path: 'meetingDate', message: '会議日: 「2023-11-24」の形式の日付で入力してください' },
    ]);
  });

  it('states the whole range of a bounded number', () => {
    const result = parsePayload(ProgressInputSchema, withValue(validProgress, 'progress', -5));
    expect(result.ok ? [] : result.fields).toEqual([
      { path: 'progress', message: '進捗率: 0以上100以下の数値で入力してください' },
    ]);
  });

  it("states the field's own range for an integer beyond ±2^53, not the safe-integer bound", () => {
    for (const value of [1e20, -1e20]) {
      const result = parsePayload(ItemInputSchema, withValue(validItem, 'pillarNo', value));
      expect(result.ok ? [] : result.fields).toEqual([
        { path: 'pillarNo', message: '柱: 1以上99以下の数値で入力してください' },
      ]);
    }
  });

  it('labels every field of ItemFilter, ReportRequest and Master', () => {
    const shapes: [string, object][] = [
      ['', ItemFilterSchema.shape],
      ['', ReportRequestSchema.shape],
      ['', MasterSchema.shape],
      ['period.', MasterSchema.shape.period.shape],
      ['pillars.0.', PillarSchema.shape],
      ['reforms.0.', ReformSchema.shape],
      ['departments.0.', DepartmentSchema.shape],
      ['statuses.0.', StatusSchema.shape],
      ['grades.0.', GradeSchema.shape],
      ['rounds.0.', RoundSchema.shape],
    ];
    for (const [prefix, shape] of shapes) {
      for (const key of Object.keys(shape))
        expect([`${prefix}${key}`, fieldLabel(`${prefix}${key}`)]).not.toEqual([
          `${prefix}${key}`,
          '入力内容',
        ]);
    }
    expect(fieldLabel('rounds.3.label')).toBe('報告回の名称');
  });

  it('labels every field in Japanese', () => {
    for (const label of Object.values(FIELD_LABELS)) expect(label).not.toMatch(ENGLISH);
  });
});

describe('parseAndCheck: the schema and the rules in one pass', () => {
  const lateRules = (input: { grade?: string; issues?: string }) =>
    input.grade === 'C' && input.issues === '' ? [{ path: 'issues', message: '課題がありません' }] : [];

  it('runs the rules on the fields that passed when others failed', () => {
    const result = parseAndCheck(
      ProgressInputSchema,
      { ...validProgress, progress: 120, grade: 'C', issues: '' },
      lateRules,
    );
    expect(!result.ok && result.fields.map((f) => f.path)).toEqual(['progress', 'issues']);
  });

  it('keeps the schema message of a field the rules also name, and passes a valid payload through', () => {
    const both = parseAndCheck(ProgressInputSchema, { ...validProgress, grade: 'C', issues: 7 }, () => [
      { path: 'issues', message: 'rule' },
    ]);
    expect(!both.ok && both.fields).toEqual([
      { path: 'issues', message: `${fieldLabel('issues')}: 文字で入力してください` },
    ]);
    expect(parseAndCheck(ProgressInputSchema, validProgress, () => []).ok).toBe(true);
  });
});
