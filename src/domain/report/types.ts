import type { CellArea } from "../a1";

// Types shared by the report's spec and its parts (layouts, charts, sentences, inputs): they
// import only this module, so the spec can import them without a cycle.
export const REPORT_LAYOUTS = ["status", "results", "annual", "plan"] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];

export interface ReportSettings {
  organisation: string;
  district: string;
  province: string;
  fiscalYear: number;
  round: 6 | 12;
  preparerName: string;
  preparerPosition: string;
  /** The settings' report date; the report is dated today without it. */
  reportDate?: Date;
}

export interface ReportOptions {
  layout: ReportLayout;
  /** A responsible unit's own report, or null for the whole plan. */
  unit: string | null;
  thaiDigits: boolean;
}

export type BlockStyle =
  | "title"
  | "subtitle"
  | "tableHeader"
  | "tableBody"
  | "heading"
  | "text"
  | "summaryHeader"
  | "summaryBody"
  | "signature"
  | "chartData";

export interface ReportBlock {
  /** 0-based top-left on the report sheet. */
  row: number;
  column: number;
  values: (string | number)[][];
  style: BlockStyle;
  /** Each row merged across this many columns (title lines, sentences, signature). */
  mergeAcross?: number;
  /** Per row: it continues the measure of the row above (a cell taller than Excel's 409 pt
   * row), so no border is drawn between them. */
  continues?: boolean[];
  /** Row heights in points, one per row, where text wraps. */
  rowHeights?: number[];
  /** Number formats by column of the block, where numbers need one. */
  numberFormats?: (string | undefined)[];
  /** Alignment by column of the block. */
  align?: ("left" | "center" | "right")[];
  /** Columns whose cells naming a web address print as hyperlinks (cell-links.ts). */
  links?: boolean[];
}

export type ChartKind = "tools" | "indicators" | "trend" | "status";

export interface ReportChart {
  kind: ChartKind;
  title: string;
  type: "ColumnClustered" | "BarClustered" | "LineMarkers" | "Doughnut";
  /** Categories in the first column, a series in each further column (the status chart's two
   * rounds), a header row on top naming the series. */
  data: CellArea;
  /** The pass mark drawn as a line series over the columns. */
  passLine?: { name: string; values: CellArea };
  /** A point to mark in another colour (the lowest indicator). */
  markedPoint?: number;
  /** Number formats of the data labels and of the value axis (Thai digits when chosen). */
  labelFormat: string;
  axisFormat: string;
  position: CellArea;
}

/** One sheet of the report: the measure table, or the summary with the signature and charts
 * (apart, so that nothing but the table prints under the table's repeated header). */
export interface ReportSheetSpec {
  sheetName: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  blocks: ReportBlock[];
  merges: CellArea[];
  charts: ReportChart[];
  print: {
    area: CellArea;
    /** The rows repeated at the top of every printed page (the table's header), if any. */
    titleRows: { first: number; last: number } | null;
    /** 0-based rows that start a new printed page. */
    pageBreaksBefore: number[];
    centerHeader: string;
    centerFooter: string;
  };
}
