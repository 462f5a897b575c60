// Reading an .xlsx file into the grid the domain code reads, with ExcelJS: the command line's
// stand-in for the Excel adapter. Values come out as Excel's API gives them: dates as serials,
// error values as their text, merged areas holding their value in the top-left cell only.
import { readFile } from "fs/promises";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../domain/plan-layout";
import { serialFromDate } from "../domain/periods";

export class UnreadableFileError extends Error {
  constructor(
    readonly reason: "missing" | "notXlsx" | "encrypted" | "corrupt" | "noSheet",
    readonly detail: string
  ) {
    super(`${reason}: ${detail}`);
    this.name = "UnreadableFileError";
  }
}

// Encrypted .xlsx files and old .xls files are OLE compound files, not zip packages.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP = Buffer.from("PK");

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UnreadableFileError("missing", path);
  }
  if (bytes.subarray(0, 4).equals(COMPOUND_FILE)) throw new UnreadableFileError("encrypted", path);
  if (!bytes.subarray(0, 2).equals(ZIP)) throw new UnreadableFileError("notXlsx", path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(
      "corrupt",
      error instanceof Error ? error.message : String(error)
    );
  }
  return workbook;
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return serialFromDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result ?? null);
  if ("text" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  return null;
}

/** The used area of a sheet as a grid. */
export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const width = sheet.columnCount;
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const cells: CellValue[] = [];
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      cells.push(cell.isMerged && cell.master !== cell ? null : plainValue(cell.value));
    }
    values.push(cells);
  }
  return { firstRow: 0, firstColumn: 0, values, hiddenRows };
}

/** The value of a workbook-level defined name that points at one cell, if it exists. */
export function namedValue(workbook: ExcelJS.Workbook, name: string): CellValue {
  const ranges = workbook.definedNames.getRanges(name)?.ranges ?? [];
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
  if (!match) return null;
  const sheet = workbook.getWorksheet(match[1].replace(/''/g, "'"));
  return sheet ? plainValue(sheet.getCell(`${match[2]}${match[3]}`).value) : null;
}
