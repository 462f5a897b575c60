// "บันทึกผลรอบนี้" against the fake: the history sheet made on first use, a block per round, a
// second snapshot of a round refused until confirmed (the first kept), a failure leaving the
// workbook as it was; the round-12 report says what changed since round 6; the history sheet is
// never taken for a plan.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { HISTORY_SHEET } from "../../src/domain/plan/round-snapshot";
import { unitsYetToReport } from "../../src/domain/progress";
import { checkPlan } from "../../src/excel/plan-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { takeSnapshot } from "../../src/excel/round-history";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel } from "../support/in-excel";

const modern = capabilitiesFrom(() => true);
const MARCH_END = new Date(Date.UTC(2027, 2, 31));
const OCTOBER = new Date(Date.UTC(2027, 9, 5));

async function planAtRoundSix() {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
  );
  host.paste("ตั้งค่า ITA", "B3", [["เทศบาลตำบลตัวอย่าง"], ["เมือง"], ["ชัยนาท"], [2570], [6]]);
  host.paste("แผนมาตรการ ITA", "F2", [[false, true, false, "ร่างแผนแล้ว"]]);
  const planId = host.sheet("แผนมาตรการ ITA").id;
  return { host, run, planId };
}

describe("a round's snapshot", () => {
  it("adds a block to the history sheet in three round trips, the plan untouched", async () => {
    const { host, run, planId } = await planAtRoundSix();
    const plan = JSON.stringify([...host.sheet("แผนมาตรการ ITA").cells.entries()]);
    const syncs = host.syncCount;
    const taken = await run((context) => takeSnapshot(context, { planSheetId: planId }, MARCH_END));
    expect(host.syncCount - syncs).toBe(3);
    expect(taken).toEqual({
      kind: "taken",
      sheet: HISTORY_SHEET,
      fiscalYear: 2570,
      round: 6,
      measures: 11,
    });
    expect(host.read(HISTORY_SHEET, "A1:B3")).toEqual([
      ["รอบ 6 เดือน ปีงบประมาณ 2570", "บันทึกเมื่อ 2027-03-31"],
      ["มาตรการ", "สถานะ"],
      [host.read("แผนมาตรการ ITA", "B2")[0][0], "อยู่ระหว่างดำเนินการ"],
    ]);
    expect(JSON.stringify([...host.sheet("แผนมาตรการ ITA").cells.entries()])).toBe(plan);
  });

  it("asks before a second snapshot of the round, then keeps both", async () => {
    const { host, run, planId } = await planAtRoundSix();
    await run((context) => takeSnapshot(context, { planSheetId: planId }, MARCH_END));
    const before = host.snapshot();
    const again = await run((context) =>
      takeSnapshot(context, { planSheetId: planId }, new Date(Date.UTC(2027, 3, 2)))
    );
    expect(again).toEqual({ kind: "exists", fiscalYear: 2570, round: 6, takenOn: "2027-03-31" });
    expect(host.snapshot()).toBe(before);
    await run((context) =>
      takeSnapshot(context, { planSheetId: planId, again: true }, new Date(Date.UTC(2027, 3, 2)))
    );
    // 11 measures + title + header = 13 rows, a blank row, then the second block.
    expect(host.read(HISTORY_SHEET, "A1:B1")[0][1]).toBe("บันทึกเมื่อ 2027-03-31");
    expect(host.read(HISTORY_SHEET, "A15:B15")[0]).toEqual([
      "รอบ 6 เดือน ปีงบประมาณ 2570",
      "บันทึกเมื่อ 2027-04-02",
    ]);
  });

  it("leaves the workbook as it was when the write fails", async () => {
    const { host, run, planId } = await planAtRoundSix();
    const before = host.snapshot();
    host.failFromOperation(5);
    await expect(
      run((context) => takeSnapshot(context, { planSheetId: planId }, MARCH_END))
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.snapshot()).toBe(before);
  });

  /** Round 6 kept (one measure under way, ten not started); by round 12 that one is done and
   * the next under way; then the round-12 report. */
  async function reportAtRoundTwelve(thaiDigits: boolean) {
    const { host, run, planId } = await planAtRoundSix();
    await run((context) => takeSnapshot(context, { planSheetId: planId }, MARCH_END));
    host.paste("ตั้งค่า ITA", "B7", [[12]]);
    host.paste("แผนมาตรการ ITA", "F2", [[false, false, true, "ประกาศแผนแล้ว"]]);
    host.paste("แผนมาตรการ ITA", "F3", [[false, true, false, "เริ่มแล้ว"]]);
    const result = await run((context) =>
      generateReport(
        context,
        { planSheetId: planId, layout: "results", unit: null, thaiDigits },
        modern,
        OCTOBER
      )
    );
    return { host, result };
  }

  it("feeds the round-12 report's lines on what changed since round 6", async () => {
    const { host, result } = await reportAtRoundTwelve(false);
    expect(result).toMatchObject({ kind: "created" });
    const texts = [...host.sheet("สรุปรายงาน 2570 รอบ12").cells.values()].map((c) =>
      String(c.value)
    );
    expect(texts).toContain(
      "เทียบกับรอบ 6 เดือน (บันทึกผลเมื่อ 31 มีนาคม 2570): ดำเนินการแล้วเสร็จเพิ่ม 1 มาตรการ " +
        "รายงานผลการดำเนินการเพิ่ม 1 มาตรการ"
    );
  });

  it("shows round 6 and round 12 side by side in the round-12 report's status chart", async () => {
    const { host } = await reportAtRoundTwelve(true);
    const summary = "สรุปรายงาน 2570 รอบ12";
    const chart = host.sheet(summary).charts.find((c) => c.title?.startsWith("มาตรการจำแนก"))!;
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      legendVisible: true,
      legendPosition: "Bottom",
    });
    expect(chart.series).toEqual(
      ["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"].map((name) => ({
        name,
        showDataLabels: true,
        labelFormat: "[$-D00041E]0",
      }))
    );
    // The figures the chart was made from: a column per round.
    expect(host.read(summary, chart.source.split("!")[1])).toEqual([
      ["สถานะ", "รอบ ๖ เดือน", "รอบ ๑๒ เดือน"],
      ["ยังไม่ดำเนินการ", 10, 9],
      ["อยู่ระหว่างดำเนินการ", 1, 1],
      ["ดำเนินการแล้วเสร็จ", 0, 1],
    ]);
  });

  it("is never taken for a plan", async () => {
    const { host, run, planId } = await planAtRoundSix();
    await run((context) => takeSnapshot(context, { planSheetId: planId }, MARCH_END));
    const check = await run((context) =>
      checkPlan(context, modern, MARCH_END, host.sheet(HISTORY_SHEET).id)
    );
    expect(check.ownSheet).toBe("history");
  });

  it("lets the pane count a result unchanged since round 6 as no report for round 12, in the same two round trips", async () => {
    const { host, run, planId } = await planAtRoundSix();
    await run((context) => takeSnapshot(context, { planSheetId: planId }, MARCH_END));
    const check = async () => {
      const syncs = host.syncCount;
      const { progress } = await run((context) => checkPlan(context, modern, OCTOBER, planId));
      expect(host.syncCount - syncs).toBe(2);
      return { progress, missing: unitsYetToReport(progress).reduce((n, u) => n + u.missing, 0) };
    };
    // Still round 6: the result written counts.
    const atSix = await check();
    expect(atSix.progress.reportRound).toBeNull();
    expect(atSix.missing).toBe(10);
    // Round 12, the result as round 6 left it: no report for the round.
    host.paste("ตั้งค่า ITA", "B7", [[12]]);
    const stale = await check();
    expect(stale.progress.reportRound).toBe(12);
    expect(stale.missing).toBe(11);
    // A new result written for round 12 counts again.
    host.paste("แผนมาตรการ ITA", "I2", [["ประกาศแผนแล้ว"]]);
    expect((await check()).missing).toBe(10);
  });
});
