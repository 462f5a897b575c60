// How the add-in's sheets and files look, as data shared by the Excel adapter and the file
// writers: the official Thai font, the fills, and the style of each block of a report.
import type { BlockStyle } from "./report/types";

export const THAI_FONT = "TH SarabunPSK";

/** Points per character of a column's width (spec widths count characters of the 14 pt font). */
export const POINTS_PER_CHARACTER = 5.7;

/** Excel's own colour for hyperlinks. */
export const LINK_COLOR = "#0563C1";

/** Fills as RGB hex: headers, cells the user types into, ticked statuses. */
export const FILLS = { header: "#DDEBF7", input: "#FFF2CC", done: "#C6EFCE" } as const;

export interface BlockLook {
  size: number;
  bold?: boolean;
  fill?: string;
  borders?: boolean;
  wrap?: boolean;
  horizontal?: "center" | "left" | "right";
}

const TABLE_HEADER: BlockLook = {
  size: 14,
  bold: true,
  fill: FILLS.header,
  borders: true,
  wrap: true,
  horizontal: "center",
};

export const BLOCK_LOOKS: Record<BlockStyle, BlockLook> = {
  title: { size: 16, bold: true, horizontal: "center", wrap: true },
  subtitle: { size: 16, bold: true, horizontal: "center", wrap: true },
  tableHeader: TABLE_HEADER,
  tableBody: { size: 14, borders: true, wrap: true },
  heading: { size: 16, bold: true },
  text: { size: 14, wrap: true },
  summaryHeader: TABLE_HEADER,
  summaryBody: { size: 14, borders: true, wrap: true },
  signature: { size: 14, horizontal: "center" },
  chartData: { size: 12 },
};
