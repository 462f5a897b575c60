// How the add-in's sheets look in Excel: the official Thai font and column widths.

export const THAI_FONT = "TH SarabunPSK";

/** Excel column widths are in points; one character of TH SarabunPSK 14 pt is about 5.7 points. */
export function charactersToPoints(characters: number): number {
  return Math.round(characters * 5.7 * 10) / 10;
}

export const HEADER_FILL = "#DDEBF7";
export const DONE_FILL = "#C6EFCE";
