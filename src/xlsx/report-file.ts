// A workbook holding only the report, as bytes: used by the command line (written to a file)
// and by the pane (offered for download). Runs in Node and in the browser.
import ExcelJS from "exceljs";
import type { ReportSpec } from "../domain/report-spec";
import { addCharts } from "./chart-parts";
import { addReportSheet } from "./report-workbook";

export async function reportWorkbookBytes(spec: ReportSpec): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "ITA Measures Tracker";
  addReportSheet(book, spec);
  // Stored uncompressed here: the package is compressed once, when the charts are added.
  const stored = new Uint8Array(await book.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return addCharts(stored, 1, spec);
}
