// `ita-tracker template -o plan.xlsx [--example] [--year Y] [--org "..."]`: the plan template as a
// workbook, for Excel versions that cannot run the add-in.
import ExcelJS from "exceljs";
import { buildPlanTemplate, isFiscalYear } from "../domain/plan-template";
import { fiscalYearOf } from "../domain/thai-dates";
import { foldThaiDigits } from "../domain/thai-text";
import { addPlanSheets } from "../xlsx/plan-workbook";
import { OutputError } from "./output-error";
import { checkOutput, writeOutput } from "./output-file";

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
  checkOutput(args.output, [], args.force);
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
  await writeOutput(args.output, new Uint8Array(await workbook.xlsx.writeBuffer()), args.force);
  return { rows: spec.rows.length };
}
