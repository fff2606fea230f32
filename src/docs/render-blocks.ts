// Appends outline blocks to a Google Docs body, each in one DocumentApp call (a whole table in one appendTable) and
// a heading in a second; tables are styled afterwards in one Docs API batchUpdate (table-styles.ts), so the calls
// here depend on the outline's blocks, never on the rows of its tables.
import type { Block } from '../domain/report/blocks';
import type { TableStyle } from './table-styles';

type Body = GoogleAppsScript.Document.Body;

const CHART_SIZE = { width: 600, height: 320 };

/**
 * A horizontal bar chart (the categories down the side, long 柱 labels stay readable), its series stacked. Reference,
 * class BarChartBuilder: its example titles the horizontal axis with the values (setXAxisTitle('USD')) and the
 * vertical one with the categories (setYAxisTitle('Film')); setStacked() "uses stacked lines, meaning that line and
 * bar values are stacked (accumulated)"; the data table's first column holds the categories, each further column a
 * series, whose label the legend shows.
 */
function chartImage(block: Extract<Block, { kind: 'chart' }>): GoogleAppsScript.Base.Blob {
  const data = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, block.axes.category);
  for (const series of block.series) data.addColumn(Charts.ColumnType.NUMBER, series.label);
  block.categories.forEach((category, i) => {
    data.addRow([category, ...block.series.map((s) => s.values[i] ?? 0)]);
  });
  return Charts.newBarChart()
    .setDataTable(data)
    .setStacked()
    .setTitle(block.title)
    .setLegendPosition(Charts.Position.BOTTOM)
    .setXAxisTitle(block.axes.value)
    .setYAxisTitle(block.axes.category)
    .setDimensions(CHART_SIZE.width, CHART_SIZE.height)
    .build()
    .getAs('image/png');
}

/**
 * Where blocks go: the body, and while it is still unused the empty paragraph every new document starts with, which
 * the first text block takes over instead of leaving an empty line at the top; the tables appended so far (a
 * template's included), so that each generated table's styles name its place among the body's tables.
 */
export interface BlockSink {
  body: Body;
  initialParagraph: GoogleAppsScript.Document.Paragraph | null;
  tables: number;
  styles: TableStyle[];
  /** The body children (by index) where a landscape section starts: empty paragraphs the section break goes in. */
  landscapeAt: number[];
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
    case 'paragraph': {
      const paragraph = appendText(sink, block.text);
      if (block.align === 'right') paragraph.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      return;
    }
  }
  // Anything else goes after the initial paragraph, which then stays where it is.
  sink.initialParagraph = null;
  switch (block.kind) {
    case 'table':
      body.appendTable(block.rows);
      sink.styles.push({ tableNo: sink.tables++, rows: block.rows.length, align: block.align });
      return;
    case 'chart':
      body.appendImage(chartImage(block));
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
    case 'landscape':
      // DocumentApp has no section breaks: the Docs API puts one at the start of this paragraph (section-styles.ts).
      body.appendParagraph('');
      sink.landscapeAt.push(body.getNumChildren() - 1);
      return;
  }
}
