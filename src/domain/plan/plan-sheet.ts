// Which sheet holds the plan, and which sheets are the add-in's own output (never a plan).
// Pure: the Excel adapter reads the workbook's hints, these functions decide.
import { PLAN_TABLE_BASE } from "../plan-template";
import { HISTORY_SHEET } from "../sheet-names";

/** Document setting: the id of the sheet the user's plan is on. */
export const PLAN_SHEET_SETTING = "ITA.planSheet";

export type OwnSheetKind = "report" | "scores" | "history";

export interface PlanSheetHints {
  /** The ids of the workbook's sheets, in order. */
  sheetIds: string[];
  /** The stored setting, as found (anyone can edit a file's settings). */
  remembered: unknown;
  /** The sheet of the add-in's own plan table (see ownPlanTable), when there is one. */
  planTableSheetId: string | null;
  /** Sheet ids with a saved column mapping. */
  mappedSheetIds: string[];
}

export interface FoundPlanSheet {
  sheetId: string;
  /** False when found another way: the pane remembers it once it is confirmed a plan. */
  remembered: boolean;
}

// The template and tidying name their table ITA_Plan, then ITA_Plan_2, ... (sheet-names.ts).
const OWN_PLAN_TABLE = new RegExp(`^${PLAN_TABLE_BASE}(_\\d+)?$`);

/** The first of the workbook's tables that the add-in made for a plan. */
export function ownPlanTable(tableNames: string[]): string | null {
  return tableNames.find((name) => OWN_PLAN_TABLE.test(name)) ?? null;
}

/** Whether the remembered setting names a sheet that still exists. */
export function rememberedPlanSheet(hints: Pick<PlanSheetHints, "sheetIds" | "remembered">) {
  const id = hints.remembered;
  return typeof id === "string" && hints.sheetIds.includes(id) ? id : null;
}

/** The remembered plan sheet while it exists, else the add-in's own plan table, else a sheet
 * whose mapping the user saved; null when the user must be asked. */
export function choosePlanSheet(hints: PlanSheetHints): FoundPlanSheet | null {
  const remembered = rememberedPlanSheet(hints);
  if (remembered) return { sheetId: remembered, remembered: true };
  const sheetId =
    hints.planTableSheetId ?? hints.sheetIds.find((id) => hints.mappedSheetIds.includes(id));
  return sheetId ? { sheetId, remembered: false } : null;
}

/** The sheet a defined name refers to (`='คะแนน ITA'!$A$1:$F$14`), or null. */
export function sheetOfReference(formula: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!']+))!/.exec(formula);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** What the add-in made this sheet for: a report (its record or its tag), the scores sheet
 * (where the scores table's name points) or the rounds' history; null for any other sheet. */
export function ownSheetKind(
  sheetName: string,
  marks: { reportSheets: string[]; reportTagged: boolean; scoreTableFormula: string | null }
): OwnSheetKind | null {
  if (marks.reportTagged || marks.reportSheets.includes(sheetName)) return "report";
  if (marks.scoreTableFormula && sheetOfReference(marks.scoreTableFormula) === sheetName)
    return "scores";
  // The history sheet has a measure column and a status column: a plan's look, not a plan.
  if (sheetName === HISTORY_SHEET) return "history";
  return null;
}
