// The WorkbookService the pane and ribbon use, backed by Excel.run.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { WorkbookService } from "../services/workbook-service";
import { toWorkbookError } from "./excel-errors";
import { insertPlanTemplate } from "./plan-template-writer";

async function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toWorkbookError(error);
  }
}

export function createExcelWorkbookService(capabilities: ExcelCapabilities): WorkbookService {
  return {
    insertPlanTemplate: (request) =>
      runInExcel((context) => insertPlanTemplate(context, request, capabilities)),
  };
}
