// 会議報告書: under the document lock, reads the register once, checks the request, the template and the log
// before anything is created, builds the document from the outline, and logs it only after it is complete.

import { createReportDocument } from '../docs/report-document';
import { readTemplate } from '../docs/template';
import type { ReportResult } from '../domain/api';
import { parseIsoDate } from '../domain/fiscal-year';
import { REPORT } from '../domain/messages';
import { parseOrRefuse, Refusal, refuseInvalid } from '../domain/refusal';
import { reportOutline } from '../domain/report/outline';
import { unknownPlaceholders } from '../domain/report/placeholders';
import { resolveRound } from '../domain/rounds';
import { ReportRequestSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { RegisterStore } from '../sheets/register-store';
import { planLog, writeLog } from '../sheets/report-log';
import { currentUserEmail, nowIso } from './current-user';
import { withDocumentLock } from './lock';
import { sheetValues, tamperFindings } from './tamper-check';

function templateOrRefuse(templateDocId: string) {
  if (!templateDocId) return null;
  const template = readTemplate(templateDocId);
  if (!template) throw new Refusal({ code: 'template', message: REPORT.templateMissing });
  const unknown = unknownPlaceholders(template.map((e) => e.text));
  if (unknown.length) throw new Refusal({ code: 'template', message: REPORT.unknownPlaceholder(unknown) });
  return template;
}

export function generateReport(payload: unknown): ReportResult {
  const request = parseOrRefuse(parsePayload(ReportRequestSchema, payload));
  // The schema checks the shape 'YYYY-MM-DD'; 2026-02-30 has that shape but no 和暦.
  if (!parseIsoDate(request.meetingDate))
    refuseInvalid([{ path: 'meetingDate', message: REPORT.meetingDateNotReal }]);
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    resolveRound(master, request.roundId);
    // A report built from a history changed by hand would present bent figures as the record: refused, unless the
    // plan office confirms, and then the document says so.
    const tampering = tamperFindings(sheetValues).map((t) => t.message);
    if (tampering.length && !request.acknowledgeTampering)
      throw new Refusal({ code: 'tampered', message: REPORT.tampered(tampering.join('')) });
    const log = planLog(store.reportLogSheet(), request.roundId);
    const template = templateOrRefuse(request.templateDocId);
    // The recorded rows (hand edits not yet adopted are not reported); the answer says how many rows have some.
    const { rows } = store.readRegister(master);
    const items = rows.map((r) => r.item);
    const { outline, summary } = reportOutline({
      master,
      items,
      history: store.readHistory(),
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
    return {
      ...created,
      title: outline.title,
      roundId: request.roundId,
      roundLabel: summary.roundLabel,
      supersededCount: log.superseded,
      handEditRows: rows.filter((r) => r.handEdits.length > 0).length,
      summary,
    };
  });
}
