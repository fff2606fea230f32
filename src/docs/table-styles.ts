// Styles the report's generated tables in one Docs API batchUpdate, after their content is saved: font size of the
// whole table, bold and grey shading of the header row, right alignment of number cells. DocumentApp would need a
// call chain per cell for alignment (no column-wide setting), so the count would grow with the tables; here the
// Docs API takes every style in one request list. Ranges come from documents.get of the saved document, asked for
// the tables' row and cell indexes only (a partial response, docs/api/how-tos/performance: 1.4 MB at 5,000 items
// where the whole body is 10.6 MB). A cell's content starts right after the cell's own
// opening index (docs/api/how-tos/tables, the index offsets of a table). Each range stays inside one table and ends
// before the table closes.
import type { Alignment } from '../domain/report/blocks';
import { landscapeRequests } from './section-styles';

type Schema = GoogleAppsScript.Docs.Schema.Request;
type TableElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type Cell = GoogleAppsScript.Docs.Schema.TableCell;

/** The reference's UpdateTableCellStyleRequest; @types/google-apps-script's Docs schema predates it. */
interface UpdateTableCellStyleRequest {
  tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle;
  fields: string;
  tableRange: {
    tableCellLocation: GoogleAppsScript.Docs.Schema.TableCellLocation;
    rowSpan: number;
    columnSpan: number;
  };
}
type Request = Schema & { updateTableCellStyle?: UpdateTableCellStyleRequest };

/** A generated table to style: which table of the body it is (counting the template's too) and its columns. */
export interface TableStyle {
  tableNo: number;
  rows: number;
  align: Alignment[];
}

const TABLE_FONT_SIZE = 9;
// #d9d9d9: the Docs API takes colours as fractions of 255.
const HEADER_SHADING = { red: 217 / 255, green: 217 / 255, blue: 217 / 255 };

/** Only what the ranges need: where each top-level element, row and cell starts and ends. */
const STRUCTURE_FIELDS =
  'body/content(startIndex,endIndex,table(tableRows(startIndex,endIndex,tableCells(startIndex,endIndex))))';

const contentStart = (cell: Cell | undefined) =>
  cell?.startIndex === undefined ? undefined : cell.startIndex + 1;

function rangeOf(first: Cell | undefined, last: Cell | undefined): GoogleAppsScript.Docs.Schema.Range {
  const startIndex = contentStart(first);
  const endIndex = last?.endIndex;
  if (startIndex === undefined || endIndex === undefined) throw new Error('a table cell without indexes');
  return { startIndex, endIndex };
}

function tableRequests(element: TableElement, style: TableStyle): Request[] {
  const rows = (element.table?.tableRows ?? []).map((r) => r.tableCells ?? []);
  if (rows.length !== style.rows)
    throw new Error(`table ${style.tableNo} has ${rows.length} rows, not ${style.rows}`);
  const header = rows[0] ?? [];
  const lastRow = rows.at(-1) ?? [];
  const requests: Request[] = [
    {
      updateTextStyle: {
        range: rangeOf(header[0], lastRow.at(-1)),
        textStyle: { fontSize: { magnitude: TABLE_FONT_SIZE, unit: 'PT' } },
        fields: 'fontSize',
      },
    },
    {
      updateTextStyle: {
        range: rangeOf(header[0], header.at(-1)),
        textStyle: { bold: true },
        fields: 'bold',
      },
    },
    {
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: {
            tableStartLocation: { index: element.startIndex ?? 0 },
            rowIndex: 0,
            columnIndex: 0,
          },
          rowSpan: 1,
          columnSpan: header.length,
        },
        tableCellStyle: { backgroundColor: { color: { rgbColor: HEADER_SHADING } } },
        fields: 'backgroundColor',
      },
    },
  ];
  for (const cells of rows.slice(1))
    style.align.forEach((a, c) => {
      if (a === 'right')
        requests.push({
          updateParagraphStyle: {
            range: rangeOf(cells[c], cells[c]),
            paragraphStyle: { alignment: 'END' },
            fields: 'alignment',
          },
        });
    });
  return requests;
}

/** The requests for the saved document `document` (documents.get), one table after another. */
export function styleRequests(
  document: GoogleAppsScript.Docs.Schema.Document,
  styles: TableStyle[],
): Request[] {
  const tables = (document.body?.content ?? []).filter((e) => e.table);
  return styles.flatMap((style) => {
    const element = tables[style.tableNo];
    if (!element) throw new Error(`the document has no table ${style.tableNo}`);
    return tableRequests(element, style);
  });
}

/**
 * One documents.get and one batchUpdate, whatever the number of tables and rows: the tables' styles, then the
 * landscape sections (section-styles.ts), whose insertions would shift the tables' indexes if they came first.
 */
export function applyTableStyles(documentId: string, styles: TableStyle[], landscapeAt: number[] = []): void {
  if (!styles.length && !landscapeAt.length) return;
  // The manifest enables the service; without it the name is not even defined.
  if (typeof Docs === 'undefined' || !Docs?.Documents)
    throw new Error('the Docs advanced service is not enabled');
  const document = Docs.Documents.get(documentId, { fields: STRUCTURE_FIELDS });
  const requests = [...styleRequests(document, styles), ...landscapeRequests(document, landscapeAt)];
  Docs.Documents.batchUpdate({ requests: requests as Request[] }, documentId);
}
