// Workbooks written to disk for the command-line tests, as a person would have them.
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CellValue } from "../../src/domain/plan-layout";

export function scratchDirectory(): string {
  return mkdtempSync(join(tmpdir(), "ita-tracker-"));
}

export interface SheetFixture {
  name: string;
  rows: CellValue[][];
  hiddenRows?: number[];
  merges?: string[];
}

export async function writeWorkbook(path: string, sheets: SheetFixture[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const fixture of sheets) {
    const sheet = workbook.addWorksheet(fixture.name);
    fixture.rows.forEach((row) => sheet.addRow(row));
    for (const rowNumber of fixture.hiddenRows ?? []) sheet.getRow(rowNumber).hidden = true;
    for (const range of fixture.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}
