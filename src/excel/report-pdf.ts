// The PDF of the last report alone (its table and summary sheets). Office's PDF holds every
// visible sheet, so the other sheets are hidden for the export and shown again afterwards,
// whatever happens in between.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import { OPTIONS_SETTING } from "../domain/report/report-inputs";
import { storedReportOptions } from "../domain/stored-settings";
import { WorkbookError } from "../services/workbook-service";
import { documentFile } from "./document-file";

export type RunInExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export async function reportPdf(
  run: RunInExcel,
  capabilities: ExcelCapabilities
): Promise<{ sheet: string; bytes: Uint8Array }> {
  // Excel on the web and iPad make no PDF (CAPABILITY_SETS.pdfExport): say so before any change.
  if (!capabilities.pdfExport) throw new WorkbookError("PdfNotAvailable", "No PDF here", true);
  const shown = await run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(OPTIONS_SETTING).load("value");
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const { lastReport: report, lastSummary } = storedReportOptions(
      stored.isNullObject ? undefined : stored.value
    ).value;
    const sheet = sheets.items.find((candidate) => candidate.name === report);
    if (!report || !sheet) throw new WorkbookError("NoReportYet", "No report to export", true);
    sheet.activate();
    // The summary prints after the table; a report made before it had its own sheet has none.
    const printed = [report, lastSummary];
    const others = sheets.items.filter(
      (s) => !printed.includes(s.name) && s.visibility === "Visible"
    );
    for (const other of others) other.visibility = "Hidden";
    await context.sync();
    return { sheet: report, hidden: others.map((other) => other.name) };
  });
  try {
    return { sheet: shown.sheet, bytes: await documentFile(Office.FileType.Pdf) };
  } finally {
    await run(async (context) => {
      for (const name of shown.hidden) {
        context.workbook.worksheets.getItem(name).visibility = "Visible";
      }
      await context.sync();
    });
  }
}
