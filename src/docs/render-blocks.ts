// Appends outline blocks to a Google Docs body with few calls: a whole table in one appendTable, then its
// styling: font size for the whole table and bold for the header row in one call each, shading per header cell,
// and one call chain per right-aligned cell (DocumentApp has no column-wide alignment).
import type { Block } from '../domain/report/blocks';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;

const HEADER_SHADING = '#d9d9d9';
const TABLE_FONT_SIZE = 9;
const CHART_SIZE = { width: 480, height: 240 };

function styleTable(table: Table, rows: string[][], align: ('left' | 'right')[]): void {
  table.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: TABLE_FONT_SIZE });
  const header = table.getRow(0);
  header.setAttributes({ [DocumentApp.Attribute.BOLD]: true });
  for (let c = 0; c < (rows[0]?.length ?? 0); c++) header.getCell(c).setBackgroundColor(HEADER_SHADING);
  for (let r = 1; r < rows.length; r++)
    align.forEach((a, c) => {
      if (a === 'right')
        table.getCell(r, c).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    });
}

function chartImage(block: Extract<Block, { kind: 'chart' }>): GoogleAppsScript.Base.Blob {
  const data = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, '区分')
    .addColumn(Charts.ColumnType.NUMBER, '件数');
  block.labels.forEach((label, i) => {
    data.addRow([label, block.values[i] ?? 0]);
  });
  return Charts.newColumnChart()
    .setDataTable(data)
    .setTitle(block.title)
    .setDimensions(CHART_SIZE.width, CHART_SIZE.height)
    .build()
    .getAs('image/png');
}

export function appendBlock(body: Body, block: Block): void {
  const H = DocumentApp.ParagraphHeading;
  switch (block.kind) {
    case 'title':
      body.appendParagraph(block.text).setHeading(H.TITLE);
      return;
    case 'subtitle':
      body.appendParagraph(block.text).setHeading(H.SUBTITLE);
      return;
    case 'heading':
      body.appendParagraph(block.text).setHeading(block.level === 1 ? H.HEADING1 : H.HEADING2);
      return;
    case 'paragraph':
      body.appendParagraph(block.text);
      return;
    case 'table':
      styleTable(body.appendTable(block.rows), block.rows, block.align);
      return;
    case 'chart':
      body.appendImage(chartImage(block));
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}
