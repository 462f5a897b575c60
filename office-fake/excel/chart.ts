// Charts: enough of the object model to build and inspect titled, labelled, combo charts.
import { FakeClientObject, LoadedItems, PropertySpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeExcelError, invalidArgument } from "./errors";
import { ChartModel, SeriesModel, SheetModel } from "./model";
import { FakeRange } from "./range";

const CHART_TYPES = ["ColumnClustered", "BarClustered", "Line", "LineMarkers", "Doughnut", "Pie"];

function checkType(type: string): void {
  if (!CHART_TYPES.includes(type))
    throw invalidArgument(`The fake does not know chart type ${type}`, "Chart");
}

function rangeAddress(range: FakeRange): string {
  return range.address;
}

type ChartLocator = () => ChartModel | null;

export class FakeChart extends FakeClientObject<ChartModel> {
  declare name: Excel.Chart["name"];
  declare id: Excel.Chart["id"];
  declare chartType: Excel.Chart["chartType"];
  declare top: Excel.Chart["top"];
  declare left: Excel.Chart["left"];
  declare width: Excel.Chart["width"];
  declare height: Excel.Chart["height"];
  readonly title: FakeChartTitle;
  readonly series: FakeSeriesCollection;
  readonly format: { font: FakeChartFont };
  readonly axes: { valueAxis: FakeAxis; categoryAxis: FakeAxis };
  readonly legend: FakeLegend;
  readonly dataLabels: FakeDataLabels;

  constructor(context: FakeRequestContext, locateChart: ChartLocator) {
    super(context, locateChart, "Chart");
    this.title = new FakeChartTitle(context, locateChart);
    this.series = new FakeSeriesCollection(context, locateChart);
    this.format = { font: new FakeChartFont(context, locateChart, (chart) => chart.font) };
    this.axes = {
      valueAxis: new FakeAxis(context, locateChart, "value"),
      categoryAxis: new FakeAxis(context, locateChart, "category"),
    };
    this.legend = new FakeLegend(context, locateChart);
    this.dataLabels = new FakeDataLabels(context, locateChart);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<ChartModel>> {
    const number = (key: "top" | "left" | "width" | "height"): PropertySpec<ChartModel> => ({
      read: (chart) => chart[key] ?? 0,
      write: (chart, value: number) => {
        if (!(value >= 0)) throw invalidArgument(`Chart ${key} must not be negative`);
        chart[key] = value;
      },
    });
    return {
      name: {
        read: (chart) => chart.name,
        write: (chart, name: string) => this.rename(chart, name),
      },
      id: { read: (chart) => chart.id },
      chartType: {
        read: (chart) => chart.type,
        write: (chart, type: string) => {
          checkType(type);
          chart.type = type;
        },
      },
      top: number("top"),
      left: number("left"),
      width: number("width"),
      height: number("height"),
    };
  }

  private rename(chart: ChartModel, name: string): void {
    const sheet = this.context.host.model.sheets.find((s) => s.charts.includes(chart));
    if (sheet?.charts.some((c) => c !== chart && c.name === name)) {
      throw new FakeExcelError(
        "ItemAlreadyExists",
        `A chart named "${name}" already exists on the sheet`
      );
    }
    chart.name = name;
  }

  setPosition(...[startCell, endCell]: Parameters<Excel.Chart["setPosition"]>): void {
    const start = startCell as unknown as FakeRange | string;
    const end = endCell as unknown as FakeRange | string | undefined;
    for (const cell of [start, end]) if (cell instanceof FakeRange) cell.load("address");
    this.queue("setPosition", null, (chart) => {
      chart.startCell = typeof start === "string" ? start : rangeAddress(start);
      chart.endCell =
        end === undefined ? undefined : typeof end === "string" ? end : rangeAddress(end);
    });
  }

  delete(): void {
    this.queue("delete", null, (chart) => {
      for (const sheet of this.context.host.model.sheets)
        sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

class FakeChartFont extends FakeClientObject<ChartModel> {
  declare name: string;
  declare size: number;

  constructor(
    context: FakeRequestContext,
    locate: ChartLocator,
    private readonly pick: (chart: ChartModel) => { name?: string; size?: number }
  ) {
    super(context, locate, "ChartFont");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<ChartModel>> {
    const pick = (chart: ChartModel) => this.pick(chart);
    return {
      name: {
        read: (chart) => pick(chart).name,
        write: (chart, name: string) => (pick(chart).name = name),
      },
      size: {
        read: (chart) => pick(chart).size,
        write: (chart, size: number) => (pick(chart).size = size),
      },
    };
  }
}

class FakeChartTitle extends FakeClientObject<ChartModel> {
  declare text: string;
  declare visible: boolean;
  readonly format: { font: FakeChartFont };

  constructor(context: FakeRequestContext, locate: ChartLocator) {
    super(context, locate, "ChartTitle");
    this.format = { font: new FakeChartFont(context, locate, (chart) => chart.titleFont) };
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<ChartModel>> {
    return {
      text: {
        read: (chart) => chart.title ?? "",
        write: (chart, text: string) => (chart.title = text),
      },
      visible: { read: (chart) => chart.title !== undefined, write: () => undefined },
    };
  }
}

class FakeAxis {
  readonly title: { text: string };
  minimum?: number;
  numberFormat?: string;
  tickLabelSpacing?: number;

  constructor(context: FakeRequestContext, locate: ChartLocator, which: "value" | "category") {
    const queue = (key: string, apply: (chart: ChartModel) => void) =>
      context.enqueue(`ChartAxis.${which}.${key}`, null, () => {
        const chart = locate();
        if (!chart) throw invalidArgument("Chart does not exist");
        if (chart.type === "Doughnut" || chart.type === "Pie")
          throw invalidArgument(`A ${chart.type} chart has no axes`);
        apply(chart);
      });
    this.title = Object.freeze({
      set text(text: string) {
        queue("title", (chart) =>
          which === "value" ? (chart.valueAxisTitle = text) : (chart.categoryAxisTitle = text)
        );
      },
    }) as { text: string };
    Object.defineProperty(this, "minimum", {
      set: (value: number) => {
        queue("minimum", (chart) => (chart.valueAxisMinimum = value));
      },
    });
    Object.defineProperty(this, "maximum", {
      set: (value: number) => {
        queue("maximum", (chart) => (chart.valueAxisMaximum = value));
      },
    });
    // ChartAxis.numberFormat (ExcelApi 1.8): "the format code for the axis tick label".
    Object.defineProperty(this, "numberFormat", {
      set: (format: string) => {
        queue("numberFormat", (chart) => {
          if (which === "category") throw invalidArgument("Only the value axis is formatted here");
          chart.valueAxisFormat = format;
        });
      },
    });
    // ChartAxis.tickLabelSpacing (ExcelApi 1.7): "the number of categories or series between
    // tick-mark labels. Can be a value from 1 through 31999": read strictly, a whole number in
    // that range, on the category axis.
    Object.defineProperty(this, "tickLabelSpacing", {
      set: (spacing: number) => {
        queue("tickLabelSpacing", (chart) => {
          if (which !== "category" || !Number.isInteger(spacing) || spacing < 1 || spacing > 31999)
            throw invalidArgument(`tickLabelSpacing ${spacing} on the ${which} axis`);
          chart.categoryLabelSpacing = spacing;
        });
      },
    });
    Object.preventExtensions(this);
  }
}

class FakeLegend extends FakeClientObject<ChartModel> {
  declare visible: boolean;
  declare position: string;

  constructor(context: FakeRequestContext, locate: ChartLocator) {
    super(context, locate, "ChartLegend");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<ChartModel>> {
    return {
      visible: {
        read: (chart) => chart.legendVisible ?? true,
        write: (chart, v: boolean) => (chart.legendVisible = v),
      },
      position: {
        read: (chart) => chart.legendPosition ?? "Right",
        write: (chart, v: string) => (chart.legendPosition = v),
      },
    };
  }
}

class FakeDataLabels extends FakeClientObject<ChartModel> {
  declare showValue: boolean;

  constructor(context: FakeRequestContext, locate: ChartLocator) {
    super(context, locate, "ChartDataLabels");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<ChartModel>> {
    return {
      showValue: {
        read: (chart) => chart.showDataLabels ?? false,
        write: (chart, v: boolean) => (chart.showDataLabels = v),
      },
    };
  }
}

type SeriesLocator = () => SeriesModel | null;

/** ChartSeries.dataLabels (ExcelApi 1.8): numberFormat "specifies the format code for data
 * labels". */
class FakeSeriesDataLabels extends FakeClientObject<SeriesModel> {
  declare numberFormat: string;

  constructor(context: FakeRequestContext, locate: SeriesLocator) {
    super(context, locate, "ChartDataLabels");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<SeriesModel>> {
    return {
      numberFormat: {
        read: (series) => series.labelFormat ?? "General",
        write: (series, format: string) => (series.labelFormat = format),
      },
    };
  }
}

export class FakeSeries extends FakeClientObject<SeriesModel> {
  declare name: string;
  declare chartType: string;
  declare hasDataLabels: boolean;
  readonly dataLabels: FakeSeriesDataLabels;
  readonly format: { fill: { setSolidColor: (color: string) => void } };
  readonly points: {
    getItemAt: (index: number) => { format: { fill: { setSolidColor: (color: string) => void } } };
  };

  constructor(context: FakeRequestContext, locate: SeriesLocator) {
    super(context, locate, "ChartSeries");
    this.dataLabels = new FakeSeriesDataLabels(context, locate);
    this.format = {
      fill: {
        setSolidColor: (color) => this.queue("fill", color, (series) => (series.fill = color)),
      },
    };
    this.points = {
      getItemAt: (index) => ({
        format: {
          fill: {
            setSolidColor: (color) =>
              this.queue("point.fill", { index, color }, (series) => {
                series.pointFills ??= {};
                series.pointFills[index] = color;
              }),
          },
        },
      }),
    };
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<SeriesModel>> {
    return {
      name: {
        read: (series) => series.name,
        write: (series, name: string) => (series.name = name),
      },
      chartType: {
        read: (series) => series.chartType,
        write: (series, type: string) => {
          checkType(type);
          series.chartType = type;
        },
      },
      hasDataLabels: {
        read: (series) => series.showDataLabels ?? false,
        write: (series, v: boolean) => (series.showDataLabels = v),
      },
    };
  }

  setValues(...[source]: Parameters<Excel.ChartSeries["setValues"]>): void {
    this.setReference("values", source as unknown as FakeRange);
  }

  setXAxisValues(...[source]: Parameters<Excel.ChartSeries["setXAxisValues"]>): void {
    this.setReference("xValues", source as unknown as FakeRange);
  }

  private setReference(key: "values" | "xValues", range: FakeRange): void {
    range.load("address");
    this.queue(key, null, (series) => (series[key] = range.address));
  }
}

class FakeSeriesCollection {
  private readonly loaded: LoadedItems<FakeSeries>;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly locate: ChartLocator
  ) {
    this.loaded = new LoadedItems(context, "ChartSeriesCollection", () =>
      (this.locate()?.series ?? []).map((_, index) => this.at(index))
    );
    Object.preventExtensions(this);
  }

  private at(index: number): FakeSeries {
    return new FakeSeries(this.context, () => this.locate()?.series[index] ?? null);
  }

  add(...[name]: Parameters<Excel.ChartSeriesCollection["add"]>): FakeSeries {
    let index = -1;
    this.context.enqueue("ChartSeries.add", name, () => {
      const chart = this.locate();
      if (!chart) throw invalidArgument("Chart does not exist");
      index = chart.series.push({ name: name ?? `Series${chart.series.length + 1}` }) - 1;
    });
    return new FakeSeries(this.context, () => this.locate()?.series[index] ?? null);
  }

  getItemAt(...[index]: Parameters<Excel.ChartSeriesCollection["getItemAt"]>): FakeSeries {
    return this.at(index);
  }

  load(names?: string | string[]): this {
    this.loaded.load(names ?? ["name"]);
    return this;
  }

  get items(): FakeSeries[] {
    return this.loaded.get();
  }
}

export class FakeChartCollection {
  private readonly loaded: LoadedItems<FakeChart>;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly locateSheet: () => SheetModel | null
  ) {
    this.loaded = new LoadedItems(context, "Charts", () =>
      (this.locateSheet()?.charts ?? []).map((chart) => new FakeChart(context, this.byId(chart.id)))
    );
    Object.preventExtensions(this);
  }

  private byId(id: string): ChartLocator {
    return () => this.locateSheet()?.charts.find((c) => c.id === id) ?? null;
  }

  /** Like Excel, one series per column (or row) of the source, named from its first row (column).
   * The first column (row) holds the categories only when it has text or the top-left cell is
   * empty: numbers there, such as years typed as numbers, are plotted as one more series (Excel's
   * "top-left cell" rule: https://peltiertech.com/ on TLC; Microsoft support, "Select data for a
   * chart": numbers in the first column are taken as data unless formatted as text). */
  add(...[type, source, seriesBy]: Parameters<Excel.ChartCollection["add"]>): FakeChart {
    const id = `chart-${this.context.host.model.nextId++}`;
    const range = source as unknown as FakeRange;
    range.load("address, formulas, columnCount, rowCount");
    this.context.enqueue("Charts.add", { type, seriesBy }, () => {
      checkType(String(type));
      const sheet = this.locateSheet();
      if (!sheet) throw invalidArgument("Worksheet does not exist");
      const byRows = seriesBy === "Rows";
      const formulas = range.formulas as unknown[][];
      // Work on columns; seriesBy Rows is the same rule on the transposed source.
      const values = byRows ? formulas[0].map((_, c) => formulas.map((row) => row[c])) : formulas;
      const labels = values.slice(1).map((row) => row[0]);
      const categories = values[0][0] === "" || labels.some((label) => typeof label !== "number");
      const first = categories ? 1 : 0;
      const series = values[0].slice(first).map((name) => ({ name: String(name) }));
      const index = sheet.charts.length + 1;
      sheet.charts.push({
        id,
        name: `Chart ${index}`,
        type: String(type),
        source: range.address,
        seriesBy: String(seriesBy ?? "Auto"),
        titleFont: {},
        font: {},
        series,
      });
    });
    return new FakeChart(this.context, this.byId(id));
  }

  getItem(...[name]: Parameters<Excel.ChartCollection["getItem"]>): FakeChart {
    return new FakeChart(
      this.context,
      () => this.locateSheet()?.charts.find((c) => c.name === name) ?? null
    );
  }

  load(names?: string | string[]): this {
    this.loaded.load(names ?? ["name"]);
    return this;
  }

  get items(): FakeChart[] {
    return this.loaded.get();
  }
}
