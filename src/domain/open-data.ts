// The register as open data: three long-format tables (items, progress by round, effects by year and kind), each
// column described once here — its Japanese header with its unit, its BigQuery name, type and meaning — so the CSV
// files, the schema files under schema/open-data/ and their test cannot drift apart.
//
// Following the 総務省 統一ルール for machine-readable tables (統計表における機械判読可能なデータの表記方法の統一ルール,
// 2020, soumu.go.jp/main_content/000723626.pdf): one value per cell (1-2), numbers as numbers (1-3), headers in
// full (1-6) with their units (1-9), fiscal years in 西暦 (1-11), the 全国地方公共団体コード and name first (1-12).
import { latestReportsIn } from './history';
import type { HistoryEntry, Item, Master, Savings } from './schemas';

export type BigQueryType = 'STRING' | 'INT64' | 'NUMERIC' | 'TIMESTAMP';

export interface OpenDataColumn {
  /** The CSV header, in Japanese, with the unit where the value has one. */
  header: string;
  /** The column's name in BigQuery (letters, digits, underscores). */
  name: string;
  type: BigQueryType;
  required: boolean;
  description: string;
}

export type OpenDataValue = string | number | null;

export interface OpenDataTable {
  /** Also the BigQuery table's name and the file name's end: 112062_items.csv. */
  id: 'items' | 'progress' | 'effects';
  fileName: string;
  header: string[];
  rows: OpenDataValue[][];
}

const column = (
  header: string,
  name: string,
  type: BigQueryType,
  required: boolean,
  description: string,
): OpenDataColumn => ({ header, name, type, required, description });

const CITY_COLUMNS = [
  column(
    '全国地方公共団体コード',
    'local_government_code',
    'STRING',
    true,
    '6桁（検査数字を含む）。先頭の0を保つため文字列',
  ),
  column('地方公共団体名', 'local_government_name', 'STRING', true, 'マスタの自治体名'),
];
const ITEM_ID = column('取組ID', 'item_id', 'STRING', true, '柱-改革-連番。廃止された番号は再利用されない');

export const OPEN_DATA_COLUMNS: Record<OpenDataTable['id'], readonly OpenDataColumn[]> = {
  items: [
    ...CITY_COLUMNS,
    column('計画名', 'plan_name', 'STRING', true, 'マスタの計画名'),
    column('計画期間開始年度', 'plan_start_fiscal_year', 'INT64', true, '西暦の年度（4月〜翌3月）'),
    column('計画期間終了年度', 'plan_end_fiscal_year', 'INT64', true, '西暦の年度'),
    ITEM_ID,
    column('柱番号', 'pillar_no', 'INT64', true, ''),
    column('柱', 'pillar_name', 'STRING', true, ''),
    column('改革番号', 'reform_no', 'INT64', true, '計画全体の通し番号'),
    column('改革', 'reform_name', 'STRING', true, ''),
    column('取組項目', 'title', 'STRING', true, ''),
    column('取組内容', 'description', 'STRING', false, '改行を含むことがある'),
    column('担当課', 'department', 'STRING', true, ''),
    column('指標', 'indicator_name', 'STRING', false, ''),
    column('指標の単位', 'indicator_unit', 'STRING', false, ''),
    column('指標の基準値', 'indicator_baseline', 'NUMERIC', false, '単位は「指標の単位」'),
    column('指標の目標値', 'indicator_target', 'NUMERIC', false, '単位は「指標の単位」'),
  ],
  progress: [
    ...CITY_COLUMNS,
    ITEM_ID,
    column('報告回ID', 'round_id', 'STRING', true, 'マスタの報告回ID'),
    column('報告回', 'round_label', 'STRING', true, ''),
    column('報告回の年度', 'fiscal_year', 'INT64', true, '西暦の年度'),
    column('進捗状況', 'status', 'STRING', true, 'マスタの進捗状況'),
    column('進捗率（％）', 'progress_percent', 'NUMERIC', false, '0〜100'),
    column('評価', 'grade', 'STRING', false, 'マスタの評価（自己評価）'),
    column('指標の実績値', 'indicator_actual', 'NUMERIC', false, '単位は取組の「指標の単位」'),
    column('取組状況', 'activity', 'STRING', false, '改行を含むことがある'),
    column('課題', 'issues', 'STRING', false, '改行を含むことがある'),
    column('今後の方針', 'next_steps', 'STRING', false, '改行を含むことがある'),
    column('報告日時', 'reported_at', 'TIMESTAMP', true, 'ISO 8601'),
  ],
  effects: [
    ...CITY_COLUMNS,
    ITEM_ID,
    column('対象年度（開始）', 'from_fiscal_year', 'INT64', true, '西暦の年度。計画値は計画期間の初年度'),
    column('対象年度（終了）', 'to_fiscal_year', 'INT64', true, '西暦の年度。計画値は計画期間の最終年度'),
    column('計画・実績', 'plan_or_actual', 'STRING', true, '「計画」（計画期間の見込額）または「実績」'),
    column('効果の区分', 'effect_kind', 'STRING', true, '「歳出削減」または「歳入確保」'),
    column('報告回ID', 'round_id', 'STRING', false, '実績を報告した報告回（その年度の最後の報告）。計画は空'),
    column('効果額（千円）', 'amount_thousand_yen', 'NUMERIC', true, '千円単位'),
  ],
};

/** Prefix of every text cell that would run as a formula (see csv.ts): stated in every schema file. */
export const FORMULA_NOTE =
  "文字列の先頭が = + - @ タブ 改行 ' のときは表計算ソフトで数式にならないよう先頭に ' を1文字付けている";

export const PLAN = '計画';
export const ACTUAL = '実績';
/** 効果の区分: each a field of the item's savings. */
const EFFECT_KINDS: readonly { key: keyof Savings; label: string }[] = [
  { key: 'cut', label: '歳出削減' },
  { key: 'revenue', label: '歳入確保' },
];

const cityCells = (master: Master, code: string) => [code, master.city];

function itemRows(master: Master, items: readonly Item[], code: string): OpenDataValue[][] {
  const pillars = new Map(master.pillars.map((p) => [p.no, p.name]));
  const reforms = new Map(master.reforms.map((r) => [r.no, r.name]));
  return items.map((item) => [
    ...cityCells(master, code),
    master.planName,
    master.period.startFiscalYear,
    master.period.endFiscalYear,
    item.id,
    item.pillarNo,
    pillars.get(item.pillarNo) ?? '',
    item.reformNo,
    reforms.get(item.reformNo) ?? '',
    item.title,
    item.description,
    item.department,
    item.indicator.name,
    item.indicator.unit,
    item.indicator.baseline,
    item.indicator.target,
  ]);
}

/** Each item's latest report in each round, rounds in the master's order, items in the register's. */
function reportsByRound(master: Master, items: readonly Item[], history: readonly HistoryEntry[]) {
  return master.rounds.flatMap((round) => {
    const reports = latestReportsIn(history, round.id);
    return items.flatMap((item) => {
      const report = reports.get(item.id);
      return report ? [{ round, report }] : [];
    });
  });
}

function progressRows(
  master: Master,
  items: readonly Item[],
  history: readonly HistoryEntry[],
  code: string,
) {
  return reportsByRound(master, items, history).map(({ round, report }) => [
    ...cityCells(master, code),
    report.itemId,
    round.id,
    round.label,
    round.fiscalYear,
    report.status,
    report.progress,
    report.grade,
    report.indicatorActual,
    report.activity,
    report.issues,
    report.nextSteps,
    report.at,
  ]);
}

/**
 * One row per value: each item's planned effect over the plan period by kind, and its actual effect per 年度 by kind —
 * the latest report of the year's last round it reported in (a year's H2 report supersedes its H1 report). An empty
 * amount is no row (long format: absent, not zero).
 */
function effectRows(master: Master, items: readonly Item[], history: readonly HistoryEntry[], code: string) {
  const { startFiscalYear, endFiscalYear } = master.period;
  const rows: OpenDataValue[][] = [];
  for (const item of items)
    for (const kind of EFFECT_KINDS) {
      const amount = item.savingsPlan[kind.key];
      if (amount !== null)
        rows.push([
          ...cityCells(master, code),
          item.id,
          startFiscalYear,
          endFiscalYear,
          PLAN,
          kind.label,
          null,
          amount,
        ]);
    }
  const yearly = new Map<string, { fiscalYear: number; roundId: string; report: HistoryEntry }>();
  for (const { round, report } of reportsByRound(master, items, history))
    yearly.set(`${report.itemId} ${round.fiscalYear}`, {
      fiscalYear: round.fiscalYear,
      roundId: round.id,
      report,
    });
  for (const { fiscalYear, roundId, report } of yearly.values())
    for (const kind of EFFECT_KINDS) {
      const amount = report.savingsActual[kind.key];
      if (amount !== null)
        rows.push([
          ...cityCells(master, code),
          report.itemId,
          fiscalYear,
          fiscalYear,
          ACTUAL,
          kind.label,
          roundId,
          amount,
        ]);
    }
  return rows;
}

/** The three tables of the register as it stands; `code` is the master's 全国地方公共団体コード. */
export function openDataTables(
  master: Master,
  items: readonly Item[],
  history: readonly HistoryEntry[],
  code: string,
): OpenDataTable[] {
  const table = (id: OpenDataTable['id'], rows: OpenDataValue[][]): OpenDataTable => ({
    id,
    fileName: `${code}_${id}.csv`,
    header: OPEN_DATA_COLUMNS[id].map((c) => c.header),
    rows,
  });
  return [
    table('items', itemRows(master, items, code)),
    table('progress', progressRows(master, items, history, code)),
    table('effects', effectRows(master, items, history, code)),
  ];
}

/** A table's schema file for `bq load --schema` (BigQuery's JSON schema: name, type, mode, description). */
export function bigQuerySchema(id: OpenDataTable['id']) {
  return OPEN_DATA_COLUMNS[id].map((c) => ({
    name: c.name,
    type: c.type,
    mode: c.required ? 'REQUIRED' : 'NULLABLE',
    description: [c.header, c.description, c.type === 'STRING' ? FORMULA_NOTE : '']
      .filter(Boolean)
      .join(' — '),
  }));
}
