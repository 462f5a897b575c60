// `ita-tracker template -o plan.xlsx [--example] [--year Y] [--org "..."]`: the plan template as a
// workbook, for Excel versions that cannot run the add-in.
import { existsSync } from "fs";
import { writeFile } from "fs/promises";
import ExcelJS from "exceljs";
import { buildPlanTemplate, isFiscalYear } from "../domain/plan-template";
import { fiscalYearOf } from "../domain/thai-dates";
import { foldThaiDigits } from "../domain/thai-text";
import { addPlanSheets } from "../xlsx/plan-workbook";
import { OutputError } from "./report-command";

export interface TemplateArgs {
  output: string;
  example: boolean;
  year?: string;
  org?: string;
  force: boolean;
}

export async function templateFile(args: TemplateArgs, today: Date): Promise<{ rows: number }> {
  const fiscalYear =
    args.year === undefined ? fiscalYearOf(today) : Number(foldThaiDigits(args.year));
  if (!isFiscalYear(fiscalYear)) throw new OutputError("badOption", `--year ${args.year}`);
  if (existsSync(args.output) && !args.force) throw new OutputError("exists", args.output);
  const spec = buildPlanTemplate(
    { withExample: args.example, fiscalYear },
    { sheets: [], definedNames: [] }
  );
  if (args.org && spec.settings) {
    spec.settings.fields = spec.settings.fields.map((entry) =>
      entry.field.name === "ITA_Organisation" ? { ...entry, value: args.org! } : entry
    );
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ITA Measures Tracker";
  addPlanSheets(workbook, spec);
  try {
    await writeFile(args.output, Buffer.from(await workbook.xlsx.writeBuffer()));
  } catch (error) {
    throw new OutputError(
      "unwritable",
      `${args.output} (${error instanceof Error ? error.message : error})`
    );
  }
  return { rows: spec.rows.length };
}
