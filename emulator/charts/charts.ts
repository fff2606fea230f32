// Charts service: a data table and a bar or column chart whose getAs('image/png') gives a real PNG blob. Reference,
// classes BarChartBuilder and ColumnChartBuilder: the data table's first column holds the categories, each further
// column a series; setStacked() "uses stacked lines, meaning that line and bar values are stacked (accumulated)";
// setLegendPosition takes a Charts.Position (enum Position: TOP, RIGHT, BOTTOM, NONE "no legend is displayed");
// setXAxisTitle/setYAxisTitle title the horizontal and the vertical axis (a bar chart's example titles its values
// 'USD' with setXAxisTitle). [open] the default legend position: Google Charts' is 'right', kept here.
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { chartPng } from './png';

/** A blob as Utilities and Charts return it; the bytes are kept as a Buffer. */
export class EmulatedBlob implements Pick<GoogleAppsScript.Base.Blob, 'getContentType' | 'getName'> {
  constructor(
    ctx: ServiceContext,
    readonly bytes: Buffer,
    private readonly contentType: string | null,
    private name: string | null,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Blob', ctx.calls);
  }
  getBytes(): number[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string {
    return this.contentType as string;
  }
  getName(): string {
    return this.name as string;
  }
  setName(name: string): this {
    this.name = String(name);
    return this;
  }
}

interface DataTableState {
  columns: { type: string; label: string }[];
  rows: unknown[][];
}

class DataTableBuilder {
  private readonly state: DataTableState = { columns: [], rows: [] };
  constructor(private readonly ctx: ServiceContext) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'DataTableBuilder', ctx.calls);
  }
  addColumn(type: string, label: string): this {
    this.state.columns.push({ type: String(type), label: String(label) });
    return this;
  }
  addRow(values: unknown[]): this {
    if (values.length !== this.state.columns.length)
      throw exception(this.ctx.realm, 'Row has a different number of columns than the data table.');
    this.state.rows.push([...values]);
    return this;
  }
  build(): { state: DataTableState } {
    return { state: structuredClone(this.state) };
  }
}

type ChartKind = 'bar' | 'column';

interface ChartOptions {
  title: string;
  width: number;
  height: number;
  stacked: boolean;
  legend: string;
  xAxisTitle: string;
  yAxisTitle: string;
}

class Chart {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly kind: ChartKind,
    private readonly data: DataTableState,
    private readonly options: ChartOptions,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Chart', ctx.calls);
  }
  getAs(contentType: string): EmulatedBlob {
    if (contentType !== 'image/png')
      throw exception(this.ctx.realm, `Converting from chart to ${contentType} is not supported.`);
    const { title, width, height, stacked, legend, xAxisTitle, yAxisTitle } = this.options;
    const series = this.data.columns.slice(1).map((c) => c.label);
    const labels: Record<string, string> = { Title: title, xAxisTitle, yAxisTitle };
    if (legend !== 'NONE') labels[`legend:${legend}`] = series.join('\t');
    labels.categories = this.data.rows.map((row) => String(row[0])).join('\t');
    const png = chartPng({
      values: this.data.rows.map((row) => row.slice(1).map((v) => Number(v) || 0)),
      stacked,
      horizontal: this.kind === 'bar',
      width,
      height,
      labels,
    });
    return new EmulatedBlob(this.ctx, png, 'image/png', `${title}.png`);
  }
}

const POSITIONS = ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const;

class ChartBuilder {
  private data: DataTableState = { columns: [], rows: [] };
  private readonly options: ChartOptions = {
    title: '',
    width: 400,
    height: 200,
    stacked: false,
    legend: 'RIGHT',
    xAxisTitle: '',
    yAxisTitle: '',
  };
  constructor(
    private readonly ctx: ServiceContext,
    private readonly kind: ChartKind,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'ChartBuilder', ctx.calls);
  }
  /** Takes the builder itself (Charts accepts a DataTableBuilder); reading it is not a script call. */
  setDataTable(table: DataTableBuilder): this {
    this.data = this.ctx.calls.uncounted(() => table.build().state);
    return this;
  }
  setTitle(title: string): this {
    this.options.title = String(title);
    return this;
  }
  setDimensions(width: number, height: number): this {
    this.options.width = width;
    this.options.height = height;
    return this;
  }
  setStacked(): this {
    this.options.stacked = true;
    return this;
  }
  setLegendPosition(position: string): this {
    if (!POSITIONS.includes(String(position) as (typeof POSITIONS)[number]))
      // [open] the wording; an unknown position is refused rather than drawn somewhere.
      throw exception(this.ctx.realm, `Invalid argument: position`);
    this.options.legend = String(position);
    return this;
  }
  setXAxisTitle(title: string): this {
    this.options.xAxisTitle = String(title);
    return this;
  }
  setYAxisTitle(title: string): this {
    this.options.yAxisTitle = String(title);
    return this;
  }
  build(): Chart {
    return new Chart(this.ctx, this.kind, this.data, { ...this.options });
  }
}

export function createCharts(ctx: ServiceContext) {
  const charts = {
    newDataTable: () => new DataTableBuilder(ctx),
    newBarChart: () => new ChartBuilder(ctx, 'bar'),
    newColumnChart: () => new ChartBuilder(ctx, 'column'),
    ColumnType: { STRING: 'string', NUMBER: 'number', DATE: 'date' },
    Position: Object.fromEntries(POSITIONS.map((p) => [p, p])),
  };
  return counted(charts, 'Charts', ctx.calls);
}
