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

// V8's Intl.Segmenter takes time and memory growing with the square of the text it is given
// (30,000 characters, an Excel cell's limit, took 4.6 s and 700 MB), so a long text is segmented
// in slices cut just after a space or line break, where a word always ends. Slices of 250-500
// characters were the fastest (70 ms for 300,000 Thai characters; 2,000: 180 ms; 100: 100 ms).
const SLICE = 500;

function* segmentsOf(text: string) {
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + SLICE);
    if (end < text.length) {
      const gap = Math.max(text.lastIndexOf(" ", end - 1), text.lastIndexOf("\n", end - 1));
      // No gap in the slice (a run of 2,000 characters without one): cut where it is.
      if (gap > at) end = gap + 1;
    }
    yield* segmenter.segment(text.slice(at, end));
    at = end;
  }
}

/** The text cut into Thai words and the gaps between them, every character kept. */
export function wordsAndGaps(text: string): string[] {
  const segments: string[] = [];
  for (const { segment } of segmentsOf(text)) segments.push(segment);
  return segments;
}

export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmentsOf(text)) if (isWordLike) words.push(segment);
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

// Renderers break Thai text between its words (Thai writes no spaces between words), so a run
// that overflows its line fills the line up to its last word end that fits. Finding that end
// with Intl.Segmenter costs about 35 µs a call (10,000 measures took seconds), so a line is
// counted as giving up WORD_ALLOWANCE characters where it breaks inside a run: with 5, the
// count was never under the count at Intl.Segmenter's word ends on the example plan's and the
// long-cell plan's cells (8 % over it; moving the whole run to a new line was 20 % over).
const WORD_ALLOWANCE = 5;

/** A run (`width` characters, no spaces) that does not fit on the line whole: its first words
 * fill the line, the rest go on over as many lines as they need. */
function breakRun(width: number, state: LineState, usable: number): LineState {
  let { lines } = state;
  let rest = width;
  if (state.line > 0) {
    const room = usable - state.line - 1;
    if (room > WORD_ALLOWANCE) rest -= room - WORD_ALLOWANCE;
    lines++;
  }
  const perLine = Math.max(1, usable - WORD_ALLOWANCE);
  for (; rest > usable; rest -= perLine) lines++;
  return { lines, line: rest };
}

/** Lines a text wraps to, counted as the text is added: row-split cuts a long paragraph word by
 * word, and counting the growing piece again at each word was quadratic (400 results of 30,000
 * characters took the report 23 s). A line ends at the last space or Thai word end that fits
 * (greedy, breakRun). */
export class WrapCounter {
  private state: LineState = { lines: 0, line: 0 };
  /** Characters of the word not yet placed. */
  private word = 0;

  constructor(private readonly usable: number) {}

  /** A counter for a column of `width` characters, 95 % of which a line is given. */
  static forWidth(width: number): WrapCounter {
    return new WrapCounter(Math.max(1, Math.floor(width * SAFE_WIDTH)));
  }

  /** One pass over the characters, no split or replace: this runs for every cell of a report. */
  add(text: string): this {
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 10 || code === 32 || code === 9) {
        this.placeWord();
        if (code === 10) this.state = { lines: this.state.lines + 1, line: 0 };
      } else if (!takesNoWidth(code)) {
        this.word++;
      }
    }
    return this;
  }

  /** The lines of all that was added. */
  lines(): number {
    const copy = this.copy();
    copy.placeWord();
    return copy.state.lines + 1;
  }

  /** The lines of all that was added and `more`, the counter left as it was. */
  linesWith(more: string): number {
    return this.copy().add(more).lines();
  }

  private copy(): WrapCounter {
    const copy = new WrapCounter(this.usable);
    copy.state = { ...this.state };
    copy.word = this.word;
    return copy;
  }

  private placeWord(): void {
    if (this.word === 0) return;
    const { line } = this.state;
    if (line + (line > 0 ? 1 : 0) + this.word <= this.usable)
      this.state = { lines: this.state.lines, line: line > 0 ? line + 1 + this.word : this.word };
    else this.state = breakRun(this.word, this.state, this.usable);
    this.word = 0;
  }
}

/** Lines a text wraps to in a column of `width` characters. A line is given 95 % of the column's
 * characters: on LibreOffice's PDFs (its stand-in Laksaman is laid out about 1.5 times larger
 * than TH SarabunPSK, in columns about 1.3 times wider) a column holds about 1.1 times its
 * characters, and these counts were at most a line or two over the printed lines, never under
 * them. */
export function wrappedLines(text: string, width: number): number {
  return WrapCounter.forWidth(width).add(text).lines();
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
