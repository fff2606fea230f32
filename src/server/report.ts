// 会議報告書: under the document lock, reads the register once, checks the request, the template and the log
// before anything is created, builds the document from the outline, and logs it only after it is complete.
// A logged report is made again from the record as it stood at its 作成日時 (regenerateReport).

import { createReportDocument } from '../docs/report-document';
import { readTemplate } from '../docs/template';
import { roundCoverage } from '../domain/aggregate';
import type { ReportPreflight, ReportResult, ReportSidebarStart } from '../domain/api';
import { planAsOf } from '../domain/as-of';
import { parseIsoDate } from '../domain/fiscal-year';
import { recordedItems } from '../domain/hand-edits';
import { REPORT } from '../domain/messages';
import { mayRunPlanOfficeTasks } from '../domain/permissions';
import { parseOrRefuse, Refusal, refuseInvalid } from '../domain/refusal';
import { reportOutline } from '../domain/report/outline';
import { unknownPlaceholders } from '../domain/report/placeholders';
import { resolveRound } from '../domain/rounds';
import { type Master, RegenerateRequestSchema, ReportRequestSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { handEditedRowCount, type RegisterRow, RegisterStore } from '../sheets/register-store';
import { findLoggedReport, planLog, writeLog } from '../sheets/report-log';
import { currentUserEmail, nowIso } from './current-user';
import { masterViewOf } from './items';
import { withDocumentLock } from './lock';
import { tamperFindings } from './tamper-check';

function templateOrRefuse(templateDocId: string) {
  if (!templateDocId) return null;
  const template = readTemplate(templateDocId);
  if (!template) throw new Refusal({ code: 'template', message: REPORT.templateMissing });
  const unknown = unknownPlaceholders(template.map((e) => e.text));
  if (unknown.length) throw new Refusal({ code: 'template', message: REPORT.unknownPlaceholder(unknown) });
  return template;
}

/** The schema checks the shape 'YYYY-MM-DD'; 2026-02-30 has that shape but no 和暦. */
function refuseUnrealDate(meetingDate: string): void {
  if (!parseIsoDate(meetingDate))
    refuseInvalid([{ path: 'meetingDate', message: REPORT.meetingDateNotReal }]);
}

/**
 * A report built from a history changed by hand would present bent figures as the record: refused, unless the plan
 * office confirms, and then the document says so.
 */
function tamperingOrRefuse(
  store: RegisterStore,
  rows: readonly RegisterRow[],
  acknowledged: boolean | undefined,
): string[] {
  const tampering = tamperFindings(
    (sheet) => store.sheetValues(sheet),
    rows.map((r) => ({ id: r.item.id, revision: r.item.revision })),
  ).map((t) => t.message);
  if (tampering.length && !acknowledged)
    throw new Refusal({ code: 'tampered', message: REPORT.tampered(tampering.join('')) });
  return tampering;
}

/**
 * 作成日時 and every 履歴 日時 are whole seconds. The log's time is taken after the history was read, so everything the
 * report saw is at or before it; holding the lock into the next second makes everything recorded after the report
 * later than it, so a reproduction's cut at 作成日時 is exact (a save that waited for the lock would otherwise land
 * in the same second). At most one second, on an operation that takes several.
 */
function holdUntilNextSecond(): void {
  Utilities.sleep(1000 - (Date.now() % 1000));
}

/** What 作成 would meet, read without the lock: coverage as of now, unadopted hand edits, chain breaks. */
function preflightOf(store: RegisterStore, master: Master, roundId: unknown): ReportPreflight {
  const round = resolveRound(master, roundId);
  const history = store.readHistory();
  const { rows } = store.readRegister(master);
  const coverage = roundCoverage(master, recordedItems(rows, history), history, round);
  return {
    roundId: round,
    coverage,
    handEditRows: handEditedRowCount(rows),
    // 履歴 and 台帳 as read above, verified without reading them again.
    tampering: tamperFindings(
      (sheet) => store.sheetValues(sheet),
      rows.map((r) => ({ id: r.item.id, revision: r.item.revision })),
    ),
  };
}

export function reportPreflight(roundId: unknown): ReportPreflight {
  const store = new RegisterStore();
  return preflightOf(store, store.readMaster(), roundId);
}

/**
 * The 報告書 sidebar's first answer: the master view and, for the plan office, the pre-flight of the default round,
 * so the sidebar is usable after one round trip. Anyone else gets the view only (and is told who makes reports).
 */
export function reportSidebarStart(): ReportSidebarStart {
  const store = new RegisterStore();
  const { master, warnings } = store.readMasterWithWarnings();
  const view = masterViewOf(master, warnings);
  const planOffice = mayRunPlanOfficeTasks(view.user) && view.defaultRoundId !== '';
  return { view, preflight: planOffice ? preflightOf(store, master, view.defaultRoundId) : null };
}

export function generateReport(payload: unknown): ReportResult {
  const request = parseOrRefuse(parsePayload(ReportRequestSchema, payload));
  refuseUnrealDate(request.meetingDate);
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    resolveRound(master, request.roundId);
    const history = store.readHistory();
    // The recorded rows (hand edits not yet adopted are not reported); the answer says how many rows have some.
    const { rows } = store.readRegister(master);
    const tampering = tamperingOrRefuse(store, rows, request.acknowledgeTampering);
    const log = planLog(store.reportLogSheet(), request.roundId);
    const template = templateOrRefuse(request.templateDocId);
    const items = recordedItems(rows, history);
    const { outline, summary } = reportOutline({
      master,
      items,
      history,
      request,
      now: new Date(),
      tampering,
    });
    const created = createReportDocument(outline, template);
    writeLog(log, {
      createdAt: nowIso(),
      roundId: request.roundId,
      title: outline.title,
      url: created.url,
      user: currentUserEmail(),
    });
    holdUntilNextSecond();
    return {
      ...created,
      title: outline.title,
      roundId: request.roundId,
      roundLabel: summary.roundLabel,
      supersededCount: log.superseded,
      handEditRows: handEditedRowCount(rows),
      summary,
    };
  });
}

/**
 * The logged report whose 作成日時 is `loggedAt`, made again as the record stood then: only history entries recorded
 * up to that instant, and the plan as it was (items created later left out, later edits' earlier plan restored), so
 * every figure equals the original's. Both instants come from the same clock under the same document lock, so an
 * entry recorded after the report has a later 日時. The new document is named 【再現】…, is not logged and
 * supersedes nothing: it is a copy of a past meeting's report, not a new report of the round. Reads only.
 */
export function regenerateReport(payload: unknown): ReportResult {
  const { loggedAt, ...meeting } = parseOrRefuse(parsePayload(RegenerateRequestSchema, payload));
  refuseUnrealDate(meeting.meetingDate);
  const store = new RegisterStore();
  const master = store.readMaster();
  const found = findLoggedReport(store.reportLogSheet(), loggedAt);
  if (!found) refuseInvalid([{ path: 'loggedAt', message: REPORT.logEntryNotFound(loggedAt) }]);
  const { createdAt, ...logged } = found;
  const roundId = resolveRound(master, logged.roundId);
  // A reproduction rests on the history and the plans its edits kept: a chain broken by hand is refused the same way.
  const history = store.readHistory();
  const { rows } = store.readRegister(master);
  const tampering = tamperingOrRefuse(store, rows, meeting.acknowledgeTampering);
  const template = templateOrRefuse(meeting.templateDocId);
  const { outline, summary } = reportOutline({
    master,
    items: planAsOf(recordedItems(rows, history), history, createdAt),
    history,
    asOf: createdAt,
    request: { ...meeting, roundId },
    now: new Date(createdAt),
    tampering,
  });
  const title = REPORT.reproducedTitle(outline.title);
  const created = createReportDocument({ ...outline, title }, template);
  return {
    ...created,
    title,
    roundId,
    roundLabel: summary.roundLabel,
    supersededCount: 0,
    handEditRows: handEditedRowCount(rows),
    summary,
  };
}
