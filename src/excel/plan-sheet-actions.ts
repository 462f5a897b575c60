// Knowing the plan: which sheet it is on (remembered in the workbook's document settings), and
// whether a sheet is the add-in's own report or scores sheet, which is never taken for a plan.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import {
  choosePlanSheet,
  FoundPlanSheet,
  OwnSheetKind,
  ownSheetKind,
  ownPlanTable,
  PLAN_SHEET_SETTING,
  rememberedPlanSheet,
} from "../domain/plan/plan-sheet";
import { REPORT_TAG } from "../domain/report/report-inputs";
import { REPORTS_SETTING } from "./report-records";
import { SCORE_TABLE_NAME } from "../domain/sheet-names";
import { MAPPINGS_SETTING } from "./plan-reader";
import { storedMappings, storedReports } from "../domain/stored-settings";

/** The plan's sheet, or null when the workbook gives no hint: one round trip, two when it is
 * found by the add-in's plan table (whose sheet is asked for once its name is known). */
export async function findPlanSheet(context: Excel.RequestContext): Promise<FoundPlanSheet | null> {
  const settings = context.workbook.settings;
  const remembered = settings.getItemOrNullObject(PLAN_SHEET_SETTING).load("value");
  const mappings = settings.getItemOrNullObject(MAPPINGS_SETTING).load("value");
  const sheets = context.workbook.worksheets.load("items/id");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const hints = {
    sheetIds: sheets.items.map((sheet) => sheet.id),
    remembered: remembered.isNullObject ? null : remembered.value,
    mappedSheetIds: Object.keys(
      storedMappings(mappings.isNullObject ? undefined : mappings.value).value
    ),
  };
  const table = rememberedPlanSheet(hints)
    ? null
    : ownPlanTable(tables.items.map((item) => item.name));
  let planTableSheetId: string | null = null;
  if (table) {
    const sheet = context.workbook.tables.getItem(table).worksheet.load("id");
    await context.sync();
    planTableSheetId = sheet.id;
  }
  return choosePlanSheet({ ...hints, planTableSheetId });
}

/** Remembers the plan's sheet in the workbook (a document setting, saved with the file). */
export async function rememberPlanSheet(
  context: Excel.RequestContext,
  sheetId: string
): Promise<void> {
  context.workbook.settings.add(PLAN_SHEET_SETTING, sheetId);
  await context.sync();
}

/** Queues what marks the add-in's own sheets, to be read with a plan in the same round trip;
 * after the sync the returned function says what the named (or active) sheet is. */
export function queueOwnSheetMarks(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  sheetId: string | undefined
): (sheetName: string) => OwnSheetKind | null {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetId ? worksheets.getItem(sheetId) : worksheets.getActiveWorksheet();
  const records = context.workbook.settings.getItemOrNullObject(REPORTS_SETTING).load("value");
  const scoreTable = context.workbook.names.getItemOrNullObject(SCORE_TABLE_NAME).load("formula");
  // Worksheet custom properties are ExcelApi 1.12; before that the record alone marks a report.
  const tag = capabilities.customProperties
    ? sheet.customProperties.getItemOrNullObject(REPORT_TAG).load("key")
    : null;
  return (sheetName) =>
    ownSheetKind(sheetName, {
      // Both of a report's sheets: its table and its summary.
      reportSheets: Object.values(
        storedReports(records.isNullObject ? undefined : records.value).value
      ).flatMap((record) => [record.sheet, ...(record.summary ? [record.summary.sheet] : [])]),
      reportTagged: tag !== null && !tag.isNullObject,
      scoreTableFormula: scoreTable.isNullObject ? null : scoreTable.formula,
    });
}
