// Rows taller than Excel allows (409 pt) are continued on the rows below, as real reports
// continue a row over a page: the long cells are cut at paragraph or numbered-item boundaries,
// else between words, and the measure's other cells stay empty on the continuation rows.
import {
  lineHeight,
  MAX_ROW_HEIGHT,
  rowHeight,
  wordsAndGaps,
  WrapCounter,
  wrappedLines,
} from "./row-heights";

export interface SplitRows {
  values: (string | number)[][];
  heights: number[];
  /** Per row: it continues the row above (one measure; no border between them). */
  continues: boolean[];
}

// A numbered item inside a paragraph ("… ๒. …", "… 3) …") starts a piece of its own.
const ITEM_START = /\s(?=\(?[0-9๐-๙]{1,2}[.)]\s)/g;

/** Lines a row may hold at this font size. */
export function linesPerRow(fontSize: number, maxHeight = MAX_ROW_HEIGHT): number {
  return Math.max(1, Math.floor((maxHeight - 4) / lineHeight(fontSize)));
}

/** Pieces no longer than `limit` lines each, whole paragraphs or items where they fit. */
function pieces(text: string, width: number, limit: number): string[] {
  const units = text
    .split("\n")
    .flatMap((paragraph) =>
      wrappedLines(paragraph, width) <= limit ? [paragraph] : paragraph.split(ITEM_START)
    )
    .flatMap((unit) => (wrappedLines(unit, width) <= limit ? [unit] : byWords(unit, width, limit)));
  const chunks: string[] = [];
  let current: string[] = [];
  for (const unit of units) {
    const joined = [...current, unit].join("\n");
    if (current.length > 0 && wrappedLines(joined, width) > limit) {
      chunks.push(current.join("\n"));
      current = [unit];
    } else current.push(unit);
  }
  if (current.length > 0) chunks.push(current.join("\n"));
  return chunks;
}

/** A paragraph longer than a row, cut between words (Intl.Segmenter's Thai words). */
function byWords(paragraph: string, width: number, limit: number): string[] {
  const chunks: string[] = [];
  let current = "";
  // The piece's lines counted as it grows, each word's trial without counting the piece again.
  let counter = WrapCounter.forWidth(width);
  for (const segment of wordsAndGaps(paragraph)) {
    if (current && counter.linesWith(segment) > limit) {
      chunks.push(current.trimEnd());
      current = segment.trimStart();
      counter = WrapCounter.forWidth(width).add(current);
    } else {
      current += segment;
      counter.add(segment);
    }
  }
  if (current.trim()) chunks.push(current.trimEnd());
  return chunks;
}

/** Table rows as printed: each under the row limit, long cells continued on the rows below in
 * pieces of at most `pieceHeight` (smaller pieces leave less of a page empty where the next
 * piece does not fit). */
export function splitRows(
  rows: readonly (string | number)[][],
  widths: readonly number[],
  fontSize: number,
  maxHeight = MAX_ROW_HEIGHT,
  pieceHeight = maxHeight
): SplitRows {
  const limit = linesPerRow(fontSize, maxHeight);
  const pieceLimit = linesPerRow(fontSize, Math.min(maxHeight, pieceHeight));
  const result: SplitRows = { values: [], heights: [], continues: [] };
  for (const row of rows) {
    const height = rowHeight(row, widths, fontSize, maxHeight);
    // Only a row at the limit can hold a cell that needs more (most rows are well under it).
    const tooTall =
      height >= maxHeight &&
      row.some(
        (cell, index) => typeof cell === "string" && wrappedLines(cell, widths[index] ?? 10) > limit
      );
    if (!tooTall) {
      result.values.push([...row]);
      result.heights.push(height);
      result.continues.push(false);
      continue;
    }
    const cut = row.map((cell, index) =>
      typeof cell === "string" ? pieces(cell, widths[index] ?? 10, pieceLimit) : [cell]
    );
    const count = Math.max(...cut.map((parts) => parts.length));
    for (let part = 0; part < count; part++) {
      const values = cut.map((parts) => parts[part] ?? "");
      result.values.push(values);
      result.heights.push(rowHeight(values, widths, fontSize, maxHeight));
      result.continues.push(part > 0);
    }
  }
  return result;
}
