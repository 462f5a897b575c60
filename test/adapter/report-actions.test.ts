import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { insertScoresSheet, pasteScoreLines } from "../../src/excel/scores-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel, scoreLines } from "../support/in-excel";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const modern = capabilitiesFrom(() => true);

async function workbookWithPlanAndScores() {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
  );
  const plan = host.sheet("แผนมาตรการ ITA");
  // Two measures done with results, one in progress; the rest stay not started.
  host.paste("แผนมาตรการ ITA", "F2", [[false, false, true, "ประกาศแผนแล้ว"]]);
  host.paste("แผนมาตรการ ITA", "F3", [[false, false, true, "ประกาศเจตนารมณ์แล้ว"]]);
  host.paste("แผนมาตรการ ITA", "F4", [[false, true, false]]);
  host.paste("ตั้งค่า ITA", "B3", [["เทศบาลตำบลตัวอย่าง"], ["เมือง"], ["ชัยนาท"]]);
  await run((context) => insertScoresSheet(context, 2570));
  await run((context) =>
    pasteScoreLines(context, 2569, scoreLines([93.66, 90, 88.5, 91, 85, 80.25, 79, 82, 70, 65]))
  );
  await run((context) =>
    pasteScoreLines(context, 2570, scoreLines([95, 92, 90, 93, 88, 85, 84, 86, 80, 75]))
  );
  return { host, run, planId: plan.id };
}

describe("the one-click report", () => {
  it("writes the results layout with title, summary, signature, four charts and print setup in three round trips", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    const before = host.syncCount;
    const result = await run((context) =>
      generateReport(
        context,
        { planSheetId: planId, layout: "results", unit: null, thaiDigits: true },
        modern,
        TODAY
      )
    );
    expect(host.syncCount - before).toBe(3);
    expect(result).toMatchObject({
      kind: "created",
      sheet: "รายงาน 2570 รอบ12",
      replaced: false,
      included: 11,
      charts: 4,
    });
    const report = host.sheet("รายงาน 2570 รอบ12");
    expect(host.read("รายงาน 2570 รอบ12", "A1:A3").flat()).toEqual([
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "เทศบาลตำบลตัวอย่าง อำเภอเมือง จังหวัดชัยนาท",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ (รอบ ๑๒ เดือน ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๙ - ๓๐ กันยายน ๒๕๗๐)",
    ]);
    expect(report.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$5:$5",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    // Nothing but the table under its repeated header: the summary, signature and charts are on
    // the report's second sheet, which repeats no rows.
    expect(report.charts).toHaveLength(0);
    const summary = host.sheet("สรุปรายงาน 2570 รอบ12");
    expect(summary.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(summary.pageLayout.printTitleRows ?? null).toBeNull();
    expect(host.read("สรุปรายงาน 2570 รอบ12", "A1")[0][0]).toBe("สรุปผลการดำเนินการ");
    expect(summary.charts.map((chart) => chart.type)).toEqual([
      "ColumnClustered",
      "LineMarkers",
      "Doughnut",
      "BarClustered",
    ]);
    expect(summary.charts[0].series.map((series) => series.chartType ?? "")).toEqual(["", "Line"]);
    expect(summary.charts.every((chart) => chart.font.name === "TH SarabunPSK")).toBe(true);
    // Thai digits chosen: data labels and value axes in Thai digits (Excel's [$-D00041E] prefix);
    // every category named on the bar and line charts.
    for (const chart of summary.charts) {
      expect(chart.series[0].labelFormat).toMatch(/^\[\$-D00041E\]0/);
      if (chart.type === "Doughnut") continue;
      expect(chart.valueAxisFormat).toBe("[$-D00041E]0");
      expect(chart.categoryLabelSpacing).toBe(1);
    }
    // Every measure's row has the height its text needs (rows 6 to 16 hold the 11 measures).
    const bodyHeights = Array.from({ length: 11 }, (_, i) => report.rowHeights.get(5 + i));
    expect(bodyHeights.every((height) => height !== undefined && height > 30)).toBe(true);
  });
});

const results = { layout: "results", unit: null, thaiDigits: false } as const;

describe("a rollback that fails too", () => {
  it("keeps the original error and names the sheet left behind", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    // The connection is lost for good once the report sheet has been added.
    host.failFromOperation(40);
    const failure = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: "GeneralException",
      message: expect.stringMatching(/Injected failure at operation/),
      // Both of the report's sheets may be left: the table's and the summary's.
      rollbackFailure: {
        code: "GeneralException",
        sheets: ["รายงาน 2570 รอบ12", "สรุปรายงาน 2570 รอบ12"],
      },
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain("รายงาน 2570 รอบ12");
  });
});

describe("a rollback of the scores sheet that fails too", () => {
  it("keeps the original error and names the sheet left behind", async () => {
    const reference = new FakeExcelHost();
    await inExcel(reference)((context) => insertScoresSheet(context, 2570));
    // A failure among the last writes, once the sheet exists.
    const failing = reference.operationCount - 2;
    const alone = new FakeExcelHost();
    alone.failOnOperation(failing);
    const original = (await inExcel(alone)((context) => insertScoresSheet(context, 2570)).catch(
      (error: unknown) => error
    )) as Error;
    const host = new FakeExcelHost();
    host.failFromOperation(failing);
    const failure = await inExcel(host)((context) => insertScoresSheet(context, 2570)).catch(
      (error: unknown) => error
    );
    expect(failure).toMatchObject({
      code: "GeneralException",
      message: original.message,
      rollbackFailure: { code: "GeneralException", sheets: ["คะแนน ITA"] },
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain("คะแนน ITA");
  });
});

describe("stored settings", () => {
  it.each(["null", '{"layout":"fancy","thaiDigits":"yes"}', "{"])(
    "report options stored as %s are ignored with a warning",
    async (stored) => {
      const { host, run, planId } = await workbookWithPlanAndScores();
      host.model.settings.set("ITA.reportOptions", stored);
      const result = await run((context) =>
        generateReport(context, { planSheetId: planId }, modern, TODAY)
      );
      expect(result).toMatchObject({ kind: "created", ignoredSettings: ["reportOptions"] });
    }
  );

  it.each(["null", "[1]", '{"x":5,"y":null}', "not json"])(
    "ignores a stored reports setting of %s instead of failing",
    async (stored) => {
      const { host, run, planId } = await workbookWithPlanAndScores();
      host.model.settings.set("ITA.reports", stored);
      const result = await run((context) =>
        generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
      );
      expect(result).toMatchObject({
        kind: "created",
        sheet: "รายงาน 2570 รอบ12",
        ignoredSettings: ["reports"],
      });
    }
  );
});

describe("regenerating the report", () => {
  it("replaces the add-in's own unedited report, found by its tag", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    const sheetsBefore = host.model.sheets.map((sheet) => sheet.name);
    host.paste("แผนมาตรการ ITA", "F5", [[false, false, true, "เสร็จแล้ว"]]);
    const again = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(again).toMatchObject({
      kind: "created",
      sheet: "รายงาน 2570 รอบ12",
      replaced: true,
      keptEdited: null,
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    for (const name of ["รายงาน 2570 รอบ12", "สรุปรายงาน 2570 รอบ12"]) {
      expect(host.sheet(name).customProperties.get("ITA.report")).toBe("รายงาน 2570 รอบ12|");
    }
    // The new summary counts the measure done since.
    const summaryText = host.read("สรุปรายงาน 2570 รอบ12", "A2")[0][0];
    expect(summaryText).toMatch(/แล้วเสร็จ 3 มาตรการ/);
  });

  it("keeps the report when only its summary sheet was edited", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    await host.userEdit("สรุปรายงาน 2570 รอบ12", "A2", [["สรุปที่เขียนเอง"]]);
    const again = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(again).toMatchObject({ sheet: "รายงาน 2570 รอบ12 (2)", replaced: false });
    expect(host.read("สรุปรายงาน 2570 รอบ12", "A2")[0][0]).toBe("สรุปที่เขียนเอง");
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain("สรุปรายงาน 2570 รอบ12 (2)");
  });

  it("keeps a report the user edited and makes a new one beside it", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    await host.userEdit("รายงาน 2570 รอบ12", "B7", [["แก้ไขเองแล้ว"]]);
    const again = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(again).toMatchObject({
      sheet: "รายงาน 2570 รอบ12 (2)",
      replaced: false,
      keptEdited: "รายงาน 2570 รอบ12",
    });
    expect(host.read("รายงาน 2570 รอบ12", "B7")[0][0]).toBe("แก้ไขเองแล้ว");
  });

  it("never replaces a sheet it did not make, even with the report's name", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    host.paste("รายงาน 2570 รอบ12", "A1", [["รายงานที่พิมพ์เอง"]]);
    const result = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(result).toMatchObject({ sheet: "รายงาน 2570 รอบ12 (2)", replaced: false });
    expect(host.read("รายงาน 2570 รอบ12", "A1")[0][0]).toBe("รายงานที่พิมพ์เอง");
  });

  // Excel deletes one sheet per call, so the old report's two sheets cannot go in one step: a
  // failure once the new report has its names finishes the replacement instead of undoing it.
  it.each([false, true])(
    "leaves the workbook as it was, or the report wholly replaced, when any Excel call fails (replacing: %p)",
    async (replacing) => {
      const reference = await workbookWithPlanAndScores();
      const make = (host: FakeExcelHost, planId: string) =>
        inExcel(host)((context) =>
          generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
        );
      if (replacing) await make(reference.host, reference.planId);
      const start = reference.host.operationCount;
      await make(reference.host, reference.planId);
      const operations = reference.host.operationCount - start;
      const replaced = reference.host.snapshot();
      for (let failing = 1; failing <= operations; failing += 1) {
        const { host, planId } = await workbookWithPlanAndScores();
        if (replacing) await make(host, planId);
        const before = host.snapshot();
        host.failOnOperation(failing);
        const outcome = await make(host, planId).then(
          () => "finished",
          () => "failed"
        );
        const after = host.snapshot();
        if (outcome === "finished") {
          // Only past the point of no return, and then exactly as a successful run leaves it.
          expect({ failing, replacing, same: after === replaced }).toEqual({
            failing,
            replacing: true,
            same: true,
          });
          continue;
        }
        // On a mismatch, name the first differing place rather than print two whole workbooks.
        const at = [...before].findIndex((character, index) => character !== after[index]);
        expect({ failing, around: after.slice(Math.max(0, at - 150), at + 150) }).toEqual({
          failing,
          around: before.slice(Math.max(0, at - 150), at + 150),
        });
      }
    },
    60_000
  );
});

describe("what goes in the report", () => {
  it("asks for the plan to be fixed when required columns are missing", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินการ"],
      ["ม1", "ว", "กองคลัง", "ทำแล้ว"],
    ]);
    const sheetsBefore = host.model.sheets.length;
    const result = await inExcel(host)((context) =>
      generateReport(context, results, modern, TODAY)
    );
    expect(result).toMatchObject({ kind: "refused", reason: "plan_errors" });
    expect(result.kind === "refused" && result.findings.map((f) => f.params.column)).toEqual([
      "period",
    ]);
    expect(host.model.sheets).toHaveLength(sheetsBefore);
  });

  it("signs under the report date given in the pane", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    const result = await run((context) =>
      generateReport(
        context,
        { ...results, planSheetId: planId, thaiDigits: false, reportDate: "2027-10-05" },
        modern,
        TODAY
      )
    );
    expect(result).toMatchObject({ kind: "created" });
    const texts = [...host.sheet("สรุปรายงาน 2570 รอบ12").cells.values()].map((cell) =>
      String(cell.value)
    );
    expect(texts).toContain("วันที่ 5 ตุลาคม 2570");
  });

  it("signs under the settings sheet's report date, typed as a clerk types it, unless the pane gives one", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    // The template's settings sheet keeps the report date in a named cell, beside the others.
    expect(host.model.names.get("ita_reportdate")?.formula).toBe("='ตั้งค่า ITA'!$B$10");
    await host.userEdit("ตั้งค่า ITA", "B10", [["31 มี.ค. 2570"]]);
    const signature = async (reportDate?: string) => {
      await run((context) =>
        generateReport(
          context,
          {
            ...results,
            planSheetId: planId,
            thaiDigits: false,
            ...(reportDate ? { reportDate } : {}),
          },
          modern,
          TODAY
        )
      );
      return [...host.sheet("สรุปรายงาน 2570 รอบ12").cells.values()]
        .map((cell) => String(cell.value))
        .find((text) => text.startsWith("วันที่ "));
    };
    expect(await signature()).toBe("วันที่ 31 มีนาคม 2570");
    expect(await signature("2027-10-05")).toBe("วันที่ 5 ตุลาคม 2570");
  });

  it("refuses the status layout of a plan without status columns, and makes the others", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"],
      ["ม1", "ว", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", "ทำแล้ว"],
    ]);
    const refused = await inExcel(host)((context) =>
      generateReport(context, { ...results, layout: "status" }, modern, TODAY)
    );
    expect(refused).toEqual({ kind: "refused", reason: "no_status_column", findings: [] });
    const made = await inExcel(host)((context) =>
      generateReport(context, { ...results, layout: "plan" }, modern, TODAY)
    );
    expect(made).toMatchObject({ kind: "created", included: 1 });
  });

  it("leaves out rows with errors and says which; a unit's report keeps its own and all-unit measures", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    host.paste("แผนมาตรการ ITA", "F6", [[true, true, false]]);
    const result = await run((context) =>
      generateReport(context, { ...results, unit: "กองคลัง", planSheetId: planId }, modern, TODAY)
    );
    expect(result).toMatchObject({ kind: "created", sheet: "รายงาน 2570 รอบ12 กองคลัง" });
    expect(host.read("รายงาน 2570 รอบ12 กองคลัง", "A4")[0][0]).toBe("หน่วยงานผู้รับผิดชอบ: กองคลัง");
    const owners = host.read("รายงาน 2570 รอบ12 กองคลัง", "D7:D14").flat();
    expect([...new Set(owners)].sort()).toEqual(["", "กองคลัง", "ทุกกอง"]);
    const all = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(all.kind === "created" && all.leftOut).toEqual([
      { row: 6, measure: expect.any(String), codes: ["several_statuses"] },
    ]);
  });

  it("makes the status layout with a merged status header and ticks", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    await run((context) =>
      generateReport(
        context,
        { layout: "status", unit: null, thaiDigits: true, planSheetId: planId },
        modern,
        TODAY
      )
    );
    const report = host.sheet("รายงาน 2570 รอบ12");
    expect(host.read("รายงาน 2570 รอบ12", "A5:F7")).toEqual([
      ["ที่", "มาตรการ", "ขั้นตอนหรือวิธีการ", "สถานะการดำเนินการ", "", ""],
      ["", "", "", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ"],
      ["๑.", expect.any(String), expect.any(String), "", "", "✓"],
    ]);
    expect(report.merges).toEqual(
      expect.arrayContaining([{ row: 4, column: 3, rowCount: 1, columnCount: 3 }])
    );
    expect(report.pageLayout.printTitleRows).toBe("$5:$6");
  });

  it("makes the report without score charts when there are no scores, and says why", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
    );
    const result = await run((context) => generateReport(context, results, modern, TODAY));
    expect(result).toMatchObject({ kind: "created", charts: 1, chartsOmitted: "no_scores" });
  });
});

describe("scores in the report", () => {
  it("warns of a stated total that differs from the computed one", async () => {
    const { host, run, planId } = await workbookWithPlanAndScores();
    // The stated totals row of the scores sheet; columns C to F are fiscal years 2567 to 2570.
    host.paste("คะแนน ITA", "F18", [[99]]);
    const result = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(result.kind === "created" && result.scoreWarnings).toEqual([
      { year: 2570, warning: { code: "stated_impossible", params: { stated: 99, largest: 91.6 } } },
    ]);
  });
});

describe("a plan too large for one request", () => {
  it("writes the table in row blocks under Excel's 5 MB limit, one more round trip per block", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: false, fiscalYear: 2570 }, modern)
    );
    const method = "๑. จัดทำแผนและประกาศให้ประชาชนทราบผ่านเว็บไซต์ของหน่วยงาน ".repeat(6);
    const rows = Array.from({ length: 6_000 }, (_, index) => [
      index + 1,
      `มาตรการที่ ${index + 1}`,
      method,
      "กองคลัง",
      "ต.ค. 2569 - ก.ย. 2570",
      false,
      true,
      false,
    ]);
    host.paste("แผนมาตรการ ITA", "A2", rows);
    const planId = host.sheet("แผนมาตรการ ITA").id;
    const first = host.syncCount;
    const result = await run((context) =>
      generateReport(context, { ...results, planSheetId: planId }, modern, TODAY)
    );
    expect(result).toMatchObject({ kind: "created", included: 6_000 });
    const syncs = host.syncs.slice(first);
    expect(syncs.length).toBeGreaterThan(3);
    expect(Math.max(...syncs.map((sync) => sync.bytes))).toBeLessThan(5 * 1024 * 1024);
    expect(host.read("รายงาน 2570 รอบ12", "A6005:B6005")[0]).toEqual(["6000.", "มาตรการที่ 6000"]);
  }, 60_000);
});
