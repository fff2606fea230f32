// The open-data export through the built bundle: each table written as the sidebar writes it (toCsv), read back by an
// independent RFC 4180 reader, validates against its committed BigQuery schema file and equals the register's data —
// Japanese text with commas, quotes, line breaks and formula-like starts intact. Only the plan office may export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { DEPT_A, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { schemaDir } from '../../scripts/open-data-schema';
import type { ApiResult, ItemDetail, OpenDataExport } from '../../src/domain/api';
import { toCsv } from '../../src/domain/csv';
import { decodeHistory, historyIndex } from '../../src/domain/history-codec';
import type { CellValue } from '../../src/domain/row-codec';
import type { HistoryEntry, Item, ProgressInput } from '../../src/domain/schemas';
import { SEED_MASTER } from '../../src/domain/seed';
import { SHEETS } from '../../src/domain/sheet-names';
import { parseCsv, textOf } from '../support/csv-parse';
import { mapUsers } from '../support/roles';

interface SchemaField {
  name: string;
  type: 'STRING' | 'INT64' | 'NUMERIC' | 'TIMESTAMP';
  mode: 'REQUIRED' | 'NULLABLE';
  description: string;
}
const schemaOf = (id: string): SchemaField[] =>
  JSON.parse(readFileSync(join(schemaDir, `${id}.json`), 'utf8')) as SchemaField[];

const TRICKY = {
  title: '=HYPERLINK("http://evil.example")、"電子申請", カンマ',
  description: '1行目, カンマ\n2行目 "引用"\r\n-3行目',
  issues: '+人員不足, "予算"\n来年度へ',
  nextSteps: '@体制強化\n\n空行の後',
};

let request = 0;
function report(env: Environment, itemId: string, patch: Partial<ProgressInput>) {
  env.syncClock(env.now + 60_000);
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [itemId, null])).item.revision;
  ok(
    env.scriptRun('recordProgress', [progressReport(itemId, `req-open-data-${++request}`, revision, patch)]),
  );
}

function registerWithTrickyText(): Environment {
  const env = setUpEnvironment();
  const item = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
  const { pillarNo, reformNo, department, relatedDepartments, schedule, indicator } = item;
  ok(
    env.scriptRun('saveItem', [
      {
        id: item.id,
        baseRevision: item.revision,
        ...{ pillarNo, reformNo, department, relatedDepartments, schedule },
        indicator: { ...indicator, name: '申請件数, オンライン', unit: '件', baseline: 10, target: 1200.5 },
        title: TRICKY.title,
        description: TRICKY.description,
        savingsPlan: { cut: 3000, revenue: 250 },
      },
    ]),
  );
  report(env, '1-1-01', { progress: 20, grade: 'C', issues: TRICKY.issues, nextSteps: TRICKY.nextSteps });
  report(env, '1-1-01', {
    roundId: 'R4-H2',
    status: '実施中',
    progress: 45,
    grade: 'B',
    indicatorActual: 300.25,
    savingsActual: { cut: 800, revenue: 40 },
    activity: '窓口と電子の併用\n継続',
  });
  report(env, '1-1-01', {
    roundId: 'R5-H1',
    status: '完了',
    progress: 100,
    savingsActual: { cut: 1500, revenue: null },
  });
  report(env, '2-3-01', { roundId: 'R4-H1', status: '検討中', progress: 10, grade: 'B' });
  return env;
}

/** A CSV cell read back as the value it stands for, by the schema's type (an empty text is '', an empty number none). */
function cellValue(cell: string, field: SchemaField): string | number | null {
  if (cell === '') return field.type === 'STRING' ? '' : null;
  return field.type === 'INT64' || field.type === 'NUMERIC' ? Number(cell) : textOf(cell);
}

/** Every table written as the sidebar writes it and read back, checked cell by cell against its schema file. */
function readBack(exported: OpenDataExport): Record<string, (string | number | null)[][]> {
  const tables: Record<string, (string | number | null)[][]> = {};
  for (const table of exported.tables) {
    const schema = schemaOf(table.id);
    const [header, ...rows] = parseCsv(toCsv(table.header, table.rows));
    expect(header).toEqual(schema.map((f) => f.description.split(' — ')[0]));
    for (const row of rows) {
      expect(row).toHaveLength(schema.length);
      row.forEach((cell, c) => {
        const field = schema[c] as SchemaField;
        const where = `${table.id}.${field.name} = ${JSON.stringify(cell)}`;
        if (field.mode === 'REQUIRED') expect({ where, empty: cell === '' }).toEqual({ where, empty: false });
        if (cell === '') return;
        const pattern = {
          INT64: /^-?\d+$/,
          NUMERIC: /^-?\d+(\.\d+)?$/,
          TIMESTAMP: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
          STRING: /^(?!.*^[=+\-@\t\r\n])/s,
        }[field.type];
        expect({ where, ok: pattern.test(cell) }).toEqual({ where, ok: true });
      });
    }
    tables[table.id] = rows.map((row) => row.map((cell, c) => cellValue(cell, schema[c] as SchemaField)));
  }
  return tables;
}

const historyOf = (env: Environment): HistoryEntry[] => {
  const [header, ...rows] = env.spreadsheet.values(SHEETS.history) as CellValue[][];
  return decodeHistory(rows, historyIndex(header ?? []).index);
};

it('round-trips the register through CSV: every table validates against its schema and equals the data', () => {
  const env = registerWithTrickyText();
  const exported = ok<OpenDataExport>(env.scriptRun('getOpenData', []));
  expect(exported.tables.map((t) => t.fileName)).toEqual([
    '112062_items.csv',
    '112062_progress.csv',
    '112062_effects.csv',
  ]);
  const tables = readBack(exported);
  const city = ['112062', '行田市'];

  // 取組項目: one row per register item, as getItem answers it.
  const items = (tables.items ?? []).map((row) => row[5] as string);
  const listed = env.spreadsheet
    .values(SHEETS.register)
    .slice(1)
    .map((r) => String(r[0]));
  expect(items).toEqual(listed);
  for (const row of tables.items ?? []) {
    const item: Item = ok<ItemDetail>(env.scriptRun('getItem', [row[5], null])).item;
    const pillar = SEED_MASTER.pillars.find((p) => p.no === item.pillarNo)?.name;
    const reform = SEED_MASTER.reforms.find((r) => r.no === item.reformNo)?.name;
    expect(row).toEqual([
      ...city,
      SEED_MASTER.planName,
      2022,
      2024,
      item.id,
      item.pillarNo,
      pillar,
      item.reformNo,
      reform,
      item.title,
      item.description,
      item.department,
      item.indicator.name,
      item.indicator.unit,
      item.indicator.baseline,
      item.indicator.target,
    ]);
  }
  expect(tables.items?.[0]?.slice(10, 12)).toEqual([TRICKY.title, TRICKY.description]);

  // 進捗: one row per item and round it reported in, from the 履歴 sheet read here.
  const reports = historyOf(env).filter((h) => h.kind === 'progress');
  const byRound = SEED_MASTER.rounds.flatMap((round) =>
    reports.filter((h) => h.roundId === round.id).map((h) => ({ round, h })),
  );
  expect(tables.progress).toEqual(
    byRound.map(({ round, h }) => [
      ...city,
      h.itemId,
      round.id,
      round.label,
      round.fiscalYear,
      h.status,
      h.progress,
      h.grade,
      h.indicatorActual,
      h.activity,
      h.issues,
      h.nextSteps,
      h.at,
    ]),
  );
  expect(tables.progress?.[0]?.slice(11, 13)).toEqual([TRICKY.issues, TRICKY.nextSteps]);

  // 効果額: 1-1-01's plan by kind over the period, its actual per 年度 from the year's last report (R4-H2 for
  // 2022, R5-H1 for 2023); an empty amount is no row.
  const effects = (tables.effects ?? []).filter((r) => r[2] === '1-1-01').map((r) => r.slice(3));
  expect(effects).toEqual([
    [2022, 2024, '計画', '歳出削減', '', 3000],
    [2022, 2024, '計画', '歳入確保', '', 250],
    [2022, 2022, '実績', '歳出削減', 'R4-H2', 800],
    [2022, 2022, '実績', '歳入確保', 'R4-H2', 40],
    [2023, 2023, '実績', '歳出削減', 'R5-H1', 1500],
  ]);
});

it('only the plan office may export once people are mapped; a master without a valid code is refused by name', () => {
  const env = setUpEnvironment();
  mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { [DEPT_A.department]: [DEPT_A.user] } });
  const refused = env.scriptRun('getOpenData', [], { user: DEPT_A.user }) as ApiResult<unknown>;
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const grid = env.spreadsheet.values(SHEETS.master);
  const row = grid.findIndex((r) => r[0] === '全国地方公共団体コード') + 1;
  // A mistyped code (wrong check digit) is refused by the export only: the figures still open for everyone.
  env.spreadsheet.edit(SHEETS.master, row, 2, [['112061']]);
  const badCode = env.scriptRun('getOpenData', [], { user: PLAN_OFFICE }) as ApiResult<unknown>;
  expect(badCode).toMatchObject({
    ok: false,
    error: {
      code: 'invalid',
      fields: [{ path: 'localGovernmentCode', message: expect.stringContaining('112061') }],
    },
  });
  ok(env.scriptRun('getSummary', [null], { user: DEPT_A.user }));
  env.spreadsheet.edit(SHEETS.master, row, 2, [['']]);
  const noCode = env.scriptRun('getOpenData', [], { user: PLAN_OFFICE }) as ApiResult<unknown>;
  expect(noCode).toMatchObject({
    ok: false,
    error: {
      code: 'invalid',
      fields: [{ path: 'localGovernmentCode', message: expect.stringContaining('全国地方公共団体コード') }],
    },
  });
});
