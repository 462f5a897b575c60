// Bugs 2 and 3 of issue 13: text the add-in writes must stay the text the user typed, although
// Excel parses strings written to General cells ("-..." a formula, "001" a number, "10/2566" a date).
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { tidyPlan } from "../../src/excel/plan-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { insertScoresSheet, pasteScoreLines } from "../../src/excel/scores-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel, scoreLines } from "../support/in-excel";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const modern = capabilitiesFrom(() => true);

// Seed 002's cells begin like this; the others are number-like text users type.
const RISKY = ["- จัดทำประกาศเจตนารมณ์", "-ทุกส่วนราชการ", "-กองยุทธศาสตร์ฯ", "001", "1.10", "10/2566"];

function allValues(host: FakeExcelHost, sheet: string): unknown[] {
  return [...host.sheet(sheet).cells.values()].map((cell) => cell.formula ?? cell.value);
}

describe("text the add-in writes stays literal", () => {
  it("tidying keeps cells that begin with '-' or look like numbers and dates", async () => {
    const host = new FakeExcelHost();
    host.paste("วาง", "A1", [
      ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
      [RISKY[0], RISKY[1], RISKY[2], "ต.ค. 2569 - ก.ย. 2570", "อยู่ระหว่างดำเนินการ", RISKY[3]],
      ["ม2", "ว", "กองคลัง", RISKY[5], "อยู่ระหว่างดำเนินการ", RISKY[4]],
    ]);
    host.model.activeSheetId = host.sheet("วาง").id;
    await inExcel(host)((context) => tidyPlan(context, modern, TODAY));
    const written = allValues(host, "แผนมาตรการ ITA");
    for (const text of RISKY) expect(written).toContain(text);
  });

  it("the report keeps the plan's text, and the trend chart's years are categories", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
    );
    // Measures (column B) and results (column I) of three done rows: both go into the report.
    host.paste("แผนมาตรการ ITA", "B2", [[RISKY[0]], [RISKY[1]], [RISKY[2]]]);
    host.paste("แผนมาตรการ ITA", "F2", [
      [false, false, true, RISKY[3]],
      [false, false, true, RISKY[4]],
      [false, false, true, RISKY[5]],
    ]);
    await run((context) => insertScoresSheet(context, 2570));
    await run((context) =>
      pasteScoreLines(context, 2569, scoreLines([90, 90, 88, 91, 85, 80, 79, 82, 70, 65]))
    );
    await run((context) =>
      pasteScoreLines(context, 2570, scoreLines([95, 92, 90, 93, 88, 85, 84, 86, 80, 75]))
    );
    const result = await run((context) =>
      generateReport(
        context,
        {
          planSheetId: host.sheet("แผนมาตรการ ITA").id,
          layout: "annual",
          unit: null,
          thaiDigits: false,
        },
        modern,
        TODAY
      )
    );
    expect(result).toMatchObject({ kind: "created" });
    const written = allValues(host, "รายงาน 2570 รอบ12");
    for (const text of RISKY) expect(written).toContain(text);
    const trend = host
      .sheet("สรุปรายงาน 2570 รอบ12")
      .charts.find((chart) => chart.type === "LineMarkers");
    expect(trend?.series.map((series) => series.name)).toEqual(["คะแนนรวม"]);
  });

  it("labels of the summary and scores sheets read back as written", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: false, fiscalYear: 2570 }, modern)
    );
    await run((context) => insertScoresSheet(context, 2570));
    for (const sheet of host.model.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.numberFormat === "@") expect(typeof cell.value).toBe("string");
        if (typeof cell.value === "string" && cell.value !== "")
          expect(cell.formula).toBeUndefined();
      }
    }
  });
});
