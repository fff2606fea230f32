// Meeting-report helpers shared by the server tests and the benchmark: a request, one generation, and the
// DocumentApp and Docs API calls it made.
import type { Environment } from '../emulator';
import type { ApiResult, ReportResult } from '../src/domain/api';
import type { ReportRequest } from '../src/domain/schemas';
import { reportRequest } from './payloads';

/** The classes of the Document service: every call on them is a DocumentApp call. */
const DOCUMENT_CLASSES = new Set([
  'DocumentApp',
  'Document',
  'Body',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'PageBreak',
  'InlineImage',
]);

export function documentAppCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([method]) => DOCUMENT_CLASSES.has(method.split('.')[0] ?? ''))
    .reduce((total, [, n]) => total + n, 0);
}

/** Calls of the Docs advanced service (Docs.Documents.get, .batchUpdate): not DocumentApp calls. */
export function docsApiCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([method]) => method.startsWith('Docs.'))
    .reduce((total, [, n]) => total + n, 0);
}

/** The bench scenario: one report of the current round, as the sidebar's button would ask for it. */
export function runReport(env: Environment, patch: Partial<ReportRequest> = {}): ApiResult<ReportResult> {
  return env.scriptRun('generateReport', [reportRequest(patch)]) as ApiResult<ReportResult>;
}
