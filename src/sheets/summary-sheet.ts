// Writes the 集計 sheet from its layout in a fixed handful of calls, and redraws its two embedded charts.
import { SUMMARY } from '../domain/messages';
import { asPlainText } from '../domain/row-codec';
import { SAVINGS_COLUMNS } from '../domain/savings-columns';
import type { SummaryBlock, SummaryLayout } from '../domain/summary-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A block's label column and data rows (header included), in 1-based sheet coordinates. */
function blockColumns(sheet: Sheet, block: SummaryBlock, offset: number, width = 1) {
  return sheet.getRange(block.headerRow + 1, block.firstColumn + 1 + offset, block.dataRows + 1, width);
}

function drawCharts(sheet: Sheet, layout: SummaryLayout): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const status = layout.blocks.find((b) => b.id === 'status');
  const savings = layout.blocks.find((b) => b.id === 'savings');
  const anchorColumn = layout.width + 2;
  if (status && status.dataRows > 0) {
    // Pillar labels and one column per status; the 合計 and 平均 columns stay out of the stack.
    const chart = sheet
      .newChart()
      .asColumnChart()
      .setStacked()
      .setTitle(SUMMARY.chartStatus)
      .addRange(blockColumns(sheet, status, 0, status.columns - 2))
      .setPosition(2, anchorColumn, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
  if (savings && savings.dataRows > 0) {
    // Pillar labels (the block's first column), then the charted savings columns (見込_計 and 実績_計).
    let builder = sheet
      .newChart()
      .asColumnChart()
      .setTitle(SUMMARY.chartSavings)
      .addRange(blockColumns(sheet, savings, 0));
    SAVINGS_COLUMNS.forEach((c, i) => {
      if (c.charted) builder = builder.addRange(blockColumns(sheet, savings, i + 1));
    });
    sheet.insertChart(builder.setPosition(22, anchorColumn, 0, 0).build());
  }
}

export function writeSummarySheet(sheet: Sheet, layout: SummaryLayout): void {
  sheet.clear();
  const needed = layout.width - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  const range = sheet.getRange(1, 1, layout.values.length, layout.width);
  range.setNumberFormats(layout.numberFormats);
  // Pillar, department and reform names are user text: they must never become formulas.
  range.setValues(
    layout.values.map((row) => row.map((cell) => (typeof cell === 'string' ? asPlainText(cell) : cell))),
  );
  range.setFontWeights(layout.fontWeights);
  range.setBackgrounds(layout.backgrounds);
  drawCharts(sheet, layout);
}
