// Draws a sheet's embedded charts over the grid as inline SVG column charts, every label set as text (never HTML).
import type { ChartView } from '../view';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 560;
const HEIGHT = 320;
const PLOT = { left: 64, top: 40, right: 420, bottom: 270 };
// Sheets' default series colours.
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
// Long pillar names would run into each other under the columns: a label is cut to what its column's room holds
// (a full-width character is about one em of the labels' font), the whole text kept in its tooltip.
const LABEL_FONT = 11;
const LABEL_GAP = 4;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A tooltip (SVG <title>) holding text as text. */
function withTooltip<T extends SVGElement>(element: T, text: string): T {
  element.append(svg('title', {}, text));
  return element;
}

/** An axis step of 1, 2 or 5 × 10ⁿ that divides the span into about four parts. */
function axisStep(span: number): number {
  if (span <= 0) return 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? rough;
}

/** The bars of one category: [series index, from, to] in data units, stacked or side by side. */
function bars(chart: ChartView, category: number): { series: number; from: number; to: number }[] {
  let above = 0;
  let below = 0;
  return chart.series.flatMap((series, index) => {
    const value = series.values[category];
    if (value === null || value === undefined) return [];
    if (!chart.stacked) return [{ series: index, from: 0, to: value }];
    const from = value >= 0 ? above : below;
    if (value >= 0) above += value;
    else below += value;
    return [{ series: index, from, to: from + value }];
  });
}

function chartSvg(chart: ChartView): SVGSVGElement {
  const root = svg('svg', { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' });
  root.append(svg('title', {}, chart.title));
  root.append(svg('rect', { width: WIDTH, height: HEIGHT, fill: '#fff' }));
  root.append(
    svg(
      'text',
      { x: WIDTH / 2, y: 22, 'text-anchor': 'middle', 'font-size': 14, class: 'chart-title' },
      chart.title,
    ),
  );

  const all = chart.categories.flatMap((_, c) => bars(chart, c).flatMap((b) => [b.from, b.to]));
  const step = axisStep(Math.max(0, ...all) - Math.min(0, ...all));
  const top = Math.ceil(Math.max(0, ...all) / step) * step || step;
  const bottom = Math.floor(Math.min(0, ...all) / step) * step;
  const y = (value: number) => PLOT.bottom - ((value - bottom) / (top - bottom)) * (PLOT.bottom - PLOT.top);
  for (let i = 0; i <= Math.round((top - bottom) / step); i++) {
    const tick = bottom + i * step;
    root.append(
      svg('line', {
        x1: PLOT.left,
        x2: PLOT.right,
        y1: y(tick),
        y2: y(tick),
        stroke: tick === 0 ? '#666' : '#e0e0e0',
      }),
    );
    root.append(
      svg(
        'text',
        { x: PLOT.left - 6, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': 11, class: 'tick' },
        tick.toLocaleString('ja-JP'),
      ),
    );
  }

  const slot = (PLOT.right - PLOT.left) / Math.max(1, chart.categories.length);
  const barWidth = chart.stacked ? slot * 0.6 : (slot * 0.75) / Math.max(1, chart.series.length);
  chart.categories.forEach((label, c) => {
    const start =
      PLOT.left + slot * c + (slot - (chart.stacked ? barWidth : barWidth * chart.series.length)) / 2;
    for (const bar of bars(chart, c)) {
      const x = chart.stacked ? start : start + barWidth * bar.series;
      const series = chart.series[bar.series];
      const rect = svg('rect', {
        x,
        y: Math.min(y(bar.from), y(bar.to)),
        width: barWidth,
        height: Math.abs(y(bar.to) - y(bar.from)),
        fill: COLOURS[bar.series % COLOURS.length] ?? '#999',
        class: 'bar',
      });
      root.append(
        withTooltip(rect, `${label}　${series?.name ?? ''}: ${series?.values[c]?.toLocaleString('ja-JP')}`),
      );
    }
    const room = Math.max(1, Math.floor((slot - LABEL_GAP) / LABEL_FONT));
    const short = label.length > room ? `${label.slice(0, room - 1)}…` : label;
    const text = svg(
      'text',
      {
        x: PLOT.left + slot * (c + 0.5),
        y: PLOT.bottom + 16,
        'text-anchor': 'middle',
        'font-size': LABEL_FONT,
        class: 'category',
      },
      short,
    );
    root.append(withTooltip(text, label));
  });

  chart.series.forEach((series, index) => {
    const at = PLOT.top + index * 20;
    root.append(
      svg('rect', {
        x: PLOT.right + 16,
        y: at,
        width: 12,
        height: 12,
        fill: COLOURS[index % COLOURS.length] ?? '#999',
      }),
    );
    root.append(
      svg('text', { x: PLOT.right + 34, y: at + 11, 'font-size': 12, class: 'legend' }, series.name),
    );
  });
  return root;
}

/** Places each chart on its anchor cell (as Sheets floats charts over the grid), replacing those drawn before. */
export function drawCharts(wrap: HTMLElement, table: HTMLTableElement, charts: ChartView[]): void {
  for (const old of wrap.querySelectorAll('figure.chart')) old.remove();
  const origin = wrap.getBoundingClientRect();
  for (const chart of charts) {
    const anchor = table.querySelector<HTMLTableCellElement>(`td[data-a1="${chart.anchor.a1}"]`);
    if (!anchor) continue;
    const box = anchor.getBoundingClientRect();
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.setAttribute('aria-label', chart.title);
    figure.style.left = `${box.left - origin.left + wrap.scrollLeft + chart.anchor.offsetX}px`;
    figure.style.top = `${box.top - origin.top + wrap.scrollTop + chart.anchor.offsetY}px`;
    figure.append(chartSvg(chart));
    wrap.append(figure);
  }
}
