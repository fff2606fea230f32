// The report's table styles as Docs API requests: ranges inside each table from documents.get's row and cell
// indexes (the reference's 2×2 table at S = 2), a table not shaped as generated refused, and with a city template
// only the generated tables styled, its own left as the city made them.
import { paragraphState } from '../../emulator/document/state';
import { ok, setUpEnvironment } from '../../harness/register';
import { runReport } from '../../harness/report';
import { styleRequests } from '../../src/docs/table-styles';
import type { ReportResult } from '../../src/domain/api';
import { REPORT } from '../../src/domain/messages';
import { bodyView, type ElementView } from '../support/document-view';

/** documents.get's partial answer for an empty 2×2 table at S = 2 (the reference's index offsets). */
const twoByTwo: GoogleAppsScript.Docs.Schema.Document = {
  body: {
    content: [
      { endIndex: 1 },
      { startIndex: 1, endIndex: 2 },
      {
        startIndex: 2,
        endIndex: 14,
        table: {
          tableRows: [
            {
              startIndex: 3,
              endIndex: 8,
              tableCells: [
                { startIndex: 4, endIndex: 6 },
                { startIndex: 6, endIndex: 8 },
              ],
            },
            {
              startIndex: 8,
              endIndex: 13,
              tableCells: [
                { startIndex: 9, endIndex: 11 },
                { startIndex: 11, endIndex: 13 },
              ],
            },
          ],
        },
      },
      { startIndex: 14, endIndex: 15 },
    ],
  },
};

it('styles a table with ranges inside it: all cells, the header row, its shading, each right-aligned cell', () => {
  expect(styleRequests(twoByTwo, [{ tableNo: 0, rows: 2, align: ['left', 'right'] }])).toEqual([
    {
      updateTextStyle: {
        range: { startIndex: 5, endIndex: 13 },
        textStyle: { fontSize: { magnitude: 9, unit: 'PT' } },
        fields: 'fontSize',
      },
    },
    { updateTextStyle: { range: { startIndex: 5, endIndex: 8 }, textStyle: { bold: true }, fields: 'bold' } },
    {
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: 2,
        },
        tableCellStyle: {
          backgroundColor: { color: { rgbColor: { red: 217 / 255, green: 217 / 255, blue: 217 / 255 } } },
        },
        fields: 'backgroundColor',
      },
    },
    {
      updateParagraphStyle: {
        range: { startIndex: 12, endIndex: 13 },
        paragraphStyle: { alignment: 'END' },
        fields: 'alignment',
      },
    },
  ]);
});

it('refuses to style a table that is not the one generated (other rows, or none)', () => {
  expect(() => styleRequests(twoByTwo, [{ tableNo: 0, rows: 3, align: ['left', 'left'] }])).toThrow(
    'table 0 has 2 rows, not 3',
  );
  expect(() => styleRequests(twoByTwo, [{ tableNo: 1, rows: 2, align: ['left', 'left'] }])).toThrow(
    'the document has no table 1',
  );
});

it("styles only the generated tables when a city's template brings a table of its own", () => {
  const env = setUpEnvironment();
  const state = env.services.documents;
  const template = `city-template-${state.nextId++}`;
  state.documents.push({
    id: template,
    name: 'テンプレート',
    body: [
      {
        type: 'TABLE',
        rows: [[{ background: null, attributes: {}, children: [paragraphState('PARAGRAPH', '市の表')] }]],
        attributes: {},
      },
      paragraphState('PARAGRAPH', '{{section:overview}}'),
    ],
  });
  const result = ok<ReportResult>(runReport(env, { templateDocId: template }));
  const tables = bodyView(env.documents.dump(result.documentId)).filter(
    (e): e is Extract<ElementView, { type: 'TABLE' }> => e.type === 'TABLE',
  );
  expect(tables[0]?.rows).toEqual([[{ text: '市の表', background: null, attributes: {} }]]);
  const overview = tables[1];
  expect(overview?.rows[0]?.[0]).toMatchObject({
    text: '項目',
    background: '#d9d9d9',
    attributes: { BOLD: true, FONT_SIZE: 9 },
  });
  expect(overview?.rows[1]?.[1]).toMatchObject({
    attributes: { FONT_SIZE: 9, HORIZONTAL_ALIGNMENT: 'RIGHT' },
  });
  expect(JSON.stringify(bodyView(env.documents.dump(result.documentId)))).toContain(REPORT.sections.overview);
});
