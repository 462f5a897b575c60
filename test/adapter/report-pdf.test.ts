import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { reportPdf } from "../../src/excel/report-pdf";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel } from "../support/in-excel";

const modern = capabilitiesFrom(() => true);

/** office.js's getFileAsync as a host that fails after the sheets were hidden. */
function officeFailingPdf(seen: string[][], host: FakeExcelHost) {
  return {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Pdf: "pdf" },
    context: {
      document: {
        getFileAsync: (_type: string, _options: object, callback: (result: object) => void) => {
          seen.push(host.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name));
          callback({ status: "failed", error: new Error("The host cannot make PDF") });
        },
      },
    },
  };
}

describe("the report's PDF", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("shows every sheet again even when Office fails to make the PDF", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
    );
    const plan = host.sheet("แผนมาตรการ ITA").id;
    await run((context) =>
      generateReport(
        context,
        { planSheetId: plan, layout: "results", unit: null, thaiDigits: false },
        modern,
        new Date()
      )
    );
    const seen: string[][] = [];
    Object.assign(globalThis, { Office: officeFailingPdf(seen, host) });
    await expect(reportPdf(run, modern)).rejects.toThrow("The host cannot make PDF");
    // The table and its summary sheet, nothing else.
    expect(seen).toEqual([["รายงาน 2570 รอบ12", "สรุปรายงาน 2570 รอบ12"]]);
    expect(host.model.sheets.every((sheet) => sheet.visibility === "Visible")).toBe(true);
  });

  it("refuses on Excel on the web, whose PDF is empty, before hiding any sheet", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
    );
    await run((context) =>
      generateReport(
        context,
        {
          planSheetId: host.sheet("แผนมาตรการ ITA").id,
          layout: "results",
          unit: null,
          thaiDigits: false,
        },
        modern,
        new Date()
      )
    );
    const syncs = host.syncCount;
    const web = capabilitiesFrom(() => true, "OfficeOnline");
    await expect(reportPdf(run, web)).rejects.toMatchObject({
      code: "PdfNotAvailable",
      fromAddin: true,
    });
    expect(host.syncCount).toBe(syncs);
    expect(host.model.sheets.every((sheet) => sheet.visibility === "Visible")).toBe(true);
  });

  it("says there is no report yet, and hides nothing", async () => {
    const host = new FakeExcelHost();
    await expect(reportPdf(inExcel(host), modern)).rejects.toMatchObject({
      code: "NoReportYet",
      fromAddin: true,
    });
    expect(host.model.sheets.map((sheet) => sheet.visibility)).toEqual(["Visible"]);
  });
});
