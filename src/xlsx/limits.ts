// The command line's limits on what it reads, in one place (the README states the same figures). A file past one is
// refused with a message naming the limit, never read in part. The figures leave room for ten
// times the largest real plan (a plan of 50,000 measures is a 33 MB worksheet part) while keeping
// the command line well under 1 GB of memory on any input.
import type { Language } from "../i18n/catalogue";
import { translate } from "../i18n/translate";

export const LIMITS = {
  /** The .xlsx file itself, checked before it is read. */
  fileBytes: 100 * 1024 * 1024,
  /** Entries in the zip's central directory. */
  entries: 10_000,
  /** One part once inflated, counted while inflating. */
  partBytes: 100 * 1024 * 1024,
  /** All the parts inflated from one file together. */
  totalBytes: 200 * 1024 * 1024,
  /** Excel's own sheet size: rows 1 to 1,048,576, columns A to XFD. */
  rows: 1_048_576,
  columns: 16_384,
  /** The used area of a sheet as a grid (rows × columns from A1): over 6 times a 50,000-measure plan's. */
  gridCells: 5_000_000,
  /** The used areas of all the sheets read from one file together, a sheet counted each time the
   * workbook lists it (1,300 sheets over one part of 10,000 cells, a 10 KB file, took validate
   * past 10 s looking for the plan). */
  fileCells: 5_000_000,
  /** The text in a sheet's cells, a shared string counted each time a cell uses it: a 60 KB file
   * whose one shared string of 20 MB is used by 100 cells stands for 2 billion characters, and
   * took every command past 10 s. Twice the text of the bench's 100,000-measure plan (26 million
   * characters); the writers take about 9 bytes a character at most (snapshot), so under 1 GB. */
  sheetText: 50_000_000,
  /** XML nesting depth of a part (Excel's own parts nest fewer than 20 deep). */
  xmlDepth: 200,
  /** One tag, comment, CDATA section or instruction, read from a part that comes in chunks
   * (its characters; Excel's longest tags are a few hundred, a cell's text is at most 32,767). */
  markupBytes: 1024 * 1024,
  /** Measures a memo attaches as its table: the Word writer holds the whole document in memory
   * (about 180 KB a measure: 2,000 take 430 MB, 5,000 take 900 MB), so larger plans are
   * refused and pointed to the report workbook, which streams nothing but stays near 250 MB at
   * 10,000 measures. */
  memoMeasures: 1_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A limit in words for the user ("a part of the file is larger than 100 MB once decompressed"). */
export function limitText(language: Language, limit: LimitName): string {
  const value = LIMITS[limit];
  const figure = limit.endsWith("Bytes")
    ? `${value / 1024 / 1024} MB`
    : value.toLocaleString("en-US");
  return translate(language, `cli.limit.${limit}`, { value: figure });
}

/** A file goes past one of LIMITS. */
export class LimitError extends Error {
  constructor(readonly limit: LimitName) {
    super(`limit ${limit} (${LIMITS[limit]})`);
    this.name = "LimitError";
  }
}
