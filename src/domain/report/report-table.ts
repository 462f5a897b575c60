// The report's measure table as plain rows: the layout's columns for these measures, numbered,
// with widths from the content. The sheet report and the memo's attached table both print it.
import type { MeasureRow } from "../plan-reading";
import type { PlanColumn } from "./plan-capabilities";
import { moneyText } from "../money";
import { layoutFor, MONEY_FORMAT, ReportColumn } from "./report-layouts";
import { OWN_NUMBER } from "./measure-number";
import { digits } from "./report-sentences";
import { SAFE_WIDTH, textWidth, unbrokenWidth } from "./row-heights";
import type { ReportLayout } from "./types";

export interface ReportTable {
  title: string;
  headers: string[];
  /** Characters, the number column first. */
  widths: number[];
  /** Characters each column needs: its header's and cells' words (amounts) unbroken. */
  leastWidths: number[];
  align: ("left" | "center" | "right")[];
  numberFormats: (string | undefined)[];
  /** Columns whose cells are links. */
  links: boolean[];
  /** The status ticks' group header over columns first..first+count-1, when there is one. */
  group?: { header: string; first: number; count: number };
  rows: (string | number)[][];
}

const NUMBER_HEADER = "ที่";
const NUMBER_WIDTH = 5;
// About what fits an A4 landscape page at a readable scale; wider tables shrink their long texts.
const PAGE_CHARACTERS = 185;
// A money column holds a six-figure budget (๑๒๕,๐๐๐.๐๐) on one line, larger ones by their cells.
const MONEY_LEAST = moneyText(125_000);
// A header wraps at its spaces only ("ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)"), unless a piece is longer
// than this; a longer one wraps between its Intl.Segmenter words.
const HEADER_PIECE_LIMIT = 12;

/** Width a header needs: its space-separated pieces kept whole where short enough. */
function headerWidth(header: string): number {
  const pieces = header.split(/\s+/).filter((piece) => textWidth(piece) <= HEADER_PIECE_LIMIT);
  return Math.max(unbrokenWidth(header), unbrokenWidth(header, pieces));
}

// Segmenting is the slow part (about a microsecond a character): only runs of text long enough
// to widen a column are segmented, and a column stops after this many characters, its longest
// word known well enough by then (so a plan of 10,000 measures stays fast).
const SEGMENTED_CHARACTERS = 3_000;

/** A money column's least width: every amount as printed kept whole, six figures at least. */
function moneyWidth(header: string, cells: readonly (string | number)[]): number {
  const amounts = cells.map((cell) => (typeof cell === "number" ? moneyText(cell) : cell));
  const widest = [MONEY_LEAST, ...amounts].map((amount) => unbrokenWidth(amount, [amount]));
  return Math.max(headerWidth(header), ...widest);
}

/** A column's least width: its header, and no word of its cells broken inside. */
function leastWidth(header: string, cells: readonly (string | number)[], least: number): number {
  let width = Math.max(headerWidth(header), least);
  let segmented = 0;
  for (const cell of cells) {
    if (typeof cell !== "string" || segmented >= SEGMENTED_CHARACTERS) continue;
    // A cell this short holds no word wider than the column (unbrokenWidth's reckoning).
    if (textWidth(cell) <= (width - 1) * SAFE_WIDTH) continue;
    for (const run of cell.split(/\s+/)) {
      // A run that fits whole cannot hold a word that does not.
      if (unbrokenWidth(run, [run]) <= width) continue;
      width = Math.max(width, unbrokenWidth(run));
      segmented += run.length;
    }
  }
  return width;
}

function leastWidths(columns: ReportColumn[], headers: string[], rows: (string | number)[][]) {
  return headers.map((header, index) => {
    const cells = rows.map((row) => row[index]);
    return columns[index - 1]?.numberFormat === MONEY_FORMAT
      ? moneyWidth(header, cells)
      : leastWidth(header, cells, index === 0 ? NUMBER_WIDTH : 4);
  });
}

/** Each column at least as wide as its longest word; the preferred widths shrunk to the page. */
function fitWidths(columns: ReportColumn[], least: number[]) {
  const preferred = [NUMBER_WIDTH, ...columns.map((column) => column.width)].map((width, index) =>
    Math.max(width, least[index])
  );
  const total = preferred.reduce((sum, width) => sum + width, 0);
  const room = preferred.reduce((sum, width, index) => sum + width - least[index], 0);
  if (total <= PAGE_CHARACTERS || room === 0) return preferred;
  const shrink = Math.min(1, (total - PAGE_CHARACTERS) / room);
  return preferred.map((width, index) => Math.round(width - (width - least[index]) * shrink));
}

export function reportTable(
  layoutName: ReportLayout,
  planColumns: readonly PlanColumn[],
  measures: readonly MeasureRow[],
  thaiDigits: boolean
): ReportTable {
  const layout = layoutFor(layoutName, planColumns, measures);
  const { columns } = layout;
  const headers = [NUMBER_HEADER, ...columns.map((column) => column.header)];
  const rows = measures.map((measure, index) => [
    OWN_NUMBER.test(measure.text.measure.trim()) ? "" : digits(`${index + 1}.`, thaiDigits),
    ...columns.map((column) => column.cell(measure, { thaiDigits })),
  ]);
  const tickColumns = columns.flatMap((column, index) =>
    layout.group && column.status ? [index + 1] : []
  );
  const group =
    layout.group &&
    tickColumns.length >= 2 &&
    tickColumns[tickColumns.length - 1] - tickColumns[0] === tickColumns.length - 1
      ? { header: layout.group.header, first: tickColumns[0], count: tickColumns.length }
      : undefined;
  const least = leastWidths(columns, headers, rows);
  return {
    title: layout.title,
    headers,
    widths: fitWidths(columns, least),
    leastWidths: least,
    // Text, so Excel keeps "1." as written instead of turning it into the number 1.
    numberFormats: ["@", ...columns.map((column) => column.numberFormat)],
    align: ["center", ...columns.map((column) => column.align)],
    links: [false, ...columns.map((column) => column.links === true)],
    ...(group ? { group } : {}),
    rows,
  };
}

/** A page the table is printed on at another scale (the memo's): the characters across it and
 * the characters each cell's padding takes. */
export interface TablePage {
  characters: number;
  cellPadding: number;
}

/** The table's widths on such a page: all columns scaled alike, those that would fall below
 * their least width (and padding) held there, the others sharing what is left. */
export function widthsOnPage(table: ReportTable, page: TablePage): number[] {
  const least = table.leastWidths.map((width) => width + page.cellPadding);
  const held = new Set<number>();
  for (;;) {
    const heldWidth = [...held].reduce((sum, index) => sum + least[index], 0);
    const free = table.widths.reduce((sum, width, index) => sum + (held.has(index) ? 0 : width), 0);
    const scale = (page.characters - heldWidth) / free;
    const under = table.widths.flatMap((width, index) =>
      !held.has(index) && width * scale < least[index] ? [index] : []
    );
    if (under.length === 0 || held.size + under.length === least.length) {
      under.forEach((index) => held.add(index));
      return table.widths.map((width, index) => (held.has(index) ? least[index] : width * scale));
    }
    under.forEach((index) => held.add(index));
  }
}
