// Finding a plan on a sheet: its header row (anywhere in the first rows, under title lines),
// a second header row under a merged group cell (the three status ticks), and what each column means.
import { columnLetter } from "./a1";
import { ColumnMeaning, matchHeader, normaliseHeader, similarity } from "./header-matching";
import { COLUMN_KEYS, ColumnKey, Status, STATUSES } from "./plan-columns";

export type CellValue = string | number | boolean | null;

/** Cell values as read from a sheet, with where they sit (0-based). */
export interface SheetGrid {
  firstRow: number;
  firstColumn: number;
  values: CellValue[][];
  /** 0-based sheet rows that are hidden or filtered out. */
  hiddenRows?: readonly number[];
}

export interface MappedColumn {
  /** 0-based sheet column. */
  column: number;
  header: string;
  meaning: ColumnMeaning;
  byUser: boolean;
}

export interface MissingColumn {
  key: ColumnKey;
  nearest: { column: number; header: string } | null;
}

export interface PlanLayout {
  /** 0-based sheet row of the (first) header row. */
  headerRow: number;
  headerRowCount: 1 | 2;
  columns: MappedColumn[];
  unmapped: { column: number; header: string }[];
  missing: MissingColumn[];
}

/** A user's corrections, by column letter: a meaning id ("owner", "status:done") or "ignore". */
export type MappingOverrides = Record<string, string>;

// Most real plans report results and have no status ticks: status is needed only by the status
// layout and the status counts, so it is not required of a plan.
export const REQUIRED_KEYS: readonly ColumnKey[] = [
  "measure",
  "method",
  "owner",
  "period",
  "result",
];

/** The meanings that mark a header row, status included. */
const HEADER_KEYS: readonly ColumnKey[] = [...REQUIRED_KEYS, "status"];

export const HEADER_SEARCH_ROWS = 20;

export function meaningId(meaning: ColumnMeaning): string {
  return meaning.status ? `${meaning.key}:${meaning.status}` : meaning.key;
}

export function meaningFromId(id: string): ColumnMeaning | undefined {
  const [key, status] = id.split(":");
  const known = (COLUMN_KEYS as readonly string[]).includes(key);
  if (!known || (status !== undefined && !STATUSES.includes(status as Status))) return undefined;
  return status ? { key: key as ColumnKey, status: status as Status } : { key: key as ColumnKey };
}

export function cellText(value: CellValue): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function rowTexts(grid: SheetGrid, index: number): string[] {
  return (grid.values[index] ?? []).map(cellText);
}

/** Distinct meanings recognised in a row: a header row has several. */
function meaningsIn(texts: string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const match = matchHeader(text);
    if (match) found.add(meaningId(match.meaning));
  }
  return found;
}

/** A second header row: its filled cells all read as headers (a data row's "-" and "/" do not). */
function isSubHeader(texts: string[]): boolean {
  const filled = texts.filter((text) => text.length > 0);
  return filled.length >= 2 && filled.every((text) => matchHeader(text) !== undefined);
}

function findHeaderRow(grid: SheetGrid): number | undefined {
  let best: { index: number; found: number } | undefined;
  const rows = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < rows; index++) {
    const meanings = meaningsIn(rowTexts(grid, index));
    const found = HEADER_KEYS.filter((key) =>
      [...meanings].some((id) => id.split(":")[0] === key)
    ).length;
    if (found >= 2 && found > (best?.found ?? 0)) best = { index, found };
  }
  return best?.index;
}

/** The header text of each column, the second header row's text winning under a group cell. */
export function headerTexts(grid: SheetGrid, headerIndex: number, rowCount: 1 | 2): string[] {
  const top = rowTexts(grid, headerIndex);
  const sub = rowCount === 2 ? rowTexts(grid, headerIndex + 1) : [];
  const width = Math.max(top.length, sub.length);
  return Array.from({ length: width }, (_, column) => sub[column] || top[column] || "");
}

function applyOverrides(
  texts: string[],
  grid: SheetGrid,
  overrides: MappingOverrides
): { column: number; header: string; meaning?: ColumnMeaning; byUser: boolean; score: number }[] {
  return texts.map((header, index) => {
    const column = grid.firstColumn + index;
    const override = overrides[columnLetter(column)];
    if (override !== undefined) {
      const meaning = override === "ignore" ? undefined : meaningFromId(override);
      return { column, header, meaning, byUser: true, score: 2 };
    }
    const match = matchHeader(header);
    return { column, header, meaning: match?.meaning, byUser: false, score: match?.score ?? 0 };
  });
}

/** Recognises the plan's columns; undefined when no row in the first 20 looks like a header. */
export function recognisePlan(
  grid: SheetGrid,
  overrides: MappingOverrides = {}
): PlanLayout | undefined {
  const headerIndex = findHeaderRow(grid);
  if (headerIndex === undefined) return undefined;
  const headerRowCount = isSubHeader(rowTexts(grid, headerIndex + 1)) ? 2 : 1;
  const candidates = applyOverrides(
    headerTexts(grid, headerIndex, headerRowCount),
    grid,
    overrides
  );
  // One column per meaning: the best-scoring header keeps it, a user's choice always wins.
  const winners = new Map<string, (typeof candidates)[number]>();
  for (const candidate of candidates) {
    if (!candidate.meaning) continue;
    const id = meaningId(candidate.meaning);
    if (candidate.score > (winners.get(id)?.score ?? -1)) winners.set(id, candidate);
  }
  const columns: MappedColumn[] = [...winners.values()]
    .map(({ column, header, meaning, byUser }) => ({ column, header, meaning: meaning!, byUser }))
    .sort((a, b) => a.column - b.column);
  const mappedColumns = new Set(columns.map((mapped) => mapped.column));
  const unmapped = candidates
    .filter((candidate) => candidate.header && !mappedColumns.has(candidate.column))
    .map(({ column, header }) => ({ column, header }));
  const missing = REQUIRED_KEYS.filter(
    (key) => !columns.some((mapped) => mapped.meaning.key === key)
  ).map((key) => ({ key, nearest: nearestHeader(unmapped, key) }));
  return { headerRow: grid.firstRow + headerIndex, headerRowCount, columns, unmapped, missing };
}

function nearestHeader(
  unmapped: { column: number; header: string }[],
  key: ColumnKey
): MissingColumn["nearest"] {
  let best: { column: number; header: string; score: number } | undefined;
  for (const candidate of unmapped) {
    const score = similarity(candidate.header, key);
    if (score > (best?.score ?? 0)) best = { ...candidate, score };
  }
  return best ? { column: best.column, header: best.header } : null;
}

/** The column of a meaning in a layout, if mapped. */
export function columnOf(layout: PlanLayout, key: ColumnKey, status?: Status): number | undefined {
  return layout.columns.find(
    (mapped) => mapped.meaning.key === key && mapped.meaning.status === status
  )?.column;
}

/** Tells rows that repeat the header (a page break in a pasted report) from measure rows. */
export function headerRepeatTest(headerRowTexts: string[][]): (row: CellValue[]) => boolean {
  const expected = headerRowTexts.map((header) =>
    header.map(normaliseHeader).flatMap((text, column) => (text ? [{ text, column }] : []))
  );
  // Data rows repeat the same short values (units, ticks): fold each distinct text once.
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = normaliseHeader(text);
      if (folded.size < 10_000) folded.set(text, result);
    }
    return result;
  };
  return (row) =>
    expected.some((cells) => {
      let same = 0;
      let different = 0;
      for (const { text, column } of cells) {
        const actual = cellText(row[column] ?? null);
        // Long cells are data, never a header: skip folding them.
        if (actual.length <= text.length * 2 + 10 && fold(actual) === text) same++;
        else if (++different * 2 >= cells.length) return false;
      }
      return cells.length > 0 && same * 2 > cells.length;
    });
}
