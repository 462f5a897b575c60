// The WorkbookService the pane and ribbon use, backed by Excel.run.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { WorkbookService } from "../services/workbook-service";
import { toWorkbookError } from "./excel-errors";
import { checkPlan, saveMapping, selectCell, tidyPlan } from "./plan-actions";
import { insertPlanTemplate } from "./plan-template-writer";
import { readMemo, saveMemoFields } from "./memo-actions";
import { generateReport, rememberedOptions, reportOutcome } from "./report-actions";
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
    checkPlan: (sheetId) => runInExcel((context) => checkPlan(context, today(), sheetId)),
    tidyPlan: () => runInExcel((context) => tidyPlan(context, capabilities, today())),
    selectCell: (sheetId, address) =>
      runInExcel((context) => selectCell(context, sheetId, address)),
    saveMapping: (sheetId, overrides) =>
      runInExcel((context) => saveMapping(context, sheetId, overrides)),
    generateReport: (request) =>
      runInExcel((context) => generateReport(context, request, capabilities, today())),
    insertScoresSheet: (fiscalYear) =>
      runInExcel((context) => insertScoresSheet(context, fiscalYear)),
    pasteScoreLines: (year, text) => runInExcel((context) => pasteScoreLines(context, year, text)),
    prepareMemo: (sheetId, options) =>
      runInExcel((context) => readMemo(context, sheetId, options, today())),
    saveMemoFields: (fields, emblem) =>
      runInExcel((context) => saveMemoFields(context, fields, emblem)),
    reportOptions: () => runInExcel(rememberedOptions),
    reportSpec: (request) =>
      runInExcel((context) => reportOutcome(context, request, capabilities, today())),
    exportPdf: () => reportPdf(runInExcel, capabilities),
    watchPlans: (onChange, onError) =>
      watchPlans(runInExcel, capabilities, onChange, (error) => onError(toWorkbookError(error))),
  };
}
