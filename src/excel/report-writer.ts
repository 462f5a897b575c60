// Writes a report spec to a new sheet: blocks of values with their formats, merges, charts and
// the print setup. Everything is queued for one sync, except that a table too large for one
// request (Excel on the web refuses over 5 MB) goes in row blocks, one sync each.
import { areaAddress, CellArea, columnLetter } from "../domain/a1";
import { DEFAULT_ROW_HEIGHT } from "../domain/report/page-fit";
import type { ReportChart } from "../domain/report/report-charts";
import type { ReportBlock, ReportSheetSpec } from "../domain/report/report-spec";
import { cellLink } from "../domain/report/cell-links";
import { BLOCK_LOOKS, LINK_COLOR, THAI_FONT } from "../domain/sheet-look";
import { headerFooterText } from "./header-footer";
import { writeLiteral } from "./literal-text";
import { charactersToPoints, excelAlignment } from "./sheet-styles";

/** Request budget for one block of rows, under the 5 MB limit with room for the formats, charts
 * and print setup that share the last request (Thai text is 3 bytes a character). */
export const BLOCK_BYTES = 4_500_000;
const MARKED_FILL = "#C00000";

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

function blockArea(block: ReportBlock, firstRow = 0, rowCount = block.values.length): CellArea {
  const columnCount = Math.max(...block.values.map((row) => row.length), 1);
  return { row: block.row + firstRow, column: block.column, rowCount, columnCount };
}

/** Rows as a rectangle: Excel wants every row of a values array the same length. */
function rectangle(values: (string | number)[][], columnCount: number): (string | number)[][] {
  return values.map((row) => [...row, ...Array(Math.max(0, columnCount - row.length)).fill("")]);
}

function formatBlock(
  sheet: Excel.Worksheet,
  block: ReportBlock,
  from: number,
  count: number
): void {
  const area = blockArea(block, from, count);
  const range = sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
  const style = BLOCK_LOOKS[block.style];
  range.format.font.name = THAI_FONT;
  range.format.font.size = style.size;
  if (style.bold) range.format.font.bold = true;
  if (style.fill) range.format.fill.color = style.fill;
  range.format.verticalAlignment = "Top";
  if (style.wrap) range.format.wrapText = true;
  if (style.horizontal) range.format.horizontalAlignment = excelAlignment(style.horizontal);
  if (style.borders) {
    for (const edge of BORDER_EDGES) range.format.borders.getItem(edge).style = "Continuous";
  }
  block.align?.forEach((align, offset) => {
    if (align === "left") return;
    const column = sheet.getRangeByIndexes(area.row, area.column + offset, area.rowCount, 1);
    column.format.horizontalAlignment = excelAlignment(align);
  });
  if (style.borders) {
    // A measure continued on the rows below is one block: no line between its rows.
    for (let r = Math.max(from, 1); r < from + count; r++) {
      if (!block.continues?.[r]) continue;
      const continued = sheet.getRangeByIndexes(block.row + r, area.column, 1, area.columnCount);
      continued.format.borders.getItem("EdgeTop").style = "None";
    }
  }
  if (block.mergeAcross && block.mergeAcross > 1) {
    for (let r = 0; r < count; r++) {
      sheet.getRangeByIndexes(area.row + r, area.column, 1, block.mergeAcross).merge(false);
    }
  }
  // Neighbouring rows of the same height share one call.
  const heights = block.rowHeights?.slice(from, from + count) ?? [];
  let start = 0;
  for (let r = 1; r <= heights.length; r++) {
    if (r < heights.length && heights[r] === heights[start]) continue;
    if (heights[start]) {
      sheet.getRangeByIndexes(area.row + start, 0, r - start, 1).format.rowHeight = heights[start];
    }
    start = r;
  }
}

/** Row blocks of a large table, each under the request budget. */
export function rowBlocks(block: ReportBlock, budget = BLOCK_BYTES): [number, number][] {
  const encoder = new TextEncoder();
  const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  block.values.forEach((row, index) => {
    // Each row travels as its values, a number format per cell (up to 6 bytes) and its height;
    // a hyperlink as its address and text again, with its font.
    let rowBytes = bytesOf(row) + 6 * row.length + 100;
    row.forEach((value, column) => {
      if (cellLink(block, index, column)) rowBytes += 2 * bytesOf(value) + 300;
    });
    if (bytes + rowBytes > budget && index > start) {
      blocks.push([start, index - start]);
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  blocks.push([start, block.values.length - start]);
  return blocks;
}

function writeBlock(
  sheet: Excel.Worksheet,
  block: ReportBlock,
  from = 0,
  count = block.values.length
) {
  const area = blockArea(block, from, count);
  const range = sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
  // Formats before values: text stays text, number columns get theirs (see literal-text.ts).
  writeLiteral(
    range,
    rectangle(block.values.slice(from, from + count), area.columnCount),
    (column) => block.numberFormats?.[column]
  );
  formatBlock(sheet, block, from, count);
  // Evidence naming a web address: a hyperlink, its text as written, in Excel's link look.
  block.links?.forEach((isLink, column) => {
    if (!isLink) return;
    for (let r = from; r < from + count; r++) {
      const address = cellLink(block, r, column);
      if (!address) continue;
      const cell = sheet.getRangeByIndexes(block.row + r, block.column + column, 1, 1);
      cell.hyperlink = { address, textToDisplay: String(block.values[r][column]) };
      cell.format.font.color = LINK_COLOR;
      cell.format.font.underline = "Single";
    }
  });
}

function addChart(sheet: Excel.Worksheet, chart: ReportChart): void {
  const { position } = chart;
  // The chart's rows at the default height, as the file writer writes them.
  sheet.getRangeByIndexes(position.row, 0, position.rowCount, 1).format.rowHeight =
    DEFAULT_ROW_HEIGHT;
  const data = sheet.getRange(areaAddress(chart.data));
  const added = sheet.charts.add(chart.type as Excel.ChartType, data, "Columns");
  added.title.text = chart.title;
  added.title.format.font.name = THAI_FONT;
  added.title.format.font.size = 14;
  added.format.font.name = THAI_FONT;
  added.format.font.size = 12;
  added.setPosition(
    sheet.getRangeByIndexes(position.row, position.column, 1, 1),
    sheet.getRangeByIndexes(
      position.row + position.rowCount - 1,
      position.column + position.columnCount - 1,
      1,
      1
    )
  );
  // One series per column after the categories ("Columns" above): the status chart of both
  // rounds has two, each labelled.
  const seriesCount = chart.data.columnCount - 1;
  for (let index = 0; index < seriesCount; index++) {
    const series = added.series.getItemAt(index);
    series.hasDataLabels = true;
    series.dataLabels.numberFormat = chart.labelFormat;
  }
  if (chart.type !== "Doughnut") {
    added.axes.valueAxis.numberFormat = chart.axisFormat;
    // Every category named (the ten indicators): Excel would otherwise skip labels short of room.
    added.axes.categoryAxis.tickLabelSpacing = 1;
  }
  if (chart.type === "Doughnut") {
    added.legend.visible = true;
    added.legend.position = "Right";
  } else {
    const legend = chart.passLine !== undefined || seriesCount > 1;
    added.legend.visible = legend;
    if (legend) added.legend.position = "Bottom";
  }
  if (chart.passLine) {
    const line = added.series.add(chart.passLine.name);
    line.setValues(sheet.getRange(areaAddress(chart.passLine.values)));
    line.chartType = "Line";
  }
  if (chart.markedPoint !== undefined) {
    added.series
      .getItemAt(0)
      .points.getItemAt(chart.markedPoint)
      .format.fill.setSolidColor(MARKED_FILL);
  }
}

function setupPrint(sheet: Excel.Worksheet, spec: ReportSheetSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4" as Excel.PaperType;
  layout.centerHorizontally = true;
  layout.leftMargin = 36;
  layout.rightMargin = 36;
  layout.topMargin = 54;
  layout.bottomMargin = 54;
  // Every column on one page wide, as many pages long as the text needs.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintArea(sheet.getRange(areaAddress(spec.print.area)));
  const titles = spec.print.titleRows;
  if (titles) layout.setPrintTitleRows(`$${titles.first + 1}:$${titles.last + 1}`);
  for (const row of spec.print.pageBreaksBefore) {
    sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
  // The header is plain text (the organisation); the footer is the spec's own code template.
  layout.headersFooters.defaultForAllPages.centerHeader = headerFooterText(spec.print.centerHeader);
  layout.headersFooters.defaultForAllPages.centerFooter = spec.print.centerFooter;
}

/** Queues one of the report's sheets on a new sheet; syncs only between row blocks of a large
 * table. Returns the sheet; the caller syncs the last batch (with its own finishing operations). */
export async function writeReportSheet(
  context: Excel.RequestContext,
  name: string,
  spec: ReportSheetSpec
): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.add(name);
  spec.columnWidths.forEach((width, index) => {
    const letter = columnLetter(index);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(width);
  });
  for (const block of spec.blocks.filter((b) => b.style !== "tableBody")) writeBlock(sheet, block);
  for (const merge of spec.merges) {
    sheet
      .getRangeByIndexes(merge.row, merge.column, merge.rowCount, merge.columnCount)
      .merge(false);
  }
  const body = spec.blocks.find((b) => b.style === "tableBody");
  if (body) {
    const blocks = rowBlocks(body);
    for (const [index, [from, count]] of blocks.entries()) {
      writeBlock(sheet, body, from, count);
      // A sync between blocks keeps each request under Excel's limit; the last block rides
      // with the charts and print setup.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (index < blocks.length - 1) await context.sync();
    }
  }
  for (const chart of spec.charts) addChart(sheet, chart);
  setupPrint(sheet, spec);
  return sheet;
}
