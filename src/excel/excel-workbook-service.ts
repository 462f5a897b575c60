// The WorkbookService the pane and ribbon use, backed by Excel.run. Only the plan step's actions
// are in the pane's first JavaScript; the scores, report, PDF and memo actions (the report spec,
// its layouts, charts and writers) load on first use, keeping it within its budget.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { WorkbookService } from "../services/workbook-service";
import { toWorkbookError } from "./excel-errors";
import { checkPlan, saveMapping, selectCell, tidyPlan } from "./plan-actions";
import { findPlanSheet, rememberPlanSheet } from "./plan-sheet-actions";
import { insertPlanTemplate } from "./plan-template-writer";
import { watchPlans } from "./status-watcher";

async function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toWorkbookError(error);
  }
}

export function createExcelWorkbookService(capabilities: ExcelCapabilities): WorkbookService {
  const today = () => new Date();
  return {
    insertPlanTemplate: (request) =>
      runInExcel((context) => insertPlanTemplate(context, request, capabilities)),
    checkPlan: (sheetId) =>
      runInExcel((context) => checkPlan(context, capabilities, today(), sheetId)),
    findPlanSheet: () => runInExcel(findPlanSheet),
    rememberPlanSheet: (sheetId) => runInExcel((context) => rememberPlanSheet(context, sheetId)),
    tidyPlan: () => runInExcel((context) => tidyPlan(context, capabilities, today())),
    selectCell: (sheetId, address) =>
      runInExcel((context) => selectCell(context, sheetId, address)),
    saveMapping: (sheetId, overrides) =>
      runInExcel((context) => saveMapping(context, sheetId, overrides)),
    startNextYear: async (planSheetId) => {
      const { startNextYear } = await import("./next-year-actions");
      return runInExcel((context) => startNextYear(context, planSheetId, capabilities, today()));
    },
    takeSnapshot: async (request) => {
      const { takeSnapshot } = await import("./round-history");
      return runInExcel((context) => takeSnapshot(context, request, today()));
    },
    previewMerge: async (planSheetId, copies) => {
      const { previewMerge } = await import("./merge-actions");
      return runInExcel((context) => previewMerge(context, planSheetId, copies, today()));
    },
    applyMerge: async (planSheetId, copies, choices) => {
      const { applyMerge } = await import("./merge-actions");
      return runInExcel((context) => applyMerge(context, planSheetId, copies, choices, today()));
    },
    generateReport: async (request) => {
      const { generateReport } = await import("./report-actions");
      return runInExcel((context) => generateReport(context, request, capabilities, today()));
    },
    insertScoresSheet: async (fiscalYear) => {
      const { insertScoresSheet } = await import("./scores-actions");
      return runInExcel((context) => insertScoresSheet(context, fiscalYear));
    },
    pasteScoreLines: async (year, text) => {
      const { pasteScoreLines } = await import("./scores-actions");
      return runInExcel((context) => pasteScoreLines(context, year, text));
    },
    prepareMemo: async (sheetId, options) => {
      const { readMemo } = await import("./memo-actions");
      return runInExcel((context) => readMemo(context, sheetId, options, today()));
    },
    saveMemoFields: async (fields, emblem) => {
      const { saveMemoFields } = await import("./memo-actions");
      return runInExcel((context) => saveMemoFields(context, fields, emblem));
    },
    reportOptions: async () => runInExcel((await import("./report-actions")).rememberedOptions),
    reportSpec: async (request) => {
      const { reportOutcome } = await import("./report-actions");
      return runInExcel((context) => reportOutcome(context, request, capabilities, today()));
    },
    exportPdf: async () => (await import("./report-pdf")).reportPdf(runInExcel, capabilities),
    weakPoints: async (sheetId) => {
      const { readWeakPoints } = await import("./weak-points-actions");
      return runInExcel((context) => readWeakPoints(context, sheetId));
    },
    confirmIndicator: async (sheetId, row, indicator) => {
      const { confirmIndicator } = await import("./weak-points-actions");
      return runInExcel((context) => confirmIndicator(context, sheetId, row, indicator));
    },
    addMeasureFor: async (sheetId, indicator) => {
      const { addMeasureFor } = await import("./weak-points-actions");
      return runInExcel((context) => addMeasureFor(context, sheetId, indicator));
    },
    watchPlans: (onChange, onError) =>
      watchPlans(runInExcel, capabilities, onChange, (error) => onError(toWorkbookError(error))),
  };
}
