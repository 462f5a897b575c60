// `ita-tracker report plan.xlsx -o report.xlsx [...]`: the add-in's report, from a file, with the
// same domain spec and the same package writer as the pane's download.
import { analysePlan, hasErrors } from "../domain/plan-analysis";
import type { CellValue } from "../domain/plan-layout";
import { SETTING_FIELDS } from "../domain/plan-settings";
import type { ReportLayout } from "../domain/report/report-layouts";
import { reportSettingsFrom } from "../domain/report/report-inputs";
import { titleFacts } from "../domain/report/title-facts";
import { dateOf } from "./option-values";
import { deflateWithZlib } from "./zlib-deflate";
import { HISTORY_SHEET, readSnapshots } from "../domain/plan/round-snapshot";
import { scoresFromNumbers } from "./score-file";
import { defaultLayout, planColumnsOf, PlanColumn } from "../domain/report/plan-capabilities";
import { buildReport, ReportOutcome } from "../domain/report/report-spec";
import {
  PASS_MARK_NAME,
  scoreHistoryFrom,
  SCORE_TABLE_NAME,
  STATED_NAME,
  WEIGHTS_NAME,
} from "../domain/scores-sheet";
import { foldThaiDigits } from "../domain/thai-text";
import { OutputError } from "./output-error";
import { checkOutput, writeOutput } from "./output-file";
import { loadWorkbook } from "../xlsx/input-file";
import { choosePlanSheet, SheetPassedNote, SpreadsheetFile } from "../xlsx/xlsx-reader";

export interface ReportArgs {
  plan: string;
  onSheetPassed?: SheetPassedNote;
  output: string;
  layout?: string;
  year?: string;
  round?: string;
  org?: string;
  unit?: string;
  district?: string;
  province?: string;
  /** The report's date (YYYY-MM-DD), signed under; today when not given. */
  date?: string;
  thaiDigits: boolean;
  scores?: string;
  sheet?: string;
  force: boolean;
}

async function scoresFrom(workbook: SpreadsheetFile) {
  return scoreHistoryFrom(
    workbook.namedRange(SCORE_TABLE_NAME) ?? [],
    workbook.namedRange(STATED_NAME) ?? [],
    workbook.namedRange(WEIGHTS_NAME) ?? [],
    workbook.namedRange(PASS_MARK_NAME) ?? []
  );
}

/** The layout asked for (the arguments refuse any other than the four), else the one that suits
 * the plan (its own columns without status). */
function layoutOf(text: string | undefined, columns: readonly PlanColumn[]): ReportLayout {
  return text === undefined ? defaultLayout(columns) : (text as ReportLayout);
}

/** The plan, its settings (file names, then command-line options) and scores. */
export async function readPlanInputs(
  args: Omit<ReportArgs, "output" | "force" | "thaiDigits">,
  today: Date
) {
  const workbook = await loadWorkbook(args.plan);
  const named: Record<string, CellValue> = {};
  for (const field of SETTING_FIELDS) named[field.name] = workbook.namedValue(field.name);
  const given: Record<string, string | undefined> = {
    ITA_FiscalYear: args.year && foldThaiDigits(args.year),
    ITA_Round: args.round && foldThaiDigits(args.round),
    ITA_Organisation: args.org,
    ITA_District: args.district,
    ITA_Province: args.province,
  };
  for (const [name, value] of Object.entries(given)) if (value !== undefined) named[name] = value;
  const sheet = choosePlanSheet(workbook, args.sheet, args.onSheetPassed);
  const grid = workbook.grid(sheet);
  const namedYear = reportSettingsFrom(named, 0).fiscalYear || undefined;
  const analysis = analysePlan(grid, { fiscalYear: namedYear, today });
  // Without settings, what the plan's title lines say, as a person reads them.
  const title = analysis.layout ? titleFacts(grid, analysis.layout.headerRow) : {};
  named.ITA_Organisation ||= title.organisation ?? null;
  named.ITA_District ||= title.district ?? null;
  named.ITA_Province ||= title.province ?? null;
  // Checked by the caller after the plan's own problems, which are worth fixing first.
  const needs =
    analysis.fiscalYear === undefined ? "needsYear" : !named.ITA_Organisation ? "needsOrg" : null;
  const requireOptions = () => {
    if (needs) throw new OutputError(needs, "");
  };
  const settings = reportSettingsFrom(named, analysis.fiscalYear ?? 0);
  const scores =
    (args.scores && scoresFromNumbers(args.scores)) ||
    (await scoresFrom(args.scores ? await loadWorkbook(args.scores) : workbook));
  const columns = planColumnsOf(analysis.layout);
  // The rounds' snapshots the add-in kept: the round-12 report compares with round 6.
  const historySheet = workbook.sheetNamed(HISTORY_SHEET);
  const history = historySheet ? readSnapshots(workbook.grid(historySheet).values) : [];
  return {
    sheet,
    settings,
    history,
    analysis,
    scores,
    columns,
    layout: layoutOf(args.layout, columns),
    requireOptions,
  };
}

/** Builds the report of a plan file; writes it unless the plan is refused. */
export async function reportFile(args: ReportArgs, today: Date): Promise<ReportOutcome> {
  checkOutput(args.output, [args.plan, ...(args.scores ? [args.scores] : [])], args.force);
  const { settings, history, analysis, scores, columns, layout, requireOptions } =
    await readPlanInputs(args, today);
  if (!hasErrors(analysis.findings.filter((finding) => finding.row === null))) requireOptions();
  const outcome = buildReport({
    measures: analysis.plan.measures,
    columns,
    findings: analysis.findings,
    settings,
    scores,
    history,
    options: { layout, unit: args.unit ?? null, thaiDigits: args.thaiDigits },
    today,
    // Without --date, the settings' report date, else today.
    ...(args.date !== undefined ? { reportDate: dateOf(args.date, today) } : {}),
  });
  if (outcome.kind === "report") {
    // The writer loads only when a report is written.
    const { reportWorkbookBytes } = await import("../xlsx/report-file");
    await writeOutput(
      args.output,
      await reportWorkbookBytes(outcome.spec, deflateWithZlib),
      args.force
    );
  }
  return outcome;
}
