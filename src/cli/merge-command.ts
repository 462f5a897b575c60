// `ita-tracker merge PLAN.xlsx COPY.xlsx... -o MERGED.xlsx [--year Y] [--force]`: the divisions' copies of
// the plan merged into a new workbook (no input is changed). What each copy reported is taken
// where only that copy changed it; conflicts and measures a copy added are listed for the user.
// The plan's rounds' history sheet is carried into the merged workbook.
import { basename } from "path";
import { isFiscalYear } from "../domain/plan-template";
import { mergeCopies, MergeOutcome, reportedFields } from "../domain/plan/merge-copies";
import { foldThaiDigits } from "../domain/thai-text";
import { HISTORY_SHEET } from "../domain/sheet-names";
import { tidyRows } from "../domain/tidy-plan";
import { checkOutput } from "./output-file";
import { readPlanFile, writePlanFile } from "./plan-file";
import type { SheetPassedNote } from "../xlsx/xlsx-reader";

export interface MergeArgs {
  plan: string;
  copies: string[];
  output: string;
  onSheetPassed?: SheetPassedNote;
  /** The plan's fiscal year, when neither its settings nor its title give it. */
  year?: string;
  force: boolean;
}

export type MergeFileOutcome =
  | { kind: "noPlan"; file: string }
  | { kind: "noYear" }
  | ({ kind: "merged"; fiscalYear: number } & MergeOutcome);

export async function mergeFile(args: MergeArgs, today: Date): Promise<MergeFileOutcome> {
  checkOutput(args.output, [args.plan, ...args.copies], args.force);
  const year = args.year === undefined ? undefined : Number(foldThaiDigits(args.year));
  const plan = await readPlanFile(args.plan, { year, today, onSheetPassed: args.onSheetPassed });
  if (!plan.analysis.layout) return { kind: "noPlan", file: args.plan };
  const fiscalYear = plan.analysis.fiscalYear;
  if (fiscalYear === undefined || !isFiscalYear(fiscalYear)) return { kind: "noYear" };
  const copies = [];
  for (const file of args.copies) {
    const copy = await readPlanFile(file, { today, onSheetPassed: args.onSheetPassed });
    if (!copy.analysis.layout) return { kind: "noPlan", file };
    const fields = reportedFields(copy.analysis.layout);
    copies.push({ name: basename(file), measures: copy.analysis.plan.measures, fields });
  }
  const planFields = reportedFields(plan.analysis.layout);
  const merged = mergeCopies(plan.analysis.plan.measures, copies, planFields);
  const round = Number(plan.workbook.namedValue("ITA_Round")) === 6 ? 6 : 12;
  // The rounds' snapshots go with the plan, for the round-12 report's "since round 6".
  const historySheet = plan.workbook.sheetNamed(HISTORY_SHEET);
  const history = historySheet ? plan.workbook.grid(historySheet) : undefined;
  const settings = { from: plan.workbook, fiscalYear, round, history };
  await writePlanFile(args.output, tidyRows(merged.measures), settings, args.force);
  return { kind: "merged", fiscalYear, ...merged };
}
