// Charts service: a data table and a bar or column chart whose getAs('image/png') gives a real PNG blob.
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { barChartPng } from './png';

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

class Chart {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly data: DataTableState,
    private readonly options: { title: string; width: number; height: number },
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Chart', ctx.calls);
  }
  getAs(contentType: string): EmulatedBlob {
    if (contentType !== 'image/png')
      throw exception(this.ctx.realm, `Converting from chart to ${contentType} is not supported.`);
    const values = this.data.rows.map((row) => Number(row[1]) || 0);
    const png = barChartPng(values, this.options.width, this.options.height);
    return new EmulatedBlob(this.ctx, png, 'image/png', `${this.options.title}.png`);
  }
}

class ChartBuilder {
  private data: DataTableState = { columns: [], rows: [] };
  private readonly options = { title: '', width: 400, height: 200 };
  constructor(private readonly ctx: ServiceContext) {
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
  build(): Chart {
    return new Chart(this.ctx, this.data, { ...this.options });
  }
}

export function createCharts(ctx: ServiceContext) {
  const charts = {
    newDataTable: () => new DataTableBuilder(ctx),
    newBarChart: () => new ChartBuilder(ctx),
    newColumnChart: () => new ChartBuilder(ctx),
    ColumnType: { STRING: 'string', NUMBER: 'number', DATE: 'date' },
  };
  return counted(charts, 'Charts', ctx.calls);
}
