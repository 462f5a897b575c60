// Excel's units for the add-in's look (src/domain/sheet-look.ts holds the look itself).
import { POINTS_PER_CHARACTER } from "../domain/sheet-look";

/** Excel column widths are in points. */
export function charactersToPoints(characters: number): number {
  return Math.round(characters * POINTS_PER_CHARACTER * 10) / 10;
}

/** Office.js spells alignments with a capital. */
export function excelAlignment(align: "center" | "left" | "right"): Excel.HorizontalAlignment {
  return (align[0].toUpperCase() + align.slice(1)) as Excel.HorizontalAlignment;
}
