import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { checkPlan } from "../../src/excel/plan-actions";
import { findPlanSheet, rememberPlanSheet } from "../../src/excel/plan-sheet-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { insertScoresSheet } from "../../src/excel/scores-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { capabilitiesOf, inExcel } from "../support/in-excel";

const TODAY = new Date(Date.UTC(2026, 10, 22));

async function workbookWithPlan(apiVersion: "1.9" | "1.18") {
  const host = new FakeExcelHost(["Sheet1"], { apiVersion, platform: "desktop" });
  const run = inExcel(host);
  const capabilities = capabilitiesOf(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, capabilities)
  );
  return { host, run, capabilities, planId: host.sheet("แผนมาตรการ ITA").id };
}

describe("finding the plan when the pane opens", () => {
  it("finds the add-in's own plan table in two round trips, then the sheet remembered in one", async () => {
    const { host, run, planId } = await workbookWithPlan("1.18");
    host.model.activeSheetId = host.sheet("Sheet1").id;
    const before = host.syncCount;
    await expect(run(findPlanSheet)).resolves.toEqual({ sheetId: planId, remembered: false });
    expect(host.syncCount - before).toBe(2);

    // A pasted plan the user chose is remembered over the template's table.
    host.paste("Sheet1", "A1", [
      ["ลำดับ", "มาตรการ", "ผู้รับผิดชอบ"],
      [1, "ประกาศ", "กองคลัง"],
    ]);
    const pastedId = host.sheet("Sheet1").id;
    await run((context) => rememberPlanSheet(context, pastedId));
    const again = host.syncCount;
    await expect(run(findPlanSheet)).resolves.toEqual({ sheetId: pastedId, remembered: true });
    expect(host.syncCount - again).toBe(1);
  });

  it("falls back from a remembered sheet that was deleted, and asks when nothing hints", async () => {
    const host = new FakeExcelHost(["Sheet1", "Sheet2"]);
    const run = inExcel(host);
    await run((context) => rememberPlanSheet(context, host.sheet("Sheet2").id));
    host.model.settings.set(
      "ITA.columnMappings",
      JSON.stringify({ [host.sheet("Sheet1").id]: {} })
    );
    host.model.sheets = host.model.sheets.filter((sheet) => sheet.name !== "Sheet2");
    await expect(run(findPlanSheet)).resolves.toEqual({
      sheetId: host.sheet("Sheet1").id,
      remembered: false,
    });
    host.model.settings.delete("ITA.columnMappings");
    await expect(run(findPlanSheet)).resolves.toBeNull();
  });
});

describe("the add-in's own sheets are never taken for a plan", () => {
  it.each(["1.9", "1.18"] as const)(
    "says a report is a report and the scores sheet is the scores sheet (ExcelApi %s)",
    async (apiVersion) => {
      const { run, capabilities, planId, host } = await workbookWithPlan(apiVersion);
      const made = await run((context) =>
        generateReport(
          context,
          { planSheetId: planId, layout: "results", unit: null, thaiDigits: true },
          capabilities,
          TODAY
        )
      );
      expect(made.kind).toBe("created");
      const report = await run((context) => checkPlan(context, capabilities, TODAY));
      expect(report).toMatchObject({
        sheet: "รายงาน 2570 รอบ12",
        ownSheet: "report",
        headerRow: null,
      });
      expect(report.findings).toEqual([]);

      await run((context) => insertScoresSheet(context, 2570));
      const scoresSheet = host.model.sheets.find((sheet) => sheet.name === "คะแนน ITA")!;
      // The fake does not calculate: the formulas' results stand in as Excel would read them.
      for (const cell of scoresSheet.cells.values()) {
        if (cell.formula === undefined) continue;
        delete cell.formula;
        cell.value = "";
      }
      const scoresId = scoresSheet.id;
      const scores = await run((context) => checkPlan(context, capabilities, TODAY, scoresId));
      expect(scores).toMatchObject({ ownSheet: "scores", headerRow: null });

      const plan = await run((context) => checkPlan(context, capabilities, TODAY, planId));
      expect(plan).toMatchObject({ ownSheet: null, headerRow: 1 });
    }
  );

  it("reads a report sheet as a plan when its record was damaged by hand, without failing", async () => {
    const { run, planId, host } = await workbookWithPlan("1.9");
    const capabilities = capabilitiesFrom((version) => Number(version.split(".")[1]) <= 9);
    await run((context) =>
      generateReport(context, { planSheetId: planId, layout: "results" }, capabilities, TODAY)
    );
    host.model.settings.set("ITA.reports", "[1");
    const report = await run((context) => checkPlan(context, capabilities, TODAY));
    expect(report.ownSheet).toBeNull();
  });
});
