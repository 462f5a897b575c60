// `ita-tracker next-year PLAN.xlsx -o NEXT.xlsx [--sheet NAME] [--year Y] [--force]`: next
// year's plan as a new workbook (the input is only read): the same measures, methods, owners
// and indicators, statuses and results cleared, periods one fiscal year on, the settings carried
// with the fiscal year moved on and the round set to the six-month report that comes first.
import { isFiscalYear } from "../domain/plan-template";
import { carriedRecommendations, nextYearRows } from "../domain/plan/next-year";
import { foldThaiDigits } from "../domain/thai-text";
import { checkOutput } from "./output-file";
import { readPlanFile, writePlanFile } from "./plan-file";
import type { SheetPassedNote } from "../xlsx/xlsx-reader";

export interface NextYearArgs {
  plan: string;
  output: string;
  sheet?: string;
  onSheetPassed?: SheetPassedNote;
  /** This year's fiscal year, when neither the settings nor the title lines give it. */
  year?: string;
  force: boolean;
}

export type NextYearOutcome =
  | { kind: "noPlan"; sheet: string }
  | { kind: "noYear" }
  | { kind: "written"; fiscalYear: number; measures: number; recommendations: string[] };

export async function nextYearFile(args: NextYearArgs, today: Date): Promise<NextYearOutcome> {
  const year = args.year === undefined ? undefined : Number(foldThaiDigits(args.year));
  const { workbook, sheet, analysis } = await readPlanFile(args.plan, {
    sheet: args.sheet,
    year,
    today,
    onSheetPassed: args.onSheetPassed,
  });
  if (!analysis.layout) return { kind: "noPlan", sheet };
  const thisYear = analysis.fiscalYear;
  if (thisYear === undefined || !isFiscalYear(thisYear)) return { kind: "noYear" };
  checkOutput(args.output, [args.plan], args.force);

  const measures = analysis.plan.measures;
  const next = { from: workbook, fiscalYear: thisYear + 1, round: 6 };
  await writePlanFile(args.output, nextYearRows(measures), next, args.force);
  return {
    kind: "written",
    fiscalYear: thisYear + 1,
    measures: measures.length,
    recommendations: carriedRecommendations(measures),
  };
}
