// `ita-tracker snapshot PLAN.xlsx -o OUT.xlsx [--round 6|12] [--again]`: the pane's "บันทึกผลรอบนี้"
// from the command line. The plan's workbook is copied to a new file with the round's block added
// to the history sheet (made if absent); the input is only read. The same rule as the pane: a
// second snapshot of a round is refused, naming the date of the first, until --again is given,
// and then added below it.
import type { Language } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
import { uiDate } from "../i18n/ui-date";
import { cliText } from "../i18n/cli-help-messages";
import {
  HISTORY_SHEET,
  latestSnapshot,
  readSnapshots,
  snapshotOf,
  snapshotRows,
} from "../domain/plan/round-snapshot";
import { isoDay } from "../domain/periods";
import { foldThaiDigits } from "../domain/thai-text";
import { SheetNameTakenError, workbookWithHistoryBlock } from "../xlsx/workbook-with-history";
import { OutputError } from "./output-error";
import { checkOutput, writeOutput } from "./output-file";
import { readYearlyPlan, YearlyPlanArgs } from "./plan-of-year";
import { deflateWithZlib } from "./zlib-deflate";

export interface SnapshotArgs extends YearlyPlanArgs {
  output: string;
  round?: string;
  again: boolean;
  force: boolean;
}

export type SnapshotOutcome =
  | { kind: "noPlan"; sheet: string }
  | { kind: "noYear" }
  | { kind: "sheetTaken"; sheet: string }
  | { kind: "exists"; fiscalYear: number; round: 6 | 12; takenOn: string }
  | { kind: "written"; fiscalYear: number; round: 6 | 12; measures: number; sheet: string };

/** --round (the arguments refuse any other than 6 or 12), else the settings sheet's round; a
 * snapshot of the wrong round would mislead the round-12 report, so without either the user is
 * asked, not given a default. */
function roundOf(given: string | undefined, setting: unknown): 6 | 12 {
  const text = foldThaiDigits(String(given ?? setting ?? "").trim());
  if (text === "6" || text === "12") return text === "6" ? 6 : 12;
  throw new OutputError("needsRound", "");
}

export async function snapshotFile(args: SnapshotArgs, today: Date): Promise<SnapshotOutcome> {
  checkOutput(args.output, [args.plan], args.force);
  const plan = await readYearlyPlan(args, today);
  if (plan.kind !== "plan") return plan;
  const { workbook, analysis, fiscalYear } = plan;
  const round = roundOf(args.round, workbook.namedValue("ITA_Round"));

  const historySheet = workbook.sheetNamed(HISTORY_SHEET);
  const history = historySheet ? readSnapshots(workbook.grid(historySheet).values) : [];
  const earlier = latestSnapshot(history, fiscalYear, round);
  if (earlier && !args.again)
    return { kind: "exists", fiscalYear, round, takenOn: isoDay(earlier.takenOn) };

  const measures = analysis.plan.measures;
  const block = snapshotRows(snapshotOf(measures, { fiscalYear, round, takenOn: today }));
  let bytes: Uint8Array;
  try {
    bytes = workbookWithHistoryBlock(workbook, HISTORY_SHEET, block, deflateWithZlib);
  } catch (error) {
    if (error instanceof SheetNameTakenError) return { kind: "sheetTaken", sheet: error.sheet };
    throw error;
  }
  await writeOutput(args.output, bytes, args.force);
  return { kind: "written", fiscalYear, round, measures: measures.length, sheet: HISTORY_SHEET };
}

/** The outcome as one line and the exit code: 1 when a snapshot of the round is already kept
 * (the user's decision, as the pane asks it), 2 when the plan cannot be snapshotted. */
export function snapshotOutcomeLine(
  outcome: SnapshotOutcome,
  file: string,
  language: Language
): { line: string; code: number } {
  switch (outcome.kind) {
    case "noPlan":
      return { line: translate(language, "cli.nextYear.noPlan", outcome), code: 2 };
    case "noYear":
      return { line: translate(language, "cli.nextYear.noYear"), code: 2 };
    case "sheetTaken":
      return { line: cliText(language, "cli.snapshot.sheetTaken", { ...outcome, file }), code: 2 };
    case "exists":
      return {
        line: cliText(language, "cli.snapshot.exists", {
          round: outcome.round,
          year: outcome.fiscalYear,
          date: uiDate(language, outcome.takenOn),
        }),
        code: 1,
      };
    case "written":
      return {
        line: cliText(language, "cli.snapshot.written", {
          round: outcome.round,
          year: outcome.fiscalYear,
          count: outcome.measures,
          sheet: outcome.sheet,
          file,
        }),
        code: 0,
      };
  }
}
