// The plan in an opened workbook (the named sheet, else the first holding a plan header), read
// and checked; and a division's copy picked in the pane, read from its bytes in the browser by
// the same reader and limits as the command line's files.
import { analysePlan, PlanAnalysis } from "../domain/plan-analysis";
import { isFiscalYear } from "../domain/plan-template";
import { PlanCopy, reportedFields } from "../domain/plan/merge-copies";
import { LIMITS } from "./limits";
import { UnreadableFileError } from "./unreadable";
import {
  choosePlanSheet,
  SheetPassedNote,
  SpreadsheetFile,
  workbookFromBytes,
} from "./xlsx-reader";

export interface WorkbookPlan {
  sheet: string;
  analysis: PlanAnalysis;
}

/** The plan's year from `year`, else the settings, else its title. */
export function planOfWorkbook(
  workbook: SpreadsheetFile,
  options: { sheet?: string; year?: number; today: Date; onSheetPassed?: SheetPassedNote }
): WorkbookPlan {
  const sheet = choosePlanSheet(workbook, options.sheet, options.onSheetPassed);
  const settingsYear = Number(workbook.namedValue("ITA_FiscalYear"));
  const analysis = analysePlan(workbook.grid(sheet), {
    today: options.today,
    fiscalYear: options.year ?? (isFiscalYear(settingsYear) ? settingsYear : undefined),
  });
  return { sheet, analysis };
}

/** A file the user picked (the browser's File). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type CopyRead = { kind: "copy"; copy: PlanCopy } | { kind: "noPlan"; file: string };

/** A division's copy of the plan: its measures, by its file name. A file that cannot be read
 * throws UnreadableFileError naming it; its size is checked before a byte is read. */
export async function readPlanCopy(file: PickedFile, today: Date): Promise<CopyRead> {
  if (file.size > LIMITS.fileBytes)
    throw new UnreadableFileError("tooLarge", file.name, "fileBytes");
  const workbook = workbookFromBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  const { analysis } = planOfWorkbook(workbook, { today });
  if (!analysis.layout) return { kind: "noPlan", file: file.name };
  const fields = reportedFields(analysis.layout);
  return { kind: "copy", copy: { name: file.name, measures: analysis.plan.measures, fields } };
}
