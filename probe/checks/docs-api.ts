// Checks of the Docs advanced service as the emulation models it (emulator/document/docs-layout.ts, session.ts):
// the reference's index offsets, DocumentApp's saveAndClose, what the API sees of unsaved edits, and a refused
// range. Each check makes one document named "probe kit: <id>" in the deployer's Drive.
import type { ProbeCheck } from '../check';
import { same } from './observe';

const docsApi = () => {
  if (typeof Docs === 'undefined' || !Docs?.Documents)
    throw new Error('the Docs advanced service is not enabled');
  return Docs.Documents;
};

const span = (e: { startIndex?: number; endIndex?: number } | undefined) =>
  `${e?.startIndex ?? 0}-${e?.endIndex ?? '?'}`;

export const checks: ProbeCheck[] = [
  {
    id: 'docs.table-offsets',
    assumption:
      'documents.get lays an empty 2×2 table appended to a new document at S = 2 as the reference says: table S to S+12, rows S+1 and S+6, cell paragraphs at 5, 7, 10 and 12.',
    source: 'developers.google.com/workspace/docs/api/how-tos/tables (index offsets of a 2×2 table)',
    tag: 'doc',
    run() {
      const doc = DocumentApp.create(`probe kit: ${this.id}`);
      doc.getBody().appendTable([
        ['', ''],
        ['', ''],
      ]);
      const id = doc.getId();
      doc.saveAndClose();
      const table = docsApi()
        .get(id)
        .body?.content?.find((e) => e.table);
      const rows = table?.table?.tableRows ?? [];
      const cells = rows.flatMap((r) => (r.tableCells ?? []).map((c) => span(c.content?.[0])));
      return same(
        'table 2-14, rows 3-8 8-13, cell paragraphs 5-6 7-8 10-11 12-13',
        `table ${span(table)}, rows ${rows.map(span).join(' ')}, cell paragraphs ${cells.join(' ')}`,
      );
    },
  },
  {
    id: 'docs.closed-document',
    assumption:
      'After saveAndClose, the Document refuses further calls: "Document is closed, its contents cannot be updated."',
    source: 'brucemcpherson/gas-fakes#45 (seen, live Apps Script)',
    tag: 'seen',
    run() {
      const doc = DocumentApp.create(`probe kit: ${this.id}`);
      doc.saveAndClose();
      let observed = 'no error';
      try {
        doc.getBody().appendParagraph('after close');
      } catch (error) {
        observed = (error as Error).message;
      }
      return same('Document is closed, its contents cannot be updated.', observed);
    },
  },
  {
    id: 'docs.unsaved-edits',
    assumption:
      'documents.get does not see DocumentApp edits of the same execution before saveAndClose (the report saves first, so either answer is handled).',
    source: 'apps-script/reference/document/document#saveAndClose (open)',
    tag: 'open',
    run() {
      const doc = DocumentApp.create(`probe kit: ${this.id}`);
      doc.getBody().appendParagraph('unsaved');
      const before = docsApi().get(doc.getId()).body?.content?.length ?? 0;
      doc.saveAndClose();
      return {
        expected: '2 (not seen) or 3 (seen)',
        observed: String(before),
        pass: before === 2 || before === 3,
      };
    },
  },
  {
    id: 'docs.final-newline',
    assumption:
      'batchUpdate refuses a style range that includes the body\'s final newline: "Index N must be less than the end index of the referenced segment, N."',
    source: 'live API errors quoted in public test suites (seen)',
    tag: 'seen',
    run() {
      const doc = DocumentApp.create(`probe kit: ${this.id}`);
      const id = doc.getId();
      doc.saveAndClose();
      let observed = 'no error';
      try {
        const range = { startIndex: 1, endIndex: 2 };
        docsApi().batchUpdate(
          { requests: [{ updateTextStyle: { range, textStyle: { bold: true }, fields: 'bold' } }] },
          id,
        );
      } catch (error) {
        observed = (error as Error).message;
      }
      return same(
        'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].updateTextStyle: Index 2 must be less than the end index of the referenced segment, 2.',
        observed,
      );
    },
  },
];
