// `ita-tracker next-year PLAN.xlsx -o NEXT.xlsx [--sheet NAME] [--year Y] [--force]`: next
// year's plan as a new workbook (the input is only read): the same measures, methods, owners
// and indicators, statuses and results cleared, periods one fiscal year on, the settings carried
// with the fiscal year moved on and the round set to the six-month report that comes first.
import { carriedRecommendations, nextYearRows } from "../domain/plan/next-year";
import { checkOutput } from "./output-file";
import { writePlanFile } from "./plan-file";
import { readYearlyPlan, YearlyPlanArgs } from "./plan-of-year";

export interface NextYearArgs extends YearlyPlanArgs {
  output: string;
  force: boolean;
}

export type NextYearOutcome =
  | { kind: "noPlan"; sheet: string }
  | { kind: "noYear" }
  | { kind: "written"; fiscalYear: number; measures: number; recommendations: string[] };

export async function nextYearFile(args: NextYearArgs, today: Date): Promise<NextYearOutcome> {
  const plan = await readYearlyPlan(args, today);
  if (plan.kind !== "plan") return plan;
  const { workbook, analysis, fiscalYear: thisYear } = plan;
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
