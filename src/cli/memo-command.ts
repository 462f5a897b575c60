// `ita-tracker memo plan.xlsx -o memo.docx [...]`: the cover memo with the report attached.
import { buildMemo, defaultMemoFields, MemoFields, missingMemoFields } from "../domain/memo-spec";
import { statusOf } from "../domain/plan-reading";
import { checkOutput, OutputError, writeOutput } from "./output-file";
import { readPlanInputs } from "./report-command";
import { LIMITS } from "../xlsx/limits";

export interface MemoArgs {
  plan: string;
  output: string;
  force: boolean;
  thaiDigits: boolean;
  layout?: string;
  year?: string;
  round?: string;
  org?: string;
  sheet?: string;
  fields: Partial<
    Record<"department" | "number" | "subject" | "to" | "background" | "proposal", string>
  >;
  /** "name|position" for each approver, in signing order. */
  approvers: string[];
  date?: string;
}

export class MissingFieldsError extends Error {
  constructor(readonly fields: string[]) {
    super(`missing: ${fields.join(", ")}`);
    this.name = "MissingFieldsError";
  }
}

function dateOf(text: string | undefined, today: Date): Date {
  if (text === undefined) return today;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new OutputError("badOption", `--date ${text}`);
  return date;
}

/** Writes the memo; returns how many measures it reports. */
export async function memoFile(
  args: MemoArgs,
  today: Date
): Promise<{ measures: number; done: number }> {
  checkOutput(args.output, [args.plan], args.force);
  const { settings, analysis, layout } = await readPlanInputs(args, today);
  const defaults = defaultMemoFields(settings, today);
  const given = Object.fromEntries(
    Object.entries(args.fields).filter(([, value]) => value !== undefined)
  );
  const fields: MemoFields = {
    ...defaults,
    ...given,
    date: dateOf(args.date, today),
    approvers: args.approvers.map((text) => {
      const [name = "", position = ""] = text.split("|");
      return { name: name.trim(), position: position.trim() };
    }),
  };
  const missing = missingMemoFields(fields);
  if (missing.length > 0) throw new MissingFieldsError(missing);
  const measures = analysis.plan.measures;
  if (measures.length > LIMITS.memoMeasures) {
    throw new OutputError("memoTooLarge", String(measures.length));
  }
  const spec = buildMemo(fields, measures, settings, { thaiDigits: args.thaiDigits, layout });
  const { memoBytes } = await import("../docx/memo-document"); // the Word writer, only when used
  await writeOutput(args.output, await memoBytes(spec), args.force);
  return { measures: measures.length, done: measures.filter((m) => statusOf(m) === "done").length };
}
