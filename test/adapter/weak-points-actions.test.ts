// The scores step in the workbook: last year's weak indicators with the plan's measures linked
// to each, a proposal confirmed into the plan's empty indicator cell (never over the user's
// text), and a gap answered with a new row of the plan's table, all in the round trips counted.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { insertScoresSheet, pasteScoreLines } from "../../src/excel/scores-actions";
import {
  addMeasureFor,
  confirmIndicator,
  readWeakPoints,
} from "../../src/excel/weak-points-actions";
import { WorkbookError } from "../../src/services/workbook-service";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel, scoreLines } from "../support/in-excel";

const PLAN = "แผนมาตรการ ITA";
// 2569's scores for the plan of 2570: indicators 6 to 10 under 85.
const SCORES_2569 = [93.66, 90, 88.5, 91, 85, 80.25, 79, 82, 70, 65];

async function workbook() {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(
      context,
      { withExample: true, fiscalYear: 2570 },
      capabilitiesFrom(() => true)
    )
  );
  await run((context) => insertScoresSheet(context, 2570));
  await run((context) => pasteScoreLines(context, 2569, scoreLines(SCORES_2569)));
  // The user clears two indicator cells (column O) of the example: row 5 "เผยแพร่ข้อมูลข่าวสาร
  // ต่อสาธารณะ" (was 9) and row 7 "ลดการใช้ดุลยพินิจของเจ้าหน้าที่" (was 6).
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(PLAN);
    sheet.getRange("O5").values = [[""]];
    sheet.getRange("O7").values = [[""]];
    await context.sync();
  });
  return { host, run, planId: host.sheet(PLAN).id };
}

describe("last year's weak points in the pane's scores step", () => {
  it("links each weak indicator to the plan's measures, by their indicator cell or their words, in two round trips", async () => {
    const { host, run, planId } = await workbook();
    const before = host.syncCount;
    const view = await run((context) => readWeakPoints(context, planId));
    expect(host.syncCount - before).toBe(2);
    expect(view?.analysis.year).toBe(2569);
    expect(view?.indicatorColumn).toBe("O");
    const linked = Object.fromEntries(
      view!.indicators.map((weak) => [
        weak.number,
        weak.measures.map((m) => `${m.row + 1}:${m.source}`),
      ])
    );
    expect(linked).toEqual({
      // ดุลยพินิจ now proposes 3 (การใช้อำนาจ): nothing left for 6.
      6: [],
      // เผยแพร่ข้อมูลข่าวสาร: ข่าวสาร for 7 and เผยแพร่ for 9, proposed; e-Service stated 7.
      7: ["5:proposed", "10:plan"],
      8: ["9:plan"],
      9: ["5:proposed"],
      10: ["8:plan"],
    });
    expect(view?.gaps).toEqual([6]);
  });

  it("speaks of reported results when no status is ticked at all, as the report and the memo do", async () => {
    const { run, planId } = await workbook();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(PLAN);
      sheet.getRange("F2:H12").values = Array.from({ length: 11 }, () => [false, false, false]);
      sheet.getRange("I8").values = [["รับเรื่องร้องเรียนผ่านเว็บไซต์แล้ว"]];
      await context.sync();
    });
    const view = await run((context) => readWeakPoints(context, planId));
    expect(
      view!.indicators.find((weak) => weak.number === 10)?.measures.map((m) => m.state)
    ).toEqual(["with_result"]);
    expect(
      view!.indicators.find((weak) => weak.number === 8)?.measures.map((m) => m.state)
    ).toEqual(["no_result"]);
  });

  it("writes a confirmed indicator into the empty cell only, in two round trips", async () => {
    const { host, run, planId } = await workbook();
    const before = host.syncCount;
    await run((context) => confirmIndicator(context, planId, 4, 9));
    expect(host.syncCount - before).toBe(2);
    expect(host.read(PLAN, "O5")).toEqual([[9]]);
    const view = await run((context) => readWeakPoints(context, planId));
    expect(view?.indicators.find((weak) => weak.number === 9)?.measures).toMatchObject([
      { row: 4, source: "plan" },
    ]);
    // A cell the user filled is never written over.
    const filled = await run((context) => confirmIndicator(context, planId, 1, 9)).catch(
      (error: unknown) => error
    );
    expect(filled).toBeInstanceOf(WorkbookError);
    expect((filled as WorkbookError).code).toBe("IndicatorCellFilled");
    expect(host.read(PLAN, "O2")).toEqual([[2]]);
  });

  it("answers a gap with a new row of the plan's table, the indicator filled and the measure cell selected", async () => {
    const { host, run, planId } = await workbook();
    const tableBefore = host.model.tables.find((t) => t.sheetId === planId)!.area.rowCount;
    const before = host.syncCount;
    const { address } = await run((context) => addMeasureFor(context, planId, 6));
    expect(host.syncCount - before).toBe(3);
    expect(address).toBe("B13");
    expect(host.model.tables.find((t) => t.sheetId === planId)!.area.rowCount).toBe(
      tableBefore + 1
    );
    expect(host.read(PLAN, "A13:O13")[0].slice(1, 14)).toEqual(Array(13).fill(""));
    expect(host.read(PLAN, "O13")).toEqual([[6]]);
  });

  it("writes under a plain range's last row when the plan is no table", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    host.paste("แผน", "A1", [
      ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ตัวชี้วัด"],
      ["ประชุมประจำเดือน", "ประชุม", "สำนักปลัด", "ต.ค. 2568 - ก.ย. 2569", "", ""],
    ]);
    const planId = host.sheet("แผน").id;
    const { address } = await run((context) => addMeasureFor(context, planId, 9));
    expect(address).toBe("A3");
    expect(host.read("แผน", "A3:F3")).toEqual([["", "", "", "", "", 9]]);
  });

  it("analyses a letter-grade year against the pass mark the user typed in the scores sheet", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    const options = { withExample: true, fiscalYear: 2566 };
    await run((context) =>
      insertPlanTemplate(
        context,
        options,
        capabilitiesFrom(() => true)
      )
    );
    await run((context) => insertScoresSheet(context, 2566));
    await run((context) => pasteScoreLines(context, 2565, scoreLines(SCORES_2569)));
    const planId = host.sheet(PLAN).id;
    const below = async () =>
      (await run((context) => readWeakPoints(context, planId)))!.analysis.belowPass.indicators.map(
        (indicator) => indicator.number
      );
    expect(await below()).toEqual([6, 7, 8, 9, 10]);
    // The user sets grade B's floor in the sheet's pass-mark cell (B26, named ITA_PassMark).
    await run(async (context) => {
      context.workbook.names.getItem("ITA_PassMark").getRange().values = [[75]];
      await context.sync();
    });
    expect(await below()).toEqual([9, 10]);
  });
});
