// The WorkbookService the pane and ribbon use, backed by Excel.run. The report and memo actions
// (the report spec, its layouts, charts and writers) load on first use, keeping the pane's first
// JavaScript within its budget.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { WorkbookService } from "../services/workbook-service";
import { toWorkbookError } from "./excel-errors";
import { checkPlan, saveMapping, selectCell, tidyPlan } from "./plan-actions";
import { findPlanSheet, rememberPlanSheet } from "./plan-sheet-actions";
import { insertPlanTemplate } from "./plan-template-writer";
import { reportPdf } from "./report-pdf";
import { insertScoresSheet, pasteScoreLines } from "./scores-actions";
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
    generateReport: async (request) => {
      const { generateReport } = await import("./report-actions");
      return runInExcel((context) => generateReport(context, request, capabilities, today()));
    },
    insertScoresSheet: (fiscalYear) =>
      runInExcel((context) => insertScoresSheet(context, fiscalYear)),
    pasteScoreLines: (year, text) => runInExcel((context) => pasteScoreLines(context, year, text)),
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
    exportPdf: () => reportPdf(runInExcel, capabilities),
    watchPlans: (onChange, onError) =>
      watchPlans(runInExcel, capabilities, onChange, (error) => onError(toWorkbookError(error))),
  };
}
