// `ita-tracker validate FILE.xlsx [--sheet NAME] [--json]`: the pane's validation, from a file.
import { columnLetter } from "../domain/a1";
import { analysePlan, hasErrors, PlanAnalysis } from "../domain/plan-analysis";
import { statusOf } from "../domain/plan-reading";
import { parseBudget, periodOf } from "../domain/plan-validation";
import { isoDay } from "../domain/periods";
import { layoutsFor, planColumnsOf } from "../domain/report/plan-capabilities";
import type { Language } from "../i18n/catalogue";
import { findingText } from "../i18n/finding-messages";
import { translate } from "../i18n/translate";
import { loadWorkbook } from "../xlsx/input-file";
import { choosePlanSheet, SheetPassedNote, SpreadsheetFile } from "../xlsx/xlsx-reader";

export interface ValidateOptions {
  file: string;
  sheet?: string;
  onSheetPassed?: SheetPassedNote;
  language: Language;
  today: Date;
}

async function settingsYear(workbook: SpreadsheetFile): Promise<number | undefined> {
  const year = Number(workbook.namedValue("ITA_FiscalYear"));
  return Number.isInteger(year) && year > 2400 ? year : undefined;
}

export function validationReport(sheet: string, analysis: PlanAnalysis, language: Language) {
  const { layout, plan, findings, fiscalYear } = analysis;
  const columns: Record<string, string> = {};
  for (const mapped of layout?.columns ?? []) {
    columns[mapped.meaning.key] ??= columnLetter(mapped.column);
  }
  return {
    ok: !hasErrors(findings),
    sheet,
    headerRow: layout ? layout.headerRow + 1 : null,
    columns,
    /** The report layouts this plan can make: the status layout only with status columns. */
    layouts: layoutsFor(planColumnsOf(layout)),
    measures: plan.measures.map((measure) => {
      const period = periodOf(measure, fiscalYear);
      const budget = parseBudget(measure.raw.budget);
      const plannedBudget = parseBudget(measure.raw.plannedBudget);
      return {
        row: measure.row + 1,
        measure: measure.text.measure,
        method: measure.text.method,
        owner: measure.text.owner,
        period: period && {
          text: period.text,
          start: period.start && isoDay(period.start),
          end: period.end && isoDay(period.end),
        },
        status: statusOf(measure),
        result: measure.text.result,
        outcome: measure.text.outcome,
        plannedBudget: typeof plannedBudget === "number" ? plannedBudget : null,
        budget: typeof budget === "number" ? budget : null,
        problems: measure.text.problems,
        recommendation: measure.text.recommendation,
      };
    }),
    issues: findings.map((finding) => ({
      severity: finding.severity,
      code: finding.code,
      cell: finding.cell,
      message: findingText(language, finding),
    })),
  };
}

export type ValidationReport = ReturnType<typeof validationReport>;

export async function validateFile(options: ValidateOptions): Promise<ValidationReport> {
  const workbook = await loadWorkbook(options.file);
  const sheet = choosePlanSheet(workbook, options.sheet, options.onSheetPassed);
  const analysis = analysePlan(workbook.grid(sheet), {
    today: options.today,
    fiscalYear: await settingsYear(workbook),
  });
  return validationReport(sheet, analysis, options.language);
}

/** The report as lines for a person at a terminal. */
export function reportLines(report: ValidationReport, language: Language): string[] {
  const lines = [
    translate(language, "cli.validate.summary", {
      sheet: report.sheet,
      measures: report.measures.length,
      errors: report.issues.filter((issue) => issue.severity === "error").length,
      warnings: report.issues.filter((issue) => issue.severity === "warning").length,
    }),
  ];
  if (report.headerRow !== null) {
    const names = report.layouts.map(
      (layout) => `${layout} (${translate(language, `report.layout.${layout}`)})`
    );
    lines.push(translate(language, "report.layouts", { layouts: names.join(", ") }));
  }
  for (const issue of report.issues) {
    lines.push(`${translate(language, `cli.severity.${issue.severity}`)} ${issue.message}`);
  }
  return lines;
}
