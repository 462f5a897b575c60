// Writes a report spec to an .xlsx file with ExcelJS: the command line's counterpart of the
// Excel adapter's report writer, from the same spec. Charts are added afterwards by chart-parts.
import ExcelJS from "exceljs";
import { areaAddress } from "../domain/a1";
import type { ReportBlock, ReportSheetSpec } from "../domain/report/report-spec";
import { DEFAULT_ROW_HEIGHT } from "../domain/report/page-fit";
import { cellLink } from "../domain/report/cell-links";
import { BLOCK_LOOKS, LINK_COLOR, THAI_FONT } from "../domain/sheet-look";
import { argb, solidFill, WIDTH_FACTOR } from "./file-look";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Borders of a row: a measure continued on the rows below is one block, with no line
 * between its rows. */
function rowBorders(block: ReportBlock, r: number): Partial<ExcelJS.Borders> {
  const openTop = block.continues?.[r] === true;
  const openBottom = block.continues?.[r + 1] === true;
  if (!openTop && !openBottom) return BORDERS;
  return {
    left: THIN,
    right: THIN,
    ...(openTop ? {} : { top: THIN }),
    ...(openBottom ? {} : { bottom: THIN }),
  };
}

function writeBlock(sheet: ExcelJS.Worksheet, block: ReportBlock): void {
  const look = BLOCK_LOOKS[block.style];
  const width = Math.max(...block.values.map((row) => row.length), 1);
  const font: Partial<ExcelJS.Font> = { name: THAI_FONT, size: look.size, bold: look.bold };
  const fill = look.fill ? solidFill(look.fill) : undefined;
  // One style object per column, shared by its cells: ExcelJS remembers a style object it has
  // serialised, so shared objects are looked up once instead of once per cell.
  const styles = Array.from({ length: width }, (_, c): Partial<ExcelJS.Style> => {
    const align = block.align?.[c];
    const format = block.numberFormats?.[c];
    return {
      font,
      alignment: {
        vertical: "top",
        wrapText: look.wrap,
        horizontal: align && align !== "left" ? align : look.horizontal,
      },
      ...(fill && { fill }),
      ...(look.borders && { border: BORDERS }),
      ...(format && { numFmt: format }),
    };
  });
  block.values.forEach((values, r) => {
    const row = sheet.getRow(block.row + r + 1);
    const height = block.rowHeights?.[r];
    if (height) row.height = height;
    const borders = look.borders ? rowBorders(block, r) : BORDERS;
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(block.column + c + 1);
      const value = values[c] ?? "";
      const link = cellLink(block, r, c);
      cell.value = link ? { text: String(value), hyperlink: link } : value === "" ? null : value;
      // Rows of a continued measure get their own border (the shared styles stay shared).
      cell.style = borders === BORDERS ? styles[c] : { ...styles[c], border: borders };
      if (link) cell.font = { ...font, underline: true, color: { argb: argb(LINK_COLOR) } };
    }
    if (block.mergeAcross && block.mergeAcross > 1) {
      const top = block.row + r + 1;
      sheet.mergeCells(top, block.column + 1, top, block.column + block.mergeAcross);
    }
  });
}

/** One of the report's sheets in a workbook, with its print setup. */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  spec: ReportSheetSpec
): ExcelJS.Worksheet {
  const { area, titleRows, centerHeader, centerFooter } = spec.print;
  const sheet = workbook.addWorksheet(spec.sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      // ExcelJS puts "$" before each corner it is given: "A$1" becomes the absolute "$A$1".
      printArea: areaAddress(area).replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      ...(titleRows && { printTitlesRow: `${titleRows.first + 1}:${titleRows.last + 1}` }),
    },
    headerFooter: {
      oddHeader: `&C&"${THAI_FONT}"&14${centerHeader}`,
      oddFooter: `&C&"${THAI_FONT}"&14${centerFooter}`,
    },
  });
  spec.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.round(width * WIDTH_FACTOR * 10) / 10;
  });
  for (const block of spec.blocks) writeBlock(sheet, block);
  // Rows under a chart get Excel's default height written down: LibreOffice's own default is
  // lower and would shrink the chart.
  for (const { position } of spec.charts) {
    for (let r = 0; r < position.rowCount; r++) {
      sheet.getRow(position.row + r + 1).height = DEFAULT_ROW_HEIGHT;
    }
  }
  // A break below the row before (OOXML breaks follow the row they name).
  for (const row of spec.print.pageBreaksBefore) sheet.getRow(row).addPageBreak();
  for (const merge of spec.merges) {
    sheet.mergeCells(
      merge.row + 1,
      merge.column + 1,
      merge.row + merge.rowCount,
      merge.column + merge.columnCount
    );
  }
  return sheet;
}
