// `ita-tracker memo plan.xlsx -o memo.docx [...]`: the cover memo with the report attached.
import { EMBLEM_MAX_BYTES, MemoEmblem, readEmblem } from "../domain/memo-form";
import { missingMemoFields } from "../domain/memo-form";
import { buildMemo, defaultMemoFields, MemoFields } from "../domain/memo-spec";
import { summariseProgress, Progress } from "../domain/progress";
import { hasStatusColumns } from "../domain/report/plan-capabilities";
import { OutputError } from "./output-error";
import { checkOutput, writeOutput } from "./output-file";
import { readPlanInputs } from "./report-command";
import type { SheetPassedNote } from "../xlsx/xlsx-reader";
import { readInputFile } from "../xlsx/input-file";
import { LIMITS } from "../xlsx/limits";
import { dateOf } from "./option-values";

export interface MemoArgs {
  plan: string;
  onSheetPassed?: SheetPassedNote;
  output: string;
  force: boolean;
  thaiDigits: boolean;
  layout?: string;
  year?: string;
  round?: string;
  org?: string;
  sheet?: string;
  fields: Partial<
    Record<"department" | "number" | "subject" | "to" | "background" | "legal" | "proposal", string>
  >;
  /** "name|position|comment title" for each comment level, in signing order. */
  approvers: string[];
  /** A PNG or SVG of the emblem (ตราครุฑ). */
  emblem?: string;
  date?: string;
  /** A scores workbook or "YEAR:s1,...,s10": last year's weak points go in เรื่องเดิม. */
  scores?: string;
}

export class MissingFieldsError extends Error {
  constructor(readonly fields: string[]) {
    super(`missing: ${fields.join(", ")}`);
    this.name = "MissingFieldsError";
  }
}

/** The emblem file, read as any input is (a regular file of bounded size). */
async function emblemOf(file: string | undefined): Promise<MemoEmblem | null> {
  if (file === undefined) return null;
  const emblem = readEmblem(await readInputFile(file));
  if (typeof emblem === "string") {
    throw new OutputError(
      "badOption",
      `--emblem ${file} (PNG/SVG ≤ ${EMBLEM_MAX_BYTES / 1024} KB)`
    );
  }
  return emblem;
}

/** "name|position|comment title"; a position's second line after a line break or a literal \n. */
function approverOf(text: string) {
  const [name = "", position = "", title = ""] = text.split("|");
  return {
    name: name.trim(),
    position: position.replace(/\\n/g, "\n").trim(),
    title: title.trim(),
  };
}

/** Writes the memo; returns how many measures it reports. */
export async function memoFile(
  args: MemoArgs,
  today: Date
): Promise<{ measures: number; progress: Progress }> {
  checkOutput(args.output, [args.plan, ...(args.scores ? [args.scores] : [])], args.force);
  const emblem = await emblemOf(args.emblem);
  const { sheet, settings, analysis, scores, columns, layout, requireOptions } =
    await readPlanInputs(args, today);
  // A sheet without a plan is no memo of 0 measures: refused as next-year refuses it.
  if (!analysis.layout) throw new OutputError("noPlan", sheet);
  const defaults = defaultMemoFields(settings, today);
  const given = Object.fromEntries(
    Object.entries(args.fields).filter(([, value]) => value !== undefined)
  );
  const fields: MemoFields = {
    ...defaults,
    ...given,
    date: dateOf(args.date, today),
    approvers: args.approvers.map(approverOf),
  };
  const missing = missingMemoFields(fields);
  if (missing.length > 0) throw new MissingFieldsError(missing);
  requireOptions();
  const measures = analysis.plan.measures;
  if (measures.length > LIMITS.memoMeasures) {
    throw new OutputError("memoTooLarge", String(measures.length));
  }
  const spec = buildMemo(fields, measures, settings, {
    thaiDigits: args.thaiDigits,
    layout,
    columns,
    emblem,
    scores,
  });
  const { memoBytes } = await import("../docx/memo-document"); // the Word writer, only when used
  await writeOutput(args.output, await memoBytes(spec), args.force);
  const progress = summariseProgress(
    measures,
    today,
    settings.fiscalYear,
    hasStatusColumns(columns)
  );
  return { measures: measures.length, progress };
}
