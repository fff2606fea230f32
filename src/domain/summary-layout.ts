// Lays out the 集計 sheet as one rectangle of values plus per-cell formats, so the adapter writes it in a few calls.
import type { GroupFigures, Summary } from './api';
import { warekiFiscalYear } from './fiscal-year';
import { INSTANT_FORMAT, instantCell } from './instant-cells';
import type { LedgerFigures, LedgerTotals } from './ledger';
import { LEDGER } from './messages/ledger';
import { SUMMARY } from './messages/summary';
import { SAVINGS_COLUMNS, SAVINGS_SHEET_HEADERS } from './savings-columns';

export type SummaryCell = string | number | Date;

/** Where a block sits in the rectangle (0-based row/column of its header row), for charts that read it. */
export interface SummaryBlock {
  id: 'status' | 'grade' | 'savings' | 'coverage' | 'department' | 'reform' | 'ledgerYears' | 'ledgerPillars';
  title: string;
  headerRow: number;
  firstColumn: number;
  /** Data rows below the header (not counting a total row). */
  dataRows: number;
  columns: number;
}

export interface SummaryLayout {
  values: SummaryCell[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  backgrounds: string[][];
  blocks: SummaryBlock[];
  width: number;
}

const TEXT = '@';
const COUNT = '0';
const RATE = '0.0';
/** A 効果額 that may be negative, shown with △ (cell-formats.ts KIND_FORMATS.signedMoney). */
const EFFECT = '#,##0;"△"#,##0';
const HEADER_BACKGROUND = '#dce6f1';
const PLAIN_BACKGROUND = '#ffffff';

type Row = { cells: SummaryCell[]; formats: string[]; kind: 'title' | 'header' | 'data' | 'total' | 'blank' };

const label = (text: string): [SummaryCell, string] => [text, TEXT];
const num = (value: number | null, format: string): [SummaryCell, string] => [value ?? '', format];

function row(kind: Row['kind'], pairs: [SummaryCell, string][]): Row {
  return { kind, cells: pairs.map(([c]) => c), formats: pairs.map(([, f]) => f) };
}

/** The '' key holds items without a status/grade; it gets its own column only when some item has it. */
function keysWithBlank(names: string[], counts: Record<string, number>[]): string[] {
  return counts.some((c) => (c[''] ?? 0) > 0) ? [...names, ''] : names;
}

function countCells(keys: string[], counts: Record<string, number>): [SummaryCell, string][] {
  return keys.map((key) => num(counts[key] ?? 0, COUNT));
}

/** One 年度 of the ledger: target, actual, cumulative figures, rates and 見込み/確定. */
function ledgerYearCells(year: LedgerFigures['years'][number]): [SummaryCell, string][] {
  return [
    label(warekiFiscalYear(year.fiscalYear)),
    num(year.target.total, EFFECT),
    num(year.actual?.total ?? null, EFFECT),
    num(year.cumulativeTarget, EFFECT),
    num(year.cumulativeActual, EFFECT),
    num(year.achievementRate, RATE),
    num(year.cumulativeRate, RATE),
    label(LEDGER.basisLabel(year.basis)),
  ];
}

const periodCells = (figures: LedgerFigures): [SummaryCell, string][] => [
  num(figures.period.target.cut, EFFECT),
  num(figures.period.target.revenue, EFFECT),
  num(figures.period.target.total, EFFECT),
  num(figures.period.actual?.cut ?? null, EFFECT),
  num(figures.period.actual?.revenue ?? null, EFFECT),
  num(figures.period.actual?.total ?? null, EFFECT),
  num(figures.period.achievementRate, RATE),
];

function savingsCells(figures: GroupFigures): [SummaryCell, string][] {
  // An actual may be negative (an effect that costs): every amount shows as the ledger's do, △ before a negative.
  return SAVINGS_COLUMNS.map((c) => num(figures.savings[c.figure], c.kind === 'rate' ? RATE : EFFECT));
}

export function summaryLayout(summary: Summary, planName: string, generatedAt: string): SummaryLayout {
  const rows: Row[] = [];
  const blocks: SummaryBlock[] = [];
  const pillarLabel = (p: { pillarNo: number; name: string }) => `${p.pillarNo} ${p.name}`;

  const addBlock = (
    id: SummaryBlock['id'],
    title: string,
    header: string[],
    data: Row[],
    total: Row | null,
  ) => {
    rows.push(row('title', [label(title)]));
    blocks.push({
      id,
      title,
      headerRow: rows.length,
      firstColumn: 0,
      dataRows: data.length,
      columns: header.length,
    });
    rows.push(row('header', header.map(label)));
    rows.push(...data);
    if (total) rows.push(total);
    rows.push(row('blank', []));
  };

  rows.push(row('title', [label(`${SUMMARY.sheetTitle} ${planName} ${summary.roundLabel}`)]));
  rows.push(row('data', [label(SUMMARY.generatedAt), [instantCell(generatedAt), INSTANT_FORMAT]]));
  rows.push(row('blank', []));

  const pillarStatus = [...summary.byPillar.map((p) => p.byStatus), summary.total.byStatus];
  const statusKeys = keysWithBlank(summary.statusNames, pillarStatus);
  const statusHeader = (k: string) => (k === '' ? SUMMARY.unset : k);
  addBlock(
    'status',
    SUMMARY.statusByPillar,
    [SUMMARY.pillar, ...statusKeys.map(statusHeader), SUMMARY.total, SUMMARY.averageProgress],
    summary.byPillar.map((p) =>
      row('data', [
        label(pillarLabel(p)),
        ...countCells(statusKeys, p.byStatus),
        num(p.items, COUNT),
        num(p.averageProgress, RATE),
      ]),
    ),
    row('total', [
      label(SUMMARY.total),
      ...countCells(statusKeys, summary.total.byStatus),
      num(summary.total.items, COUNT),
      num(summary.total.averageProgress, RATE),
    ]),
  );

  const gradeKeys = [...summary.gradeCodes, ''];
  const gradeHeader = (k: string) => (k === '' ? SUMMARY.notReported : k);
  addBlock(
    'grade',
    SUMMARY.gradeByPillar,
    [SUMMARY.pillar, ...gradeKeys.map(gradeHeader), SUMMARY.total],
    summary.byPillar.map((p) =>
      row('data', [label(pillarLabel(p)), ...countCells(gradeKeys, p.byGrade), num(p.items, COUNT)]),
    ),
    row('total', [
      label(SUMMARY.total),
      ...countCells(gradeKeys, summary.total.byGrade),
      num(summary.total.items, COUNT),
    ]),
  );

  addBlock(
    'savings',
    SUMMARY.savingsByPillar,
    [SUMMARY.pillar, ...SAVINGS_SHEET_HEADERS],
    summary.byPillar.map((p) => row('data', [label(pillarLabel(p)), ...savingsCells(p)])),
    row('total', [label(SUMMARY.total), ...savingsCells(summary.total)]),
  );

  const c = summary.coverage;
  addBlock(
    'coverage',
    SUMMARY.coverage,
    [SUMMARY.department, SUMMARY.missingItems],
    c.missing.map((m) => row('data', [label(m.department), label(m.itemIds.join('、'))])),
    row('total', [
      label(`${SUMMARY.reported} ${c.reported} / ${SUMMARY.due} ${c.due}`),
      label(c.rate === null ? '' : `${SUMMARY.rate} ${c.rate.toFixed(1)}%`),
    ]),
  );

  addBlock(
    'department',
    SUMMARY.byDepartment,
    [SUMMARY.department, SUMMARY.items, SUMMARY.averageProgress, ...SAVINGS_SHEET_HEADERS],
    summary.byDepartment.map((d) =>
      row('data', [
        label(d.department),
        num(d.items, COUNT),
        num(d.averageProgress, RATE),
        ...savingsCells(d),
      ]),
    ),
    null,
  );

  addBlock(
    'reform',
    SUMMARY.byReform,
    [SUMMARY.pillar, SUMMARY.reform, SUMMARY.items, SUMMARY.averageProgress, ...SAVINGS_SHEET_HEADERS],
    summary.byReform.map((r) =>
      row('data', [
        num(r.pillarNo, COUNT),
        label(`${r.reformNo} ${r.name}`),
        num(r.items, COUNT),
        num(r.averageProgress, RATE),
        ...savingsCells(r),
      ]),
    ),
    null,
  );

  if (summary.ledger) addLedgerBlocks(summary.ledger, summary.byPillar, addBlock);

  const width = Math.max(...rows.map((r) => r.cells.length), 2);
  const pad = <T>(cells: T[], fill: T): T[] => [...cells, ...Array<T>(width - cells.length).fill(fill)];
  return {
    width,
    blocks,
    values: rows.map((r) => pad(r.cells, '')),
    numberFormats: rows.map((r) => pad(r.formats, TEXT)),
    fontWeights: rows.map((r) =>
      Array(width).fill(r.kind === 'data' || r.kind === 'blank' ? 'normal' : 'bold'),
    ),
    backgrounds: rows.map((r) =>
      Array(width).fill(r.kind === 'header' ? HEADER_BACKGROUND : PLAIN_BACKGROUND),
    ),
  };
}

/** The yearly ledger: the total per 年度 with the period's sum, then each pillar's period figures. */
function addLedgerBlocks(
  ledger: LedgerTotals,
  pillars: readonly { pillarNo: number; name: string }[],
  addBlock: (id: SummaryBlock['id'], title: string, header: string[], data: Row[], total: Row | null) => void,
): void {
  const { total } = ledger;
  addBlock(
    'ledgerYears',
    LEDGER.yearsBlock,
    [
      LEDGER.fiscalYear,
      LEDGER.target,
      LEDGER.actual,
      LEDGER.cumulativeTarget,
      LEDGER.cumulativeActual,
      LEDGER.achievementRate,
      LEDGER.cumulativeRate,
      LEDGER.basis,
    ],
    total.years.map((year) => row('data', ledgerYearCells(year))),
    row('total', [
      label(LEDGER.periodTotal),
      num(total.period.target.total, EFFECT),
      num(total.period.actual?.total ?? null, EFFECT),
      label(''),
      label(''),
      num(total.period.achievementRate, RATE),
    ]),
  );
  const name = (pillarNo: number) => pillars.find((p) => p.pillarNo === pillarNo)?.name ?? '';
  addBlock(
    'ledgerPillars',
    LEDGER.pillarsBlock,
    [SUMMARY.pillar, ...LEDGER.pillarHeaders],
    ledger.byPillar.map((p) => row('data', [label(`${p.pillarNo} ${name(p.pillarNo)}`), ...periodCells(p)])),
    row('total', [label(SUMMARY.total), ...periodCells(total)]),
  );
}
