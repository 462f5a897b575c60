// Plans read from a file and written as a new workbook from another's measures (next year's
// plan, the merged plan): the canonical plan table, with the source's settings carried over,
// and the rounds' history sheet when the caller carries it (the merged plan, not next year's).
import ExcelJS from "exceljs";
import type { PlanAnalysis } from "../domain/plan-analysis";
import type { SheetGrid } from "../domain/plan-layout";
import { HISTORY_SHEET } from "../domain/sheet-names";
import { buildPlanSheet, TemplateCell } from "../domain/plan-template";
import { addPlanSheets } from "../xlsx/plan-workbook";
import { loadWorkbook } from "../xlsx/input-file";
import { planOfWorkbook } from "../xlsx/plan-in-workbook";
import { SheetPassedNote, SpreadsheetFile } from "../xlsx/xlsx-reader";
import { writeOutput } from "./output-file";

export interface PlanFile {
  workbook: SpreadsheetFile;
  sheet: string;
  analysis: PlanAnalysis;
}

/** A plan file read and checked; its year from `year`, else its settings, else its title. */
export async function readPlanFile(
  path: string,
  options: { sheet?: string; year?: number; today: Date; onSheetPassed?: SheetPassedNote }
): Promise<PlanFile> {
  const workbook = await loadWorkbook(path);
  return { workbook, ...planOfWorkbook(workbook, options) };
}

/** The history sheet's values where they were (the user's notes between blocks included). */
function addHistorySheet(book: ExcelJS.Workbook, history: SheetGrid): void {
  const sheet = book.addWorksheet(HISTORY_SHEET);
  history.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "")
        sheet.getCell(history.firstRow + r + 1, history.firstColumn + c + 1).value = value;
    })
  );
}

/** Settings carried over as they are (the fiscal year and round are the caller's). */
const CARRIED_SETTINGS = [
  "ITA_Organisation",
  "ITA_District",
  "ITA_Province",
  "ITA_PreparerName",
  "ITA_PreparerPosition",
];

export async function writePlanFile(
  output: string,
  rows: TemplateCell[][],
  settings: { from: SpreadsheetFile; fiscalYear: number; round: number; history?: SheetGrid },
  force: boolean
): Promise<void> {
  const spec = buildPlanSheet(rows, settings.fiscalYear, { sheets: [], definedNames: [] });
  if (spec.settings) {
    spec.settings.fields = spec.settings.fields.map((entry) => {
      if (entry.field.kind === "round") return { ...entry, value: settings.round };
      if (!CARRIED_SETTINGS.includes(entry.field.name)) return entry;
      const value = settings.from.namedValue(entry.field.name);
      return typeof value === "string" || typeof value === "number" ? { ...entry, value } : entry;
    });
  }
  const book = new ExcelJS.Workbook();
  book.creator = "ITA Measures Tracker";
  addPlanSheets(book, spec);
  if (settings.history) addHistorySheet(book, settings.history);
  await writeOutput(output, new Uint8Array(await book.xlsx.writeBuffer()), force);
}
