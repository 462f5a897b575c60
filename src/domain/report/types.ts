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
}
