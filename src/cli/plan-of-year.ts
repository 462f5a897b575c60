// The plan a yearly command works on (next-year, snapshot): read and checked, with a fiscal year,
// or the reason there is none — both commands answer those two cases with the same messages.
import { isFiscalYear } from "../domain/plan-template";
import { foldThaiDigits } from "../domain/thai-text";
import type { SheetPassedNote } from "../xlsx/xlsx-reader";
import { PlanFile, readPlanFile } from "./plan-file";

export interface YearlyPlanArgs {
  plan: string;
  sheet?: string;
  onSheetPassed?: SheetPassedNote;
  /** The plan's fiscal year, when neither the settings nor the title lines give it. */
  year?: string;
}

export type YearlyPlan =
  | { kind: "noPlan"; sheet: string }
  | { kind: "noYear" }
  | (PlanFile & { kind: "plan"; fiscalYear: number });

export async function readYearlyPlan(args: YearlyPlanArgs, today: Date): Promise<YearlyPlan> {
  const year = args.year === undefined ? undefined : Number(foldThaiDigits(args.year));
  const file = await readPlanFile(args.plan, {
    sheet: args.sheet,
    year,
    today,
    onSheetPassed: args.onSheetPassed,
  });
  if (!file.analysis.layout) return { kind: "noPlan", sheet: file.sheet };
  const fiscalYear = file.analysis.fiscalYear;
  if (fiscalYear === undefined || !isFiscalYear(fiscalYear)) return { kind: "noYear" };
  return { ...file, kind: "plan", fiscalYear };
}
