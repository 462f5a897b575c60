// A workbook holding only the report, as bytes: used by the command line (written to a file)
// and by the pane (offered for download). Runs in Node and in the browser.
import ExcelJS from "exceljs";
import { reportSheets, ReportSpec } from "../domain/report/report-spec";
import { addCharts } from "./chart-parts";
import { addReportSheet } from "./report-workbook";
import { Deflate, deflateInJavaScript, openPackage, savePackage } from "./zip-package";

export async function reportWorkbookBytes(
  spec: ReportSpec,
  deflate: Deflate = deflateInJavaScript
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "ITA Measures Tracker";
  const sheets = reportSheets(spec);
  for (const sheet of sheets) addReportSheet(book, sheet);
  // Stored uncompressed: the package is compressed once, after the charts are added.
  const parts = openPackage(
    new Uint8Array(await book.xlsx.writeBuffer({ zip: { compression: "STORE" } }))
  );
  sheets.forEach((sheet, index) => addCharts(parts, index + 1, sheet));
  return savePackage(parts, deflate);
}
