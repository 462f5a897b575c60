// Status tick columns behave as one choice: ticking one clears the other two of its row and
// stamps the row's "updated" date. The edits are computed here; the adapter writes them.
import type { Status } from "./plan-columns";
import { STATUSES } from "./plan-columns";
import { columnOf, PlanLayout } from "./plan-layout";

export interface ChangedCell {
  /** 0-based sheet row and column. */
  row: number;
  column: number;
  value: unknown;
}

export interface CellEdit {
  row: number;
  column: number;
  value: boolean | number;
  /** Set for the date stamp, so the serial shows as a date. */
  numberFormat?: string;
}

/** A Buddhist-era date with Thai month names, whatever the PC's locale. */
export const UPDATED_DATE_FORMAT = "[$-th-TH]d mmm bbbb";

function isTicked(value: unknown): boolean {
  return value === true || (typeof value === "string" && value.trim().toUpperCase() === "TRUE");
}

export function tickEdits(
  layout: PlanLayout,
  changed: readonly ChangedCell[],
  todaySerial: number
): CellEdit[] {
  const tickColumns = new Map<number, Status>();
  for (const status of STATUSES) {
    const column = columnOf(layout, "status", status);
    if (column !== undefined) tickColumns.set(column, status);
  }
  const updatedColumn = columnOf(layout, "updated");
  const firstDataRow = layout.headerRow + layout.headerRowCount;
  const edits: CellEdit[] = [];
  const stamped = new Set<number>();
  for (const cell of changed) {
    if (cell.row < firstDataRow || !tickColumns.has(cell.column)) continue;
    if (isTicked(cell.value)) {
      for (const other of tickColumns.keys()) {
        const alsoChanged = changed.some((c) => c.row === cell.row && c.column === other);
        if (other !== cell.column && !alsoChanged)
          edits.push({ row: cell.row, column: other, value: false });
      }
    }
    if (updatedColumn !== undefined && !stamped.has(cell.row)) {
      stamped.add(cell.row);
      edits.push({
        row: cell.row,
        column: updatedColumn,
        value: todaySerial,
        numberFormat: UPDATED_DATE_FORMAT,
      });
    }
  }
  return edits;
}
