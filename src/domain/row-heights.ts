// Row heights that show all of a wrapped text: files written outside Excel are not autofitted
// when opened, and LibreOffice needs the heights written down.

// Thai vowel and tone marks sit above or below their consonant and take no width.
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

// Widths are counted in characters of TH SarabunPSK, but where it is missing Thai text falls back
// to wider fonts (LibreOffice's stand-in lays it out about 1.5 times larger) and wraps at word
// ends: reckon with 72 % of the nominal characters per line so no renderer clips a row.
const SAFE_WIDTH = 0.72;

/** Points per line at a given size, with Thai fonts' tall line spacing. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.5);
}

/** Lines a text wraps to in a column of `width` characters. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, Math.floor(width * SAFE_WIDTH));
  return text.split("\n").reduce((lines, paragraph) => {
    const length = paragraph.replace(ZERO_WIDTH, "").length;
    return lines + Math.max(1, Math.ceil(length / usable));
  }, 0);
}

/** The height (points) of a row holding these cells in columns of these widths. */
export function rowHeight(
  cells: readonly (string | number)[],
  widths: readonly number[],
  fontSize: number
): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, index) => wrappedLines(String(cell), widths[index] ?? 10))
  );
  // Excel caps a row at 409 points; longer cells are cut in print (validation warns of such texts).
  return Math.min(409, lines * lineHeight(fontSize) + 4);
}
