// `ita-tracker merge PLAN.xlsx COPY.xlsx... -o MERGED.xlsx [--year Y] [--force]`: the divisions' copies of
// the plan merged into a new workbook (no input is changed). What each copy reported is taken
// where only that copy changed it; conflicts and measures a copy added are listed for the user.
// The plan's rounds' history sheet is carried into the merged workbook.
import { basename } from "path";
import type { Language, MessageKey } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
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

/** What the merge says: its result and each copy's count on stdout; copies lacking a reported
 * column, conflicts and added measures on stderr; exit 1 while conflicts wait for the user's
 * choice (as a plan's errors do), 2 when the plan cannot be merged into. */
export function mergeOutcomeLines(
  outcome: MergeFileOutcome,
  output: string,
  language: Language
): { out: string[]; err: string[]; code: number } {
  if (outcome.kind === "noPlan")
    return { out: [], err: [translate(language, "cli.merge.noPlan", outcome)], code: 2 };
  if (outcome.kind === "noYear")
    return { out: [], err: [translate(language, "cli.nextYear.noYear")], code: 2 };
  const field = (key: string) => translate(language, `column.${key}` as MessageKey);
  const written = translate(language, "cli.merge.written", {
    file: output,
    measures: outcome.measures.length,
    taken: outcome.taken.length,
  });
  const out = [
    written,
    ...outcome.copies.map(({ copy, taken }) =>
      translate(language, "cli.merge.fromCopy", { copy, taken })
    ),
  ];
  const err = [
    ...outcome.copies
      .filter(({ lacking }) => lacking.length > 0)
      .map(({ copy, lacking }) =>
        translate(language, "merge.lacking", { copy, fields: lacking.map(field).join(", ") })
      ),
    ...outcome.conflicts.map((conflict) =>
      translate(language, "cli.merge.conflict", {
        measure: conflict.measure,
        field: field(conflict.field),
        values: conflict.values.map(({ copy, value }) => `${copy}: "${value}"`).join("; "),
      })
    ),
    ...outcome.added.map(({ copy, measure }) =>
      translate(language, "cli.merge.added", { copy, measure })
    ),
  ];
  return { out, err, code: outcome.conflicts.length > 0 ? 1 : 0 };
}
