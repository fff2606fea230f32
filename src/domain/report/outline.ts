// Builds the meeting report's outline from the register: every figure is taken from aggregate() (the same
// function the 集計 sheet uses); the only other inputs are item texts and the history's changes.

import type { GroupFigures, Summary } from '../api';
import { historyAsOf, itemsAsReported } from '../as-of';
import { formatWarekiDate, isoDateInTokyo, warekiFiscalYear } from '../fiscal-year';
import { latestReportsIn } from '../history';
import type { ItemLedger, LedgerTotals } from '../ledger';
import { gradedIn, isUnderReform, withCompletedCarried } from '../lifecycle';
import { EFFECT_TYPE_LABELS, LEDGER } from '../messages/ledger';
import { LIFECYCLE } from '../messages/lifecycle';
import { REPORT } from '../messages/report';
import { REVIEW } from '../messages/review';
import { SUMMARY } from '../messages/summary';
import { formatEffect, formatIndicatorValue, formatPercent } from '../money';
import { roundFigures } from '../round-summary';
import { previousRoundOf } from '../rounds';
import { SAVINGS_COLUMNS } from '../savings-columns';
import type { HistoryEntry, Item, Master, ReportRequest } from '../schemas';
import type { Alignment, Block, ReportOutline, ReportSection } from './blocks';
import { changesSince } from './changes';

export interface ReportInput {
  master: Master;
  items: Item[];
  history: HistoryEntry[];
  request: ReportRequest;
  now: Date;
  /** The instant whose record the report shows (ISO); the latest record when absent. */
  asOf?: string;
  /** Chain breaks the plan office confirmed: noted on the first page. */
  tampering?: string[];
}

const count = (n: number) => `${n}件`;
const table = (rows: string[][], align: Alignment[]): Block => ({ kind: 'table', rows, align });

function figureRows(figures: GroupFigures, summary: Summary): string[][] {
  return [
    ...summary.statusNames.map((name) => [REPORT.statusRow(name), count(figures.byStatus[name] ?? 0)]),
    ...[...summary.gradeCodes, ''].map((code) => [REPORT.gradeRow(code), count(figures.byGrade[code] ?? 0)]),
    [REPORT.savingsPlanRow, formatEffect(figures.savings.planTotal)],
    [REPORT.savingsActualRow, formatEffect(figures.savings.actualTotal)],
  ];
}

/** Page 1 after the title: the one-sentence summary, the 柱 × 評価 matrix and one chart of the same figures. */
function page1(summary: Summary): ReportSection {
  const grades = [...summary.gradeCodes, ''];
  const sentence = REPORT.summarySentence(
    summary.total.items,
    grades.map((code) => REPORT.gradePart(code, summary.total.byGrade[code] ?? 0)),
  );
  const matrixRow = (label: string, f: GroupFigures) => [
    label,
    ...grades.map((code) => String(f.byGrade[code] ?? 0)),
    String(f.items),
  ];
  const matrix = [
    [REPORT.matrixCorner, ...grades.map((code) => code || REPORT.unreported), REPORT.rowTotal],
    ...summary.byPillar.map((p) => matrixRow(REPORT.pillarHeading(p.pillarNo, p.name), p)),
    matrixRow(REPORT.total, summary.total),
  ];
  const chart: Block = {
    kind: 'chart',
    title: REPORT.chartTitle,
    categories: summary.byPillar.map((p) => REPORT.chartCategory(p.pillarNo)),
    series: grades.map((code) => ({
      label: code || REPORT.unreported,
      values: summary.byPillar.map((p) => p.byGrade[code] ?? 0),
    })),
    axes: REPORT.chartAxes,
  };
  return {
    id: 'summary',
    blocks: [
      { kind: 'paragraph', text: sentence },
      table(matrix, ['left', ...grades.map((): Alignment => 'right'), 'right']),
      chart,
      { kind: 'pageBreak' },
    ],
  };
}

/**
 * Once the plan office has reviewed any report of the round, how many grades are still the departments' own: a
 * city that does not review has only 自己評価, and its report stays as it was.
 */
function reviewRows(summary: Summary): string[][] {
  const review = summary.review;
  if (!review || review.reviewed + review.returned === 0) return [];
  return [
    [REVIEW.unreviewedRow, REVIEW.unreviewedFigure(review.unreviewed, review.reviewed, review.returned)],
  ];
}

function overview(summary: Summary): ReportSection {
  const { total, coverage } = summary;
  const rows = [
    [...REPORT.overviewHeader],
    [REPORT.itemsTotal, count(total.items)],
    [REPORT.coverage, `${coverage.reported}／${coverage.due}件（${formatPercent(coverage.rate)}）`],
    ...reviewRows(summary),
    [
      REPORT.averageProgress,
      SUMMARY.averageOfReported(formatPercent(total.averageProgress), total.unreported),
    ],
    ...figureRows(total, summary),
  ];
  return {
    id: 'overview',
    blocks: [{ kind: 'heading', level: 1, text: REPORT.sections.overview }, table(rows, ['left', 'right'])],
  };
}

function pillars(summary: Summary): ReportSection {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: REPORT.sections.pillars }];
  for (const pillar of summary.byPillar) {
    blocks.push(
      { kind: 'heading', level: 2, text: REPORT.pillarHeading(pillar.pillarNo, pillar.name) },
      table([[...REPORT.pillarHeader], ...figureRows(pillar, summary)], ['left', 'right']),
    );
  }
  return { id: 'pillars', blocks };
}

/** Items with a late grade in the round, with the 課題 and 今後の方針 of that round's report (not a later one). */
function late(input: ReportInput, reports: Map<string, HistoryEntry>): ReportSection {
  const lateCodes = new Set(input.master.grades.filter((g) => g.late).map((g) => g.code));
  const rows = input.items
    .filter((item) => lateCodes.has(reports.get(item.id)?.grade ?? ''))
    .map((i) => [
      i.id,
      i.title,
      i.department,
      reports.get(i.id)?.grade ?? '',
      reports.get(i.id)?.issues ?? '',
      reports.get(i.id)?.nextSteps ?? '',
    ]);
  const heading: Block = { kind: 'heading', level: 1, text: REPORT.sections.late };
  if (!rows.length) return { id: 'late', blocks: [heading, { kind: 'paragraph', text: REPORT.noLate }] };
  return { id: 'late', blocks: [heading, table([[...REPORT.lateHeader], ...rows], Array(6).fill('left'))] };
}

function changes(input: ReportInput): ReportSection {
  const heading: Block = { kind: 'heading', level: 1, text: REPORT.sections.changes };
  const previous = previousRoundOf(input.master, input.request.roundId);
  if (!previous)
    return { id: 'changes', blocks: [heading, { kind: 'paragraph', text: REPORT.noPreviousRound }] };
  const list = changesSince(input.master, input.items, input.history, input.request.roundId, previous.id);
  if (!list.length)
    return {
      id: 'changes',
      blocks: [heading, { kind: 'paragraph', text: REPORT.noChanges(previous.label) }],
    };
  const rows = list.map((c) => [c.itemId, c.title, REPORT.changeKinds[c.kind], c.before, c.after]);
  return {
    id: 'changes',
    blocks: [
      heading,
      { kind: 'paragraph', text: REPORT.changesAgainst(previous.label) },
      table([[...REPORT.changesHeader], ...rows], Array(5).fill('left')),
    ],
  };
}

function savingsRow(label: string, f: GroupFigures): string[] {
  return [
    label,
    ...SAVINGS_COLUMNS.map((c) =>
      c.kind === 'rate' ? formatPercent(f.savings[c.figure]) : formatEffect(f.savings[c.figure]),
    ),
  ];
}

/** The plan's 効果額 by 年度: target, actual (見込み/確定), cumulative figures and rates, and the period's sum. */
function ledgerTable(ledger: LedgerTotals): Block {
  const { total } = ledger;
  const rows = [
    [
      LEDGER.fiscalYear,
      LEDGER.target,
      LEDGER.actual,
      LEDGER.cumulativeTarget,
      LEDGER.cumulativeActual,
      LEDGER.achievementRate,
      LEDGER.basis,
    ],
    ...total.years.map((y) => [
      warekiFiscalYear(y.fiscalYear),
      formatEffect(y.target.total),
      formatEffect(y.actual?.total),
      formatEffect(y.cumulativeTarget),
      formatEffect(y.cumulativeActual),
      formatPercent(y.achievementRate),
      LEDGER.basisLabel(y.basis),
    ]),
    [
      LEDGER.periodTotal,
      formatEffect(total.period.target.total),
      formatEffect(total.period.actual?.total),
      '',
      '',
      formatPercent(total.period.achievementRate),
      '',
    ],
  ];
  return table(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left']);
}

function savings(summary: Summary, ledger: LedgerTotals): ReportSection {
  const rows = [
    [REPORT.savingsCategory, ...SAVINGS_COLUMNS.map((c) => c.header)],
    ...summary.byPillar.map((p) => savingsRow(REPORT.pillarHeading(p.pillarNo, p.name), p)),
    savingsRow(REPORT.total, summary.total),
  ];
  const align: Alignment[] = ['left', ...SAVINGS_COLUMNS.map((): Alignment => 'right')];
  return {
    id: 'savings',
    blocks: [
      { kind: 'heading', level: 1, text: REPORT.sections.savings },
      { kind: 'paragraph', text: REPORT.savingsUnit },
      table(rows, align),
      { kind: 'heading', level: 2, text: LEDGER.yearsBlock },
      ledgerTable(ledger),
    ],
  };
}

/**
 * Each item's plan against actual, one row per 年度 of the period, items in the order of the first table (a
 * cross-listed item once, under its own reform): the indicator's target and actual and the 効果額 target and actual
 * of the year exactly as the ledger counts them (ledger.ts: a 継続 effect again in later years, actuals as of the
 * round), so the rows add up to the 効果額 section's totals.
 */
function yearsTable(master: Master, items: Item[], ledgers: ReadonlyMap<string, ItemLedger>): Block {
  const rows: string[][] = [[...REPORT.appendixYearsHeader]];
  for (const reform of master.reforms)
    for (const item of items
      .filter((i) => i.reformNo === reform.no)
      .sort((a, b) => a.id.localeCompare(b.id))) {
      const ledger = ledgers.get(item.id);
      if (!ledger) continue;
      ledger.years.forEach((year, i) => {
        const indicator = ledger.indicator[i];
        rows.push([
          i === 0 ? item.id : '',
          i === 0 ? item.title : '',
          i === 0 ? EFFECT_TYPE_LABELS[ledger.effectType] : '',
          warekiFiscalYear(year.fiscalYear),
          formatIndicatorValue(indicator?.target),
          formatIndicatorValue(indicator?.actual),
          formatEffect(year.target.total),
          formatEffect(year.actual?.total),
          formatPercent(year.achievementRate),
          LEDGER.basisLabel(year.basis),
        ]);
      });
    }
  return table(rows, Array<Alignment>(REPORT.appendixYearsHeader.length).fill('left'));
}

/** All items grouped by pillar and reform: one table, a label row before each reform's items. */
function appendix(
  master: Master,
  items: Item[],
  reports: Map<string, HistoryEntry>,
  ledgers: ReadonlyMap<string, ItemLedger>,
): ReportSection {
  const rows: string[][] = [[...REPORT.appendixHeader]];
  for (const reform of master.reforms) {
    const own = items.filter((i) => isUnderReform(i, reform.no)).sort((a, b) => a.id.localeCompare(b.id));
    if (!own.length) continue;
    rows.push([REPORT.reformRow(reform.no, reform.name), '', '', '', '', '']);
    for (const i of own)
      rows.push([
        i.id,
        i.reformNo === reform.no ? i.title : `${i.title}${LIFECYCLE.crossListedMark}`,
        i.department,
        i.status,
        formatPercent(i.progress),
        reports.get(i.id)?.grade ?? '',
      ]);
  }
  return {
    id: 'appendix',
    blocks: [
      { kind: 'landscape' },
      { kind: 'heading', level: 1, text: REPORT.sections.appendix },
      table(rows, Array<Alignment>(6).fill('left')),
      { kind: 'heading', level: 2, text: REPORT.appendixYearsHeading },
      { kind: 'paragraph', text: REPORT.savingsUnit },
      yearsTable(master, items, ledgers),
    ],
  };
}

export function reportOutline(recorded: ReportInput): { outline: ReportOutline; summary: Summary } {
  // Everything comes from the history as it stood at asOf (a logged meeting reproduced), else as it stands.
  // Only the items in the round's grading, a completed item's report standing for later rounds (lifecycle.ts).
  const { master, request } = recorded;
  const recordedHistory = historyAsOf(recorded.history, recorded.asOf);
  const { summary, itemLedgers } = roundFigures(
    master,
    [...recorded.items],
    recordedHistory,
    request.roundId,
  );
  const items = gradedIn(master, recorded.items, request.roundId);
  const history = withCompletedCarried(master, items, recordedHistory, request.roundId);
  const input = { ...recorded, items, history };
  const reports = latestReportsIn(history, request.roundId);
  const title = [request.documentNo, master.planName, summary.roundLabel, REPORT.titleSuffix]
    .filter(Boolean)
    .join(' ');
  const meetingDate = formatWarekiDate(request.meetingDate);
  // The figures are the record as it stood when the report was made (or at the logged instant it reproduces), not
  // at the meeting, which may come days later: that day is the 現在 date.
  const asOfDate = formatWarekiDate(isoDateInTokyo(recorded.asOf ? new Date(recorded.asOf) : input.now));
  const scalars: Record<string, string> = {
    plan_name: master.planName,
    city: master.city,
    round: summary.roundLabel,
    meeting_name: request.meetingName,
    meeting_date: meetingDate,
    document_no: request.documentNo,
    created_date: formatWarekiDate(isoDateInTokyo(input.now)),
    as_of_date: asOfDate,
    title,
  };
  const heading: Block[] = [
    ...(request.documentNo ? [{ kind: 'paragraph', text: request.documentNo, align: 'right' } as Block] : []),
    { kind: 'title', text: `${master.planName} ${summary.roundLabel} ${REPORT.titleSuffix}` },
    { kind: 'subtitle', text: REPORT.meetingLine(request.meetingName, meetingDate) },
    { kind: 'paragraph', text: REPORT.asOfLine(asOfDate), align: 'right' },
    ...(input.tampering?.length
      ? [{ kind: 'paragraph', text: REPORT.tamperNotice(input.tampering.join('')) } as Block]
      : []),
  ];
  const sections = [
    page1(summary),
    overview(summary),
    pillars(summary),
    late(input, reports),
    changes(input),
    savings(summary, summary.ledger),
    appendix(
      master,
      itemsAsReported(items, history, request.roundId),
      reports,
      new Map(itemLedgers.map((l) => [l.id, l])),
    ),
  ];
  return { outline: { title, scalars, heading, sections }, summary };
}
