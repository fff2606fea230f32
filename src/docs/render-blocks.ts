// Appends outline blocks to a Google Docs body with few calls: a whole table in one appendTable, then its
// styling: font size for the whole table and bold for the header row in one call chain each, shading per header
// cell, and one call chain per right-aligned cell (DocumentApp has no column-wide alignment). The count depends on
// the tables' sizes, and tables whose rows are items are all left-aligned, so it does not grow with the items.
import { REPORT } from '../domain/messages';
import type { Block } from '../domain/report/blocks';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;

const HEADER_SHADING = '#d9d9d9';
const TABLE_FONT_SIZE = 9;
const CHART_SIZE = { width: 480, height: 240 };

function styleTable(table: Table, rows: string[][], align: ('left' | 'right')[]): void {
  // Reference, class Text: editAsText gives "a single text element containing all the characters" of the element,
  // and Text.setFontSize/setBold without offsets format all of it — so one chain styles every cell's text.
  // (Table/TableRow.setAttributes is not used: no reliable source says container attributes reach the text.)
  table.editAsText().setFontSize(TABLE_FONT_SIZE);
  const header = table.getRow(0);
  header.editAsText().setBold(true);
  // Reference, TableCell.setBackgroundColor: the cell's background; the row has no such method.
  for (let c = 0; c < (rows[0]?.length ?? 0); c++) header.getCell(c).setBackgroundColor(HEADER_SHADING);
  // Alignment belongs to paragraphs (Paragraph.setAlignment); no reliable source confirms that
  // HORIZONTAL_ALIGNMENT set on a cell, row or table reaches the paragraphs inside, so each cell's paragraph is set.
  for (let r = 1; r < rows.length; r++)
    align.forEach((a, c) => {
      if (a === 'right')
        table.getCell(r, c).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    });
}

function chartImage(block: Extract<Block, { kind: 'chart' }>): GoogleAppsScript.Base.Blob {
  const data = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, REPORT.chartColumns.label)
    .addColumn(Charts.ColumnType.NUMBER, REPORT.chartColumns.value);
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

/**
 * Where blocks go: the body, and while it is still unused the empty paragraph every new document starts with, which
 * the first text block takes over instead of leaving an empty line at the top.
 */
export interface BlockSink {
  body: Body;
  initialParagraph: GoogleAppsScript.Document.Paragraph | null;
}

function appendText(sink: BlockSink, text: string): GoogleAppsScript.Document.Paragraph {
  const initial = sink.initialParagraph;
  sink.initialParagraph = null;
  if (!initial) return sink.body.appendParagraph(text);
  initial.setText(text);
  return initial;
}

export function appendBlock(sink: BlockSink, block: Block): void {
  const H = DocumentApp.ParagraphHeading;
  const { body } = sink;
  switch (block.kind) {
    case 'title':
      appendText(sink, block.text).setHeading(H.TITLE);
      return;
    case 'subtitle':
      appendText(sink, block.text).setHeading(H.SUBTITLE);
      return;
    case 'heading':
      appendText(sink, block.text).setHeading(block.level === 1 ? H.HEADING1 : H.HEADING2);
      return;
    case 'paragraph':
      appendText(sink, block.text);
      return;
  }
  // Anything else goes after the initial paragraph, which then stays where it is.
  sink.initialParagraph = null;
  switch (block.kind) {
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
