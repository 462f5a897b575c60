// How much of a sheet fits on one printed page: the report prints A4 landscape, fitted to the
// page's width, so a page holds more sheet points the wider the table is. The writers set the
// same margins (report-workbook.ts, report-writer.ts).
import { POINTS_PER_CHARACTER } from "../sheet-look";

const A4_LANDSCAPE = { width: 842, height: 595 };
/** Points: left and right 0.5 inch, top and bottom 0.75 inch. */
export const PAGE_MARGINS = { side: 36, topBottom: 54 };
/** Excel's default row height (points) for rows the report does not size. */
export const DEFAULT_ROW_HEIGHT = 15;

const PRINTABLE_WIDTH = A4_LANDSCAPE.width - 2 * PAGE_MARGINS.side;
const PRINTABLE_HEIGHT = A4_LANDSCAPE.height - 2 * PAGE_MARGINS.topBottom;

/** The factor fit-to-width prints the sheet at (never enlarged). */
export function printScale(widths: readonly number[]): number {
  const points = widths.reduce((sum, width) => sum + width, 0) * POINTS_PER_CHARACTER;
  return Math.min(1, PRINTABLE_WIDTH / points);
}

/** Sheet points one printed page holds, less a safety margin for renderers' rounding. */
export function pageHeight(widths: readonly number[]): number {
  return Math.floor((PRINTABLE_HEIGHT / printScale(widths)) * 0.95);
}

/** The tallest piece of a cell continued over several rows: a third of a page, so a page that
 * cannot take the next piece is left at most a third empty (a 409 pt piece may fill little
 * more than half a page and leave the rest blank). */
export function continuedPieceHeight(widths: readonly number[]): number {
  return Math.floor(pageHeight(widths) / 3);
}

/** Rows that start a page when rows of these heights are printed top to bottom. */
export function naturalPageStarts(heights: readonly number[], capacity: number): number[] {
  const starts: number[] = [];
  let used = 0;
  heights.forEach((height, index) => {
    if (used + height > capacity && used > 0) {
      starts.push(index);
      used = 0;
    }
    used += height;
  });
  return starts;
}
