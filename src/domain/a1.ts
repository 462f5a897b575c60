// A1-style cell addresses: column letters and rectangular areas, zero-based inside.

export interface CellArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26; a cell reference gives its column ("$B$7" -> 1); -1 without letters. */
export function columnIndex(reference: string): number {
  let value = 0;
  for (let at = 0; at < reference.length; at++) {
    const code = reference.charCodeAt(at) & ~32; // upper case
    if (code >= 65 && code <= 90) value = value * 26 + code - 64;
    else if (code !== 4) break; // 4: "$" with the case bit cleared
  }
  return value - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function areaAddress(area: CellArea): string {
  const first = cellAddress(area.row, area.column);
  if (area.rowCount === 1 && area.columnCount === 1) return first;
  return `${first}:${cellAddress(area.row + area.rowCount - 1, area.column + area.columnCount - 1)}`;
}

/** Quotes a sheet name for use in an address or formula when Excel would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** Parses "B3", "A1:C9", "$A$1", "A:C" or "5:7" (no sheet part); null when it is not an address. */
export function parseArea(address: string): CellArea | null {
  const parts = address.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map(parseEnd);
  if (ends.some((end) => end === null)) return null;
  const [first, last = first] = ends as End[];
  const row = first.row ?? 0;
  const column = first.column ?? 0;
  const lastRow = last.row ?? (first.row === undefined ? MAX_ROWS - 1 : row);
  const lastColumn = last.column ?? (first.column === undefined ? MAX_COLUMNS - 1 : column);
  if ((first.row === undefined) !== (last.row === undefined)) return null;
  if ((first.column === undefined) !== (last.column === undefined)) return null;
  if (lastRow < row || lastColumn < column) return null;
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

interface End {
  row?: number;
  column?: number;
}

function parseEnd(text: string): End | null {
  const match = /^([A-Z]{0,3})(\d{0,7})$/.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const column = match[1] ? columnIndex(match[1]) : undefined;
  const row = match[2] ? Number(match[2]) - 1 : undefined;
  if (
    (column !== undefined && column >= MAX_COLUMNS) ||
    (row !== undefined && (row < 0 || row >= MAX_ROWS))
  ) {
    return null;
  }
  return { row, column };
}
