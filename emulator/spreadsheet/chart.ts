// Embedded charts, stored as their configuration (type, ranges, options, position) so tests can inspect them.
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import type { EmulatedRange } from './range';
import type { ChartState } from './state';

export class EmulatedChart {
  constructor(
    ctx: ServiceContext,
    /** A property, not a method: the emulation reads it without counting a service call. */
    readonly state: ChartState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'EmbeddedChart', ctx.calls);
  }
  getChartId(): number {
    return this.state.id;
  }
  getOptions(): { get(key: string): unknown } {
    const options = this.state.options;
    return { get: (key: string) => options[key] ?? null };
  }
}

/** One builder serves newChart() and its typed forms (asColumnChart() etc. return the same builder here). */
export class EmbeddedChartBuilder {
  private readonly state: ChartState;

  constructor(
    private readonly ctx: ServiceContext,
    existing: ChartState | null,
  ) {
    this.state = existing ?? {
      id: 0,
      type: 'COLUMN',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    };
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'EmbeddedChartBuilder', ctx.calls);
  }

  addRange(range: EmulatedRange): this {
    this.state.ranges.push(range.gridRef());
    return this;
  }
  setChartType(type: unknown): this {
    this.state.type = String(type);
    return this;
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setOption(key: string, value: unknown): this {
    this.state.options[key] = value;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.state.position = { row, column, offsetX, offsetY };
    return this;
  }
  build(): EmulatedChart {
    return new EmulatedChart(this.ctx, structuredClone(this.state));
  }
}
