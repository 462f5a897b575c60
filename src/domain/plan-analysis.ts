// One entry point for the pane, the ribbon and the command line: recognise, read, validate.
import { MappingOverrides, PlanLayout, recognisePlan, SheetGrid } from "./plan-layout";
import { ReadPlan, readMeasures } from "./plan-reading";
import { fiscalYearInTitle } from "./plan-title";
import { Finding, noPlanFinding, validatePlan } from "./plan-validation";

export interface PlanAnalysis {
  layout: PlanLayout | undefined;
  plan: ReadPlan;
  findings: Finding[];
  /** From the settings when given, else from the plan's title lines. */
  fiscalYear: number | undefined;
}

export interface AnalysisOptions {
  overrides?: MappingOverrides;
  /** The fiscal year in the workbook's settings, if it has them. */
  fiscalYear?: number;
  today: Date;
}

export function analysePlan(grid: SheetGrid, options: AnalysisOptions): PlanAnalysis {
  const layout = recognisePlan(grid, options.overrides);
  if (!layout) {
    return {
      layout,
      plan: { measures: [], headerRowsDropped: 0, rowsJoined: 0 },
      findings: [noPlanFinding()],
      fiscalYear: options.fiscalYear,
    };
  }
  const fiscalYear = options.fiscalYear ?? fiscalYearInTitle(grid, layout.headerRow);
  const plan = readMeasures(grid, layout);
  const findings = validatePlan(grid, layout, plan, { fiscalYear, today: options.today });
  return { layout, plan, findings, fiscalYear };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}
