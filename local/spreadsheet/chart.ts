// Embedded charts: Sheet.newChart() builders, the charts sheets hold, and the `Charts` global's enums.
import { randomInt } from 'node:crypto';
import type { ChartData } from './attachments';
import { type FakeContext, makeRange } from './context';
import type { Range } from './range';
import type { SheetModel } from './sheet-model';

const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

/** The `Charts` global: enums used when building embedded charts. */
export class Charts {
  readonly ChartType: Readonly<Record<(typeof CHART_TYPES)[number], string>> = Object.fromEntries(
    CHART_TYPES.map((t) => [t, t]),
  ) as Record<(typeof CHART_TYPES)[number], string>;
  readonly Position = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' };
}

/** Where a chart sits (EmbeddedChart.getContainerInfo()). */
export class ContainerInfo {
  constructor(private readonly data: ChartData) {}

  getAnchorRow(): number {
    return this.data.position.row;
  }

  getAnchorColumn(): number {
    return this.data.position.column;
  }

  getOffsetX(): number {
    return this.data.position.offsetX;
  }

  getOffsetY(): number {
    return this.data.position.offsetY;
  }
}

/** A chart's options (ChartOptions.get). */
export class ChartOptions {
  constructor(private readonly options: Record<string, unknown>) {}

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

/** A chart embedded in a sheet. */
export class EmbeddedChart {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetModel,
    readonly data: ChartData,
  ) {}

  getChartId(): number {
    return this.data.chartId;
  }

  getRanges(): Range[] {
    return this.data.rects.map((r) => makeRange(this.ctx, this.sheet, r));
  }

  getOptions(): ChartOptions {
    return new ChartOptions(this.data.options);
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.data);
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, this.sheet, this.data);
  }
}

/** Sheet.newChart(): chainable; `build()` makes a chart to pass to insertChart/updateChart. */
export class EmbeddedChartBuilder {
  private data: ChartData;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetModel,
    from?: ChartData,
  ) {
    this.data = from
      ? { ...from, rects: [...from.rects], position: { ...from.position }, options: { ...from.options } }
      : {
          chartId: randomInt(1, 2_000_000_000),
          type: 'COLUMN',
          rects: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }

  addRange(range: Range): EmbeddedChartBuilder {
    this.data.rects.push({ ...range.rect });
    return this;
  }

  removeRange(range: Range): EmbeddedChartBuilder {
    const r = range.rect;
    this.data.rects = this.data.rects.filter(
      (x) =>
        !(
          x.row === r.row &&
          x.column === r.column &&
          x.numRows === r.numRows &&
          x.numColumns === r.numColumns
        ),
    );
    return this;
  }

  clearRanges(): EmbeddedChartBuilder {
    this.data.rects = [];
    return this;
  }

  getRanges(): Range[] {
    return this.data.rects.map((r) => makeRange(this.ctx, this.sheet, r));
  }

  setChartType(type: string): EmbeddedChartBuilder {
    this.data.type = String(type);
    return this;
  }

  getChartType(): string {
    return this.data.type;
  }

  asColumnChart(): EmbeddedChartBuilder {
    return this.setChartType('COLUMN');
  }

  asBarChart(): EmbeddedChartBuilder {
    return this.setChartType('BAR');
  }

  asLineChart(): EmbeddedChartBuilder {
    return this.setChartType('LINE');
  }

  asPieChart(): EmbeddedChartBuilder {
    return this.setChartType('PIE');
  }

  asTableChart(): EmbeddedChartBuilder {
    return this.setChartType('TABLE');
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.data.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  /** Options as Google Charts names them, e.g. `title`, `legend.position`. */
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.data.options[String(option)] = value;
    return this;
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this.ctx, this.sheet, {
      ...this.data,
      rects: [...this.data.rects],
      position: { ...this.data.position },
      options: { ...this.data.options },
    });
  }
}
