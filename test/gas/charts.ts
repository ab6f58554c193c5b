import { GasObject, type Execution } from './execution';
import { FakeRange, type RangeApi } from './range';
import { gasEnum, type Faked } from './types';
import type { ChartRecord, SheetRecord } from './workbook';

import Ss = GoogleAppsScript.Spreadsheet;

export const ChartType = gasEnum<typeof GoogleAppsScript.Charts.ChartType>([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);

export const FakeCharts = { ChartType };

export type ChartOptionsApi = Faked<GoogleAppsScript.Charts.ChartOptions, 'get'>;
export type ContainerInfoApi = Faked<
  Ss.ContainerInfo,
  'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'
>;
export type EmbeddedChartApi = Faked<
  Ss.EmbeddedChart,
  'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo'
>;
export type EmbeddedChartBuilderApi = Faked<
  Ss.EmbeddedChartBuilder,
  'setChartType' | 'addRange' | 'setPosition' | 'setOption' | 'build' | 'getRanges'
>;

class FakeChartOptions implements ChartOptionsApi {
  constructor(private readonly options: Record<string, unknown>) {}

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

class FakeContainerInfo implements ContainerInfoApi {
  constructor(private readonly position: ChartRecord['position']) {}

  getAnchorRow(): number {
    return this.position.row;
  }

  getAnchorColumn(): number {
    return this.position.col;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

function rangesOf(exec: Execution, sheet: SheetRecord, record: ChartRecord): FakeRange[] {
  return record.ranges.map(({ sheetId, box }) => {
    const target = sheet.workbook.sheets.find((s) => s.id === sheetId) ?? sheet;
    return new FakeRange(exec, target, box);
  });
}

export class FakeEmbeddedChart extends GasObject implements EmbeddedChartApi {
  constructor(
    exec: Execution,
    private readonly sheet: SheetRecord,
    readonly record: ChartRecord,
  ) {
    super(exec, 'spreadsheet', 'EmbeddedChart');
  }

  getChartId(): number | null {
    return this.io('getChartId', () => (this.sheet.charts.includes(this.record) ? this.record.id : null));
  }

  getRanges(): FakeRange[] {
    return this.io('getRanges', () => rangesOf(this.exec, this.sheet, this.record));
  }

  getOptions(): FakeChartOptions {
    return this.io('getOptions', () => new FakeChartOptions({ ...this.record.options }));
  }

  getContainerInfo(): FakeContainerInfo {
    return this.io('getContainerInfo', () => new FakeContainerInfo({ ...this.record.position }));
  }
}

let chartIds = 1000;

export class FakeEmbeddedChartBuilder implements EmbeddedChartBuilderApi {
  private readonly record: ChartRecord = {
    id: 0,
    type: 'LINE',
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
  };

  constructor(
    private readonly exec: Execution,
    private readonly sheet: SheetRecord,
  ) {}

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.exec.nonIo('EmbeddedChartBuilder.setChartType', () => (this.record.type = String(type)));
    return this;
  }

  addRange(range: RangeApi): this {
    this.exec.nonIo('EmbeddedChartBuilder.addRange', () => {
      if (!(range instanceof FakeRange)) throw this.exec.error('Invalid argument: range');
      this.record.ranges.push({ sheetId: range.sheet.id, box: { ...range.box } });
    });
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.exec.nonIo('EmbeddedChartBuilder.setPosition', () => {
      this.record.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    });
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.exec.nonIo('EmbeddedChartBuilder.setOption', () => (this.record.options[option] = value));
    return this;
  }

  getRanges(): FakeRange[] {
    return this.exec.nonIo('EmbeddedChartBuilder.getRanges', () =>
      rangesOf(this.exec, this.sheet, this.record),
    );
  }

  build(): FakeEmbeddedChart {
    return this.exec.nonIo('EmbeddedChartBuilder.build', () => {
      const record = structuredClone({ ...this.record, id: ++chartIds });
      return new FakeEmbeddedChart(this.exec, this.sheet, record);
    });
  }
}
