// `ita-tracker memo plan.xlsx -o memo.docx [...]`: the cover memo with the report attached.
import { existsSync, readFileSync } from "fs";
import { EMBLEM_MAX_BYTES, MemoEmblem, readEmblem } from "../domain/memo-form";
import { buildMemo, defaultMemoFields, MemoFields, missingMemoFields } from "../domain/memo-spec";
import { statusOf } from "../domain/plan-reading";
import { memoBytes } from "../docx/memo-document";
import { checkOutput, OutputError, writeOutput } from "./output-file";
import { readPlanInputs } from "./report-command";
import { UnreadableFileError } from "./xlsx-reader";

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
    Record<"department" | "number" | "subject" | "to" | "background" | "legal" | "proposal", string>
  >;
  /** "name|position|comment title" for each comment level, in signing order. */
  approvers: string[];
  /** A PNG or SVG of the emblem (ตราครุฑ). */
  emblem?: string;
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

function emblemOf(file: string | undefined): MemoEmblem | null {
  if (file === undefined) return null;
  if (!existsSync(file)) throw new UnreadableFileError("missing", file);
  const emblem = readEmblem(readFileSync(file));
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
): Promise<{ measures: number; done: number }> {
  checkOutput(args.output, [args.plan], args.force);
  const emblem = emblemOf(args.emblem);
  const { settings, analysis, layout } = await readPlanInputs(args, today);
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
  const measures = analysis.plan.measures;
  const spec = buildMemo(fields, measures, settings, {
    thaiDigits: args.thaiDigits,
    layout,
    emblem,
  });
  await writeOutput(args.output, await memoBytes(spec));
  return { measures: measures.length, done: measures.filter((m) => statusOf(m) === "done").length };
}
