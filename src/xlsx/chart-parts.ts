// Native Excel charts for the report files (the command line's and the pane's download). No
// maintained npm library writes charts (ExcelJS writes none), so this module writes the DrawingML
// parts for the four chart kinds the report uses (column with a line, bar, line,
// doughnut), beside the report's sheets. LibreOffice renders them in the test suite.
import { areaAddress, CellArea, quoteSheetName } from "../domain/a1";
import type { ReportChart } from "../domain/report/report-charts";
import type { ReportSheetSpec } from "../domain/report/report-spec";
import { THAI_FONT } from "../domain/sheet-look";
import { NS_PKG, NS_R, XML_HEAD, escapeXml } from "./xml-text";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_CHART = `${NS_R}/chart`;
const MARKED_FILL = "C00000";

const font = `<a:latin typeface="${THAI_FONT}"/><a:cs typeface="${THAI_FONT}"/>`;

function absolute(sheet: string, area: CellArea): string {
  const [from, to = from] = areaAddress(area).split(":");
  const dollar = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${quoteSheetName(sheet)}!${dollar(from)}:${dollar(to)}`;
}

interface SeriesData {
  name: string;
  nameRef: string;
  categories: string[];
  categoriesRef: string;
  values: number[];
  valuesRef: string;
}

/** The series of the figures' given column (1, the first after the categories, by default). */
function seriesFrom(
  sheet: string,
  chart: ReportChart,
  grid: (string | number)[][],
  column = 1
): SeriesData {
  const { data } = chart;
  const rows = grid.slice(1);
  return {
    name: String(grid[0][column]),
    nameRef: absolute(sheet, {
      row: data.row,
      column: data.column + column,
      rowCount: 1,
      columnCount: 1,
    }),
    categories: rows.map((row) => String(row[0])),
    categoriesRef: absolute(sheet, {
      row: data.row + 1,
      column: data.column,
      rowCount: rows.length,
      columnCount: 1,
    }),
    values: rows.map((row) => Number(row[column])),
    valuesRef: absolute(sheet, {
      row: data.row + 1,
      column: data.column + column,
      rowCount: rows.length,
      columnCount: 1,
    }),
  };
}

const strCache = (items: string[]) =>
  `<c:strCache><c:ptCount val="${items.length}"/>${items
    .map((item, index) => `<c:pt idx="${index}"><c:v>${escapeXml(item)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;

const numCache = (items: number[]) =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${items.length}"/>${items
    .map((item, index) => `<c:pt idx="${index}"><c:v>${item}</c:v></c:pt>`)
    .join("")}</c:numCache>`;

/** Data labels in the given format, or none (null). */
const labels = (format: string | null) =>
  `<c:dLbls>${format === null ? "" : `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>`}` +
  `<c:showLegendKey val="0"/><c:showVal val="${format === null ? 0 : 1}"/><c:showCatName val="0"/>` +
  `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

/** One series; `kind` decides which optional elements it carries, in the schema's order. */
function series(
  index: number,
  data: SeriesData,
  kind: "bar" | "line" | "pie",
  labelFormat: string | null,
  extra = ""
) {
  const head =
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(data.nameRef)}</c:f>${strCache([data.name])}</c:strRef></c:tx>`;
  const body =
    `${labels(labelFormat)}<c:cat><c:strRef><c:f>${escapeXml(data.categoriesRef)}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(data.valuesRef)}</c:f>${numCache(data.values)}</c:numRef></c:val>`;
  const invert = kind === "bar" ? `<c:invertIfNegative val="0"/>` : "";
  const smooth = kind === "line" ? `<c:smooth val="0"/>` : "";
  return `<c:ser>${head}${invert}${extra}${body}${smooth}</c:ser>`;
}

function markedPoint(index: number): string {
  return (
    `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${MARKED_FILL}"/></a:solidFill></c:spPr></c:dPt>`
  );
}

function axes(horizontalBars: boolean, format: string, maximum?: number): string {
  const scale = maximum === undefined ? "" : `<c:max val="${maximum}"/><c:min val="0"/>`;
  return (
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${horizontalBars ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontalBars ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    // Every category named: a renderer short of room would otherwise skip every other label.
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${scale}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontalBars ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

const AXIS_IDS = `<c:axId val="1001"/><c:axId val="1002"/>`;

function plotArea(
  sheet: string,
  chart: ReportChart,
  grid: (string | number)[][]
): { plot: string; legend: boolean } {
  const main = seriesFrom(sheet, chart, grid);
  const marked = chart.markedPoint === undefined ? "" : markedPoint(chart.markedPoint);
  switch (chart.type) {
    case "Doughnut":
      return {
        plot:
          `<c:doughnutChart><c:varyColors val="1"/>${series(0, main, "pie", chart.labelFormat)}` +
          `<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`,
        legend: true,
      };
    case "LineMarkers":
      return {
        plot:
          `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
          series(
            0,
            main,
            "line",
            chart.labelFormat,
            `<c:marker><c:symbol val="circle"/><c:size val="7"/></c:marker>`
          ) +
          `<c:marker val="1"/>${AXIS_IDS}</c:lineChart>${axes(false, chart.axisFormat, 100)}`,
        legend: false,
      };
    default: {
      const horizontal = chart.type === "BarClustered";
      // One <c:ser> per figures' column: the status chart of both rounds has two, side by side.
      const columns = Array.from({ length: chart.data.columnCount - 1 }, (_, index) => index + 1);
      const allSeries = columns
        .map((column, index) =>
          series(
            index,
            seriesFrom(sheet, chart, grid, column),
            "bar",
            chart.labelFormat,
            index === 0 ? marked : ""
          )
        )
        .join("");
      const bars =
        `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
        `<c:varyColors val="0"/>${allSeries}<c:gapWidth val="60"/>${AXIS_IDS}</c:barChart>`;
      // Scores are out of 100; counts of measures scale to the plan.
      const maximum = chart.kind === "status" ? undefined : 100;
      if (!chart.passLine)
        return {
          plot: bars + axes(horizontal, chart.axisFormat, maximum),
          legend: columns.length > 1,
        };
      const { values } = chart.passLine;
      const line: SeriesData = {
        ...main,
        name: chart.passLine.name,
        nameRef: absolute(sheet, {
          row: chart.data.row,
          column: values.column,
          rowCount: 1,
          columnCount: 1,
        }),
        values: grid.slice(1).map((row) => Number(row[2])),
        valuesRef: absolute(sheet, values),
      };
      const passLine =
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        series(
          1,
          line,
          "line",
          null,
          `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${MARKED_FILL}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
        ) +
        `<c:marker val="1"/>${AXIS_IDS}</c:lineChart>`;
      return { plot: bars + passLine + axes(false, chart.axisFormat, 100), legend: true };
    }
  }
}

/** The chart part's XML. */
export function chartXml(sheet: string, chart: ReportChart, grid: (string | number)[][]): string {
  const { plot, legend } = plotArea(sheet, chart, grid);
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1">${font}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="th-TH" sz="1400" b="1">${font}</a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const legendXml = legend ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `${XML_HEAD}` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legendXml}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200">${font}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="th-TH"/></a:p></c:txPr></c:chartSpace>`
  );
}

function anchor(chart: ReportChart, index: number): string {
  const { row, column, rowCount, columnCount } = chart.position;
  const cell = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${cell(column, row)}</xdr:from>` +
    `<xdr:to>${cell(column + columnCount, row + rowCount)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The figures a chart draws, from the spec's chart-data blocks. */
function chartGrid(spec: ReportSheetSpec, chart: ReportChart): (string | number)[][] {
  const block = spec.blocks.find(
    (b) => b.style === "chartData" && b.row === chart.data.row && b.column === chart.data.column
  );
  if (!block) throw new Error(`No figures for the chart "${chart.title}"`);
  return block.values;
}

export const REL_DRAWING = `${NS_R}/drawing`;

/** The parts that draw a sheet's charts: path and XML text. */
export interface ChartPart {
  path: string;
  contentType: string;
  xml: string;
}

/** The drawing of a sheet's charts (its path, for the sheet's relationship) and every part it
 * needs; nothing for a sheet without charts. */
export function chartParts(
  sheetPart: number,
  spec: ReportSheetSpec
): { drawingPath: string; parts: ChartPart[] } | null {
  if (spec.charts.length === 0) return null;
  const drawing = `drawing${sheetPart}`;
  const chartNames = spec.charts.map((_, index) => `chart${sheetPart}_${index + 1}`);
  const charts = spec.charts.map((chart, index) => ({
    path: `xl/charts/${chartNames[index]}.xml`,
    contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    xml: chartXml(spec.sheetName, chart, chartGrid(spec, chart)),
  }));
  const rels = chartNames
    .map(
      (name, index) =>
        `<Relationship Id="rId${index + 1}" Type="${REL_CHART}" Target="../charts/${name}.xml"/>`
    )
    .join("");
  return {
    drawingPath: `xl/drawings/${drawing}.xml`,
    parts: [
      ...charts,
      {
        path: `xl/drawings/${drawing}.xml`,
        contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
        xml:
          `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
          spec.charts.map(anchor).join("") +
          `</xdr:wsDr>`,
      },
      {
        path: `xl/drawings/_rels/${drawing}.xml.rels`,
        contentType: "",
        xml: `${XML_HEAD}<Relationships xmlns="${NS_PKG}">${rels}</Relationships>`,
      },
    ],
  };
}
