// `ita-tracker report plan.xlsx -o report.xlsx [...]`: the add-in's report, from a file, with the
// same domain spec; written with ExcelJS, its charts added by chart-parts.
import { deflateRawSync } from "zlib";
import { analysePlan } from "../domain/plan-analysis";
import type { CellValue } from "../domain/plan-layout";
import { SETTING_FIELDS } from "../domain/plan-settings";
import { REPORT_LAYOUTS, ReportLayout } from "../domain/report-layouts";
import { reportSettingsFrom } from "../domain/report-inputs";
import { buildReport, ReportOutcome } from "../domain/report-spec";
import {
  scoreHistoryFrom,
  SCORE_TABLE_NAME,
  STATED_NAME,
  WEIGHTS_NAME,
} from "../domain/scores-sheet";
import { fiscalYearOf } from "../domain/thai-dates";
import { foldThaiDigits } from "../domain/thai-text";
import { checkOutput, OutputError, writeOutput } from "./output-file";
import { choosePlanSheet, loadWorkbook, SpreadsheetFile } from "../xlsx/xlsx-reader";

export interface ReportArgs {
  plan: string;
  output: string;
  layout?: string;
  year?: string;
  round?: string;
  org?: string;
  unit?: string;
  thaiDigits: boolean;
  scores?: string;
  sheet?: string;
  force: boolean;
}

async function scoresFrom(workbook: SpreadsheetFile) {
  return scoreHistoryFrom(
    workbook.namedRange(SCORE_TABLE_NAME) ?? [],
    workbook.namedRange(STATED_NAME) ?? [],
    workbook.namedRange(WEIGHTS_NAME) ?? []
  );
}

function layoutOf(text: string | undefined): ReportLayout {
  const layout = (text ?? "results") as ReportLayout;
  if (!REPORT_LAYOUTS.includes(layout)) throw new OutputError("badOption", `--layout ${text}`);
  return layout;
}

/** The plan, its settings (file names, then command-line options) and scores. */
export async function readPlanInputs(
  args: Omit<ReportArgs, "output" | "force" | "thaiDigits">,
  today: Date
) {
  const workbook = await loadWorkbook(args.plan);
  const named: Record<string, CellValue> = {};
  for (const field of SETTING_FIELDS) named[field.name] = workbook.namedValue(field.name);
  if (args.year !== undefined) named.ITA_FiscalYear = foldThaiDigits(args.year);
  if (args.round !== undefined) named.ITA_Round = foldThaiDigits(args.round);
  if (args.org !== undefined) named.ITA_Organisation = args.org;
  const settings = reportSettingsFrom(named, fiscalYearOf(today));
  const sheet = choosePlanSheet(workbook, args.sheet);
  const analysis = analysePlan(workbook.grid(sheet), {
    fiscalYear: settings.fiscalYear,
    today,
  });
  const scores = await scoresFrom(args.scores ? await loadWorkbook(args.scores) : workbook);
  return { settings, analysis, scores, layout: layoutOf(args.layout) };
}

/** Builds the report of a plan file; writes it unless the plan is refused. */
export async function reportFile(args: ReportArgs, today: Date): Promise<ReportOutcome> {
  checkOutput(args.output, [args.plan, ...(args.scores ? [args.scores] : [])], args.force);
  const { settings, analysis, scores, layout } = await readPlanInputs(args, today);
  const outcome = buildReport({
    measures: analysis.plan.measures,
    findings: analysis.findings,
    settings,
    scores,
    options: { layout, unit: args.unit ?? null, thaiDigits: args.thaiDigits },
    today,
  });
  if (outcome.kind === "report") {
    // ExcelJS loads only when a report is written: a refused plan is answered without its 1 s.
    const { reportWorkbookBytes } = await import("../xlsx/report-file");
    await writeOutput(
      args.output,
      await reportWorkbookBytes(outcome.spec, (data) => deflateRawSync(data)),
      args.force
    );
  }
  return outcome;
}
