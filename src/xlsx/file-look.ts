// ExcelJS's units for the add-in's look (src/domain/sheet-look.ts holds the look itself).
import type ExcelJS from "exceljs";

// Spec widths are characters of TH SarabunPSK 14 pt; Excel's width unit is a character of the
// default font, about 10 % wider.
export const WIDTH_FACTOR = 1.1;

/** ExcelJS's ARGB spelling of an RGB hex colour ("#DDEBF7" → "FFDDEBF7"). */
export function argb(hex: string): string {
  return `FF${hex.replace("#", "")}`;
}

/** A solid fill from an RGB hex colour. */
export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}
