// Excel's units for the add-in's look (src/domain/sheet-look.ts holds the look itself).

/** Excel column widths are in points; one character of TH SarabunPSK 14 pt is about 5.7 points. */
export function charactersToPoints(characters: number): number {
  return Math.round(characters * 5.7 * 10) / 10;
}

/** Office.js spells alignments with a capital. */
export function excelAlignment(align: "center" | "left" | "right"): Excel.HorizontalAlignment {
  return (align[0].toUpperCase() + align.slice(1)) as Excel.HorizontalAlignment;
}
