// "สร้างแผนปีถัดไป" in the pane: next year's plan as a new sheet beside this year's (never an
// edit of it): the same measures, methods, owners and indicators, statuses and results cleared,
// periods one fiscal year on (nextYearRows, as the command line's next-year). The settings move
// on with it (fiscal year + 1, round 6): the year the workbook now tracks. A failure leaves the
// workbook as it was, settings included.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import { analysePlan } from "../domain/plan-analysis";
import { buildPlanSheet, isFiscalYear } from "../domain/plan-template";
import { carriedRecommendations, nextYearRows } from "../domain/plan/next-year";
import { NextYearResult, WorkbookError } from "../services/workbook-service";
import { queueTakenNames, writePlanWorkbook } from "./plan-template-writer";
import { queueSettingsRead, ROUND_NAME, syncPlanRead } from "./plan-reader";

const YEAR_NAME = "ITA_FiscalYear";

export async function startNextYear(
  context: Excel.RequestContext,
  planSheetId: string | undefined,
  capabilities: ExcelCapabilities,
  today: Date
): Promise<NextYearResult> {
  // Round trip 1: the plan and the names taken; 2: its settings.
  const { plan, others: taken } = await syncPlanRead(context, planSheetId, () =>
    queueTakenNames(context)
  );
  const settingsRead = queueSettingsRead(context, plan.namesInUse, today);
  await context.sync();
  const hasSettings = plan.namesInUse.includes(YEAR_NAME);
  const settings = settingsRead();
  const analysis = analysePlan(plan.grid, {
    overrides: plan.overrides,
    ...(hasSettings ? { fiscalYear: settings.fiscalYear } : {}),
    today,
  });
  if (!analysis.layout || analysis.plan.measures.length === 0) {
    throw new WorkbookError("NoPlanForNextYear", `No plan found on ${plan.sheet}`, true);
  }
  const thisYear = analysis.fiscalYear;
  if (thisYear === undefined || !isFiscalYear(thisYear)) {
    throw new WorkbookError("NoFiscalYear", `No fiscal year for ${plan.sheet}`, true);
  }
  const measures = analysis.plan.measures;
  // Named by its year beside this year's plan, not "แผนมาตรการ ITA (2)".
  const spec = buildPlanSheet(nextYearRows(measures), thisYear + 1, taken, { namedByYear: true });
  // Round trip 3: the settings moved on, in the same batch as the new sheet.
  const moveSettings = (year: number, round: number) => {
    if (!hasSettings) return;
    context.workbook.names.getItem(YEAR_NAME).getRange().values = [[year]];
    if (plan.namesInUse.includes(ROUND_NAME))
      context.workbook.names.getItem(ROUND_NAME).getRange().values = [[round]];
  };
  moveSettings(thisYear + 1, 6);
  let sheetId: string;
  try {
    sheetId = await writePlanWorkbook(context, spec, capabilities);
  } catch (error) {
    // The new sheets are gone again (writePlanWorkbook's own undo); put the settings back too.
    moveSettings(settings.fiscalYear, settings.round);
    await context.sync();
    throw error;
  }
  return {
    sheet: spec.sheet,
    sheetId,
    fiscalYear: thisYear + 1,
    measures: measures.length,
    recommendations: carriedRecommendations(measures).length,
    settingsMoved: hasSettings,
  };
}
