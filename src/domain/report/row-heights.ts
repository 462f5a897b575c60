// Row heights that show all of a wrapped text: files written outside Excel are not autofitted
// when opened, and LibreOffice needs the heights written down.
import { BLOCK_LOOKS } from "../sheet-look";
import type { ReportBlock } from "./types";

/** Thai vowel and tone marks sit above or below their consonant and take no width. */
function takesNoWidth(code: number): boolean {
  return (
    code === 0x0e31 ||
    (code >= 0x0e34 && code <= 0x0e3a) ||
    (code >= 0x0e47 && code <= 0x0e4e) ||
    (code >= 0x200b && code <= 0x200d)
  );
}

// Widths are counted in characters of TH SarabunPSK. A column's word ends must fit with a little
// to spare (renderers round), so a word gets 95 % of the column's nominal characters.
export const SAFE_WIDTH = 0.95;

/** A text's width in characters, marks above and below their consonant not counted. */
export function textWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at++) if (!takesNoWidth(text.charCodeAt(at))) width++;
  return width;
}

/** The width (characters) a column needs so no word of the text is broken inside, counted as
 * wrappedLines counts. Words are Intl.Segmenter's Thai words; runs of Latin letters, digits and
 * URLs are its words too. */
export function unbrokenWidth(text: string, words: readonly string[] = wordsOf(text)): number {
  const longest = words.reduce((most, word) => Math.max(most, textWidth(word)), 0);
  return Math.ceil(longest / SAFE_WIDTH) + 1;
}

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** The text cut into Thai words and the gaps between them, every character kept. */
export function wordsAndGaps(text: string): string[] {
  return [...segmenter.segment(text)].map(({ segment }) => segment);
}

export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text))
    if (isWordLike) words.push(segment);
  return words;
}

/** Points per line at a given size, with Thai fonts' tall line spacing (LibreOffice lays out
 * the stand-in Laksaman at 1.67 times the size, measured on its PDFs). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.7);
}

/** Where the line stands after placing a run of text that does not fit on it whole. */
interface LineState {
  lines: number;
  line: number;
}

/** A run without spaces that overflows the line: renderers break Thai text between its words
 * (Thai writes no spaces between words), so its first words fill the line and the rest go on;
 * a word longer than a line is cut where it fills one. */
function breakRun(run: string, state: LineState, usable: number): LineState {
  let { lines, line } = state;
  let gap = line > 0 ? 1 : 0;
  for (const { segment } of segmenter.segment(run)) {
    const width = textWidth(segment);
    if (line > 0 && line + gap + width > usable) {
      lines++;
      line = 0;
      gap = 0;
    }
    line += gap + width;
    gap = 0;
    for (; line > usable; line -= usable) lines++;
  }
  return { lines, line };
}

/** Lines a text wraps to in a column of `width` characters: a line ends at the last space or
 * Thai word end that fits (greedy). A line counts the column's full width: measured on
 * LibreOffice's PDFs (its stand-in Laksaman is laid out about 1.5 times larger than TH SarabunPSK,
 * in columns as much wider) a column holds 1.1 times its characters, as in Excel with the real
 * font, and these counts were within a line of the printed lines, never under them. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, Math.floor(width * SAFE_WIDTH));
  // One pass over the characters, no split or replace: this runs for every cell of a report;
  // only a run that overflows its line is cut into words.
  let state: LineState = { lines: 0, line: 0 };
  let word = 0;
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 10;
    if (code === 10 || code === 32 || code === 9) {
      if (word > 0) {
        const line = state.line;
        if (line + (line > 0 ? 1 : 0) + word <= usable)
          state.line = line > 0 ? line + 1 + word : word;
        else state = breakRun(text.slice(start, at), state, usable);
        word = 0;
      }
      if (code === 10) state = { lines: state.lines + 1, line: 0 };
      start = at + 1;
    } else if (!takesNoWidth(code)) {
      word++;
    }
  }
  return state.lines;
}

/** Excel's largest row height: taller cells are continued on the rows below (row-split). */
export const MAX_ROW_HEIGHT = 409;

/** The height (points) of a row holding these cells in columns of these widths. */
export function rowHeight(
  cells: readonly (string | number)[],
  widths: readonly number[],
  fontSize: number,
  maxHeight = MAX_ROW_HEIGHT
): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, index) => wrappedLines(String(cell), widths[index] ?? 10))
  );
  return Math.min(maxHeight, lines * lineHeight(fontSize) + 4);
}

/** Heights for a block's rows, from its text and the width it spans (merged or per column). */
export function fittedHeights(block: ReportBlock, widths: readonly number[]): number[] {
  const size = BLOCK_LOOKS[block.style].size;
  const spans = block.mergeAcross
    ? [widths.slice(block.column, block.column + block.mergeAcross).reduce((a, b) => a + b, 0)]
    : widths.slice(block.column);
  return block.values.map((cells) => rowHeight(cells, spans, size));
}
