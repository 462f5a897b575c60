// The floor of writing a report (issue 16): the project's own reader reading the plan, and
// ExcelJS's streaming writer writing the report's cells once, with the same styles and heights.
// The cells are laid out before the clock starts (the floor gets them for free), so the report's
// ratio to it is a strict one: all its own work (recognising the plan, building the spec, the
// charts) counts against it.
import ExcelJS from "exceljs";
import type { ReportSpec } from "../src/domain/report/report-spec";
import { reportSheets } from "../src/domain/report/report-spec";
import { BLOCK_LOOKS, THAI_FONT } from "../src/domain/sheet-look";
import { loadWorkbook } from "../src/xlsx/input-file";

interface FloorRow {
  row: number;
  height?: number;
  cells: { column: number; value: string | number | null; style: Partial<ExcelJS.Style> }[];
}

type FloorSheet = { name: string; rows: FloorRow[] };

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** The report's cells, row by row in order, each with a style object shared by its column. */
export function floorCells(spec: ReportSpec): FloorSheet[] {
  return reportSheets(spec).map((sheet) => {
    const rows = new Map<number, FloorRow>();
    for (const block of sheet.blocks) {
      const look = BLOCK_LOOKS[block.style];
      const styles = (block.values[0] ?? []).map((_, c): Partial<ExcelJS.Style> => ({
        font: { name: THAI_FONT, size: look.size, bold: look.bold },
        alignment: { vertical: "top", wrapText: look.wrap, horizontal: look.horizontal },
        ...(look.borders && { border: { top: THIN, bottom: THIN, left: THIN, right: THIN } }),
        ...(block.numberFormats?.[c] && { numFmt: block.numberFormats[c] }),
      }));
      block.values.forEach((values, r) => {
        const at = block.row + r;
        const row = rows.get(at) ?? { row: at, cells: [] };
        row.height = block.rowHeights?.[r] || row.height;
        values.forEach((value, c) =>
          row.cells.push({
            column: block.column + c,
            value: value === "" ? null : value,
            style: styles[c],
          })
        );
        rows.set(at, row);
      });
    }
    return { name: sheet.sheetName, rows: [...rows.values()].sort((a, b) => a.row - b.row) };
  });
}

/** Reads the plan with the project's reader, then streams the cells to `output`. */
export async function floorRun(plan: string, sheets: FloorSheet[], output: string): Promise<void> {
  const workbook = await loadWorkbook(plan);
  workbook.grid(workbook.sheetNames[0]);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const sheet of sheets) {
    const worksheet = writer.addWorksheet(sheet.name);
    for (const { row, height, cells } of sheet.rows) {
      const line = worksheet.getRow(row + 1);
      if (height) line.height = height;
      for (const { column, value, style } of cells) {
        const cell = line.getCell(column + 1);
        cell.value = value;
        cell.style = style;
      }
      line.commit();
    }
    worksheet.commit();
  }
  await writer.commit();
}
