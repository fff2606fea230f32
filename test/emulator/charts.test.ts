// Fidelity of the Charts service's bar chart (reference, class BarChartBuilder and enum Position): series stacked
// with setStacked(), the legend where setLegendPosition puts it (none with Position.NONE), the axis titles, all in a
// real PNG; the emulation cannot draw text, so what a real chart writes on the image is read from its iTXt chunks.
import { inflateSync } from 'node:zlib';
import { chartLabels } from '../../emulator/charts/png';
import { probe, probeEnvironment } from '../support/probe';

/** A 100 × 40 bar chart of two categories and two series (a: 1 and 3, b: 1 and 1), as PNG bytes. */
function chart(options: string): Buffer {
  const bytes = probe(
    probeEnvironment(),
    `var data = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, 'cat')
       .addColumn(Charts.ColumnType.NUMBER, 'a').addColumn(Charts.ColumnType.NUMBER, 'b')
       .addRow(['x', 1, 1]).addRow(['y', 3, 1]);
     var png = Charts.newBarChart().setDataTable(data).setDimensions(100, 40)${options}.build().getAs('image/png');
     return png.getBytes();`,
  ) as number[];
  return Buffer.from(bytes.map((b) => b & 0xff));
}

/** The grey of each pixel, row by row (8-bit greyscale, no filter, as the emulation writes it). */
function pixels(png: Buffer): number[][] {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at))
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      chunks.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  const raw = inflateSync(Buffer.concat(chunks));
  return Array.from({ length: 40 }, (_, y) => [...raw.subarray(y * 101 + 1, (y + 1) * 101)]);
}

/** A row's runs of one grey, left to right: [grey, pixels]. */
function runs(png: Buffer, y: number): [number, number][] {
  const out: [number, number][] = [];
  for (const v of pixels(png)[y] ?? []) {
    const last = out.at(-1);
    if (last && last[0] === v) last[1]++;
    else out.push([v, 1]);
  }
  return out;
}

it('stacks the series of a bar chart along its horizontal axis, scaled to the largest stack', () => {
  const stacked = chart('.setStacked()');
  // 96 px of scale (4 px of headroom). Category y (lower half): a 3 then b 1, the largest stack, 72 + 24 px.
  const [a, b, rest] = runs(stacked, 30);
  expect([a?.[1], b?.[1], rest]).toEqual([72, 24, [0xff, 4]]);
  // Category x: a 1 and b 1, 24 px each, in the same greys, then white.
  expect(runs(stacked, 10)).toEqual([
    [a?.[0], 24],
    [b?.[0], 24],
    [0xff, 52],
  ]);
  // Side by side, each series has its own bar on its own rows, scaled to the largest value (3): a 3 is 96 px.
  const apart = chart('');
  expect(runs(apart, 25)).toEqual([
    [a?.[0], 96],
    [0xff, 4],
  ]);
});

it('writes the title, the legend of the series where it is placed and the axis titles', () => {
  const labels = chartLabels(
    chart(
      ".setStacked().setTitle('件数').setLegendPosition(Charts.Position.BOTTOM).setXAxisTitle('件').setYAxisTitle('柱')",
    ),
  );
  expect(labels).toEqual({
    Title: '件数',
    xAxisTitle: '件',
    yAxisTitle: '柱',
    'legend:BOTTOM': 'a\tb',
    categories: 'x\ty',
  });
  expect(chartLabels(chart('.setLegendPosition(Charts.Position.NONE)'))).not.toHaveProperty('legend:NONE');
  // Google Charts' default legend is on the right.
  expect(chartLabels(chart(''))).toHaveProperty('legend:RIGHT', 'a\tb');
});
