// What the sheet view draws of a sheet of the fake Excel: the used area (capped, so a large
// sheet stays quick to draw), merged areas as spans, and each cell's text as Excel would show it.
import { CellArea, parseArea } from "../../../src/domain/a1";
import { dateFromSerial } from "../../../src/domain/periods";
import { formatThaiDate } from "../../../src/domain/thai-dates";
import type { CellModel, SheetModel } from "../../excel";

export const MAX_ROWS = 300;
export const MAX_COLUMNS = 40;

export interface UsedArea {
  rows: number;
  columns: number;
}

/** Rows and columns from A1 to the last cell holding something (a value, formula or check box). */
export function usedArea(sheet: SheetModel): UsedArea {
  let rows = 0;
  let columns = 0;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === "" && cell.formula === undefined && cell.control === undefined) continue;
    const [row, column] = key.split(",").map(Number);
    rows = Math.max(rows, row + 1);
    columns = Math.max(columns, column + 1);
  }
  for (const merge of sheet.merges) {
    rows = Math.max(rows, merge.row + merge.rowCount);
    columns = Math.max(columns, merge.column + merge.columnCount);
  }
  return { rows, columns };
}

export interface CellSpan {
  rowSpan: number;
  columnSpan: number;
}

/** For each merged area: its top-left cell's span ("row,column" keys), and the cells it covers. */
export function mergeSpans(sheet: SheetModel): {
  spans: Map<string, CellSpan>;
  covered: Set<string>;
} {
  const spans = new Map<string, CellSpan>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    spans.set(`${merge.row},${merge.column}`, {
      rowSpan: merge.rowCount,
      columnSpan: merge.columnCount,
    });
    for (let r = 0; r < merge.rowCount; r++) {
      for (let c = 0; c < merge.columnCount; c++) {
        if (r > 0 || c > 0) covered.add(`${merge.row + r},${merge.column + c}`);
      }
    }
  }
  return { spans, covered };
}

/** A number format showing a date: it has days and months (d mmm bbbb, dd/mm/yyyy). */
function isDateFormat(format: string): boolean {
  return /d/i.test(format) && /m/i.test(format);
}

/** The text Excel shows for a cell's value: dates in the Buddhist era, TRUE and FALSE. */
export function shownText(cell: CellModel): string {
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && isDateFormat(cell.numberFormat)) {
    const date = dateFromSerial(value);
    if (date) return formatThaiDate(date, { style: "short" });
  }
  return String(value);
}

/** Whether a cell lies in the selection (an area address on the sheet). */
export function selectedArea(address: string): CellArea | null {
  return parseArea(address.split("!").pop() ?? address);
}

export function inArea(area: CellArea | null, row: number, column: number): boolean {
  return (
    area !== null &&
    row >= area.row &&
    row < area.row + area.rowCount &&
    column >= area.column &&
    column < area.column + area.columnCount
  );
}
