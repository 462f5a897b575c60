// `ita-tracker next-year PLAN.xlsx -o NEXT.xlsx [--sheet NAME] [--year Y] [--force]`: next
// year's plan as a new workbook (the input is only read): the same measures, methods, owners
// and indicators, statuses and results cleared, periods one fiscal year on, the settings carried
// with the fiscal year moved on and the round set to the six-month report that comes first.
import ExcelJS from "exceljs";
import { analysePlan } from "../domain/plan-analysis";
import { buildPlanSheet, isFiscalYear } from "../domain/plan-template";
import { carriedRecommendations, nextYearRows } from "../domain/plan/next-year";
import { foldThaiDigits } from "../domain/thai-text";
import { addPlanSheets } from "../xlsx/plan-workbook";
import { choosePlanSheet, loadWorkbook } from "../xlsx/xlsx-reader";
import { checkOutput, writeOutput } from "./output-file";

export interface NextYearArgs {
  plan: string;
  output: string;
  sheet?: string;
  /** This year's fiscal year, when neither the settings nor the title lines give it. */
  year?: string;
  force: boolean;
}

export type NextYearOutcome =
  | { kind: "noPlan"; sheet: string }
  | { kind: "noYear" }
  | { kind: "written"; fiscalYear: number; measures: number; recommendations: string[] };

/** Settings carried over as they are (the year and round are set anew). */
const CARRIED_SETTINGS = [
  "ITA_Organisation",
  "ITA_District",
  "ITA_Province",
  "ITA_PreparerName",
  "ITA_PreparerPosition",
];

export async function nextYearFile(args: NextYearArgs, today: Date): Promise<NextYearOutcome> {
  const workbook = await loadWorkbook(args.plan);
  const sheet = choosePlanSheet(workbook, args.sheet);
  const settingsYear = Number(workbook.namedValue("ITA_FiscalYear"));
  const given = args.year === undefined ? undefined : Number(foldThaiDigits(args.year));
  const analysis = analysePlan(workbook.grid(sheet), {
    today,
    fiscalYear: given ?? (isFiscalYear(settingsYear) ? settingsYear : undefined),
  });
  if (!analysis.layout) return { kind: "noPlan", sheet };
  const year = analysis.fiscalYear;
  if (year === undefined || !isFiscalYear(year)) return { kind: "noYear" };
  checkOutput(args.output, [args.plan], args.force);

  const measures = analysis.plan.measures;
  const spec = buildPlanSheet(nextYearRows(measures), year + 1, { sheets: [], definedNames: [] });
  if (spec.settings) {
    spec.settings.fields = spec.settings.fields.map((entry) => {
      if (entry.field.kind === "round") return { ...entry, value: 6 };
      if (!CARRIED_SETTINGS.includes(entry.field.name)) return entry;
      const value = workbook.namedValue(entry.field.name);
      return typeof value === "string" || typeof value === "number" ? { ...entry, value } : entry;
    });
  }
  const book = new ExcelJS.Workbook();
  book.creator = "ITA Measures Tracker";
  addPlanSheets(book, spec);
  await writeOutput(args.output, new Uint8Array(await book.xlsx.writeBuffer()), args.force);
  return {
    kind: "written",
    fiscalYear: year + 1,
    measures: measures.length,
    recommendations: carriedRecommendations(measures),
  };
}
