/**
 * Embedded charts are recorded, not drawn: type, source ranges, options (title…) and anchor,
 * enough for a dashboard test or the preview to list them.
 */
import type { GridRange } from './a1';
import { counted } from './calls';
import { fail } from './errors';
import { type ChartState, nextId } from './model';
import { newRange } from './range';
import { type Api, asGas, sheetById } from './runtime';

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export class EmuChart implements Pick<GChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify'> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
    readonly data: ChartState,
  ) {}
  getChartId(): number {
    return this.data.id;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((g) => newRange(this.api, this.sheetId, { ...g }));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.data.options;
    return asGas<GoogleAppsScript.Charts.ChartOptions>({ get: (k: string) => options[k] ?? null });
  }
  modify(): GBuilder {
    return newChartBuilder(this.api, this.sheetId, structuredClone(this.data));
  }
}

type BuilderMethods =
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'setOption'
  | 'setPosition'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asAreaChart'
  | 'asTableChart';

class EmuChartBuilder implements Pick<GBuilder, BuilderMethods> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
    readonly data: ChartState,
  ) {}
  private as<T>(type: string): T {
    this.data.type = type;
    return asGas<T>(this);
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): GBuilder {
    const r = range as unknown as { grid?: GridRange };
    if (!r.grid) fail("The parameters don't match the method signature.");
    this.data.ranges.push({ ...r.grid });
    return asGas<GBuilder>(this);
  }
  clearRanges(): GBuilder {
    this.data.ranges = [];
    return asGas<GBuilder>(this);
  }
  setOption(option: string, value: unknown): GBuilder {
    this.data.options[option] = value;
    return asGas<GBuilder>(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GBuilder {
    this.data.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return asGas<GBuilder>(this);
  }
  /** Charts.ChartType values print as their name (BAR, PIE…), so the string is kept. */
  setChartType(type: unknown): GBuilder {
    return this.as<GBuilder>(String(type));
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('BAR');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('COLUMN');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('LINE');
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('PIE');
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.as('AREA');
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.as('TABLE');
  }
  /** The typed builders' setTitle is sugar for the `title` option. */
  setTitle(title: string): GBuilder {
    return this.setOption('title', title);
  }
  build(): GChart {
    return newChart(this.api, this.sheetId, structuredClone(this.data));
  }
}

export function newChart(api: Api, sheetId: number, data: ChartState): GChart {
  return asGas<GChart>(counted(new EmuChart(api, sheetId, data), 'EmbeddedChart', api.log));
}

export function newChartBuilder(api: Api, sheetId: number, data?: ChartState): GBuilder {
  const initial: ChartState = data ?? {
    id: -1,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
  };
  return asGas<GBuilder>(
    counted(new EmuChartBuilder(api, sheetId, initial), 'EmbeddedChartBuilder', api.log),
  );
}

/** Sheet.insertChart / updateChart: stores the built chart on the sheet. */
export function storeChart(api: Api, sheetId: number, chart: unknown): void {
  if (!(chart instanceof EmuChart))
    fail("The parameters don't match the method signature for EmbeddedChart.");
  const sheet = sheetById(api.rt, sheetId);
  const data = structuredClone(chart.data);
  const existing = sheet.charts.findIndex((c) => c.id === data.id);
  if (existing >= 0) sheet.charts[existing] = data;
  else {
    data.id = nextId(api.rt.state);
    chart.data.id = data.id;
    sheet.charts.push(data);
  }
}
