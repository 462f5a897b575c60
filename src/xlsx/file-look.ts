// ExcelJS's units for the add-in's look (src/domain/sheet-look.ts holds the look itself).
import type ExcelJS from "exceljs";

// Spec widths are characters of TH SarabunPSK 14 pt; Excel's width unit is a character of the
// default font, about 10 % wider.
export const WIDTH_FACTOR = 1.1;

/** A solid fill from an RGB hex colour ("#DDEBF7"). */
export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex.replace("#", "")}` } };
}
