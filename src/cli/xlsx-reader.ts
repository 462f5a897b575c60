// Reading an .xlsx file into the grid the domain code reads, with ExcelJS: the command line's
// stand-in for the Excel adapter. Values come out as Excel's API gives them: dates as serials,
// error values as their text, merged areas holding their value in the top-left cell only.
import { readFile } from "fs/promises";
import ExcelJS from "exceljs";
import { parseArea } from "../domain/a1";
import { CellValue, recognisePlan, SheetGrid } from "../domain/plan-layout";
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

/** The values of the range a workbook-level defined name points at, or null without it. */
export function namedRange(workbook: ExcelJS.Workbook, name: string): CellValue[][] | null {
  const ranges = workbook.definedNames.getRanges(name)?.ranges ?? [];
  const match = /^'?(.+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(ranges[0] ?? "");
  const area = match ? parseArea(match[2].replace(/\$/g, "")) : null;
  const sheet = match ? workbook.getWorksheet(match[1].replace(/''/g, "'")) : undefined;
  if (!area || !sheet) return null;
  return Array.from({ length: area.rowCount }, (_, r) =>
    Array.from({ length: area.columnCount }, (_, c) =>
      plainValue(sheet.getRow(area.row + r + 1).getCell(area.column + c + 1).value)
    )
  );
}

/** The value of a workbook-level defined name that points at one cell, if it exists. */
export function namedValue(workbook: ExcelJS.Workbook, name: string): CellValue {
  return namedRange(workbook, name)?.[0]?.[0] ?? null;
}

/** The plan sheet: the one named, else the first sheet where a plan header is found. */
export function choosePlanSheet(
  workbook: ExcelJS.Workbook,
  name: string | undefined
): ExcelJS.Worksheet {
  if (name !== undefined) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new UnreadableFileError("noSheet", name);
    return sheet;
  }
  const sheets = workbook.worksheets;
  const chosen = sheets.find((sheet) => recognisePlan(sheetGrid(sheet)) !== undefined) ?? sheets[0];
  if (!chosen) throw new UnreadableFileError("noSheet", "");
  return chosen;
}
