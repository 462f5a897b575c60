// "สร้างแผนปีถัดไป" against the fake: next year's plan on a new sheet (this year's untouched),
// periods a year on, statuses and results cleared, the settings moved to next year's round 6; a
// failure leaves the workbook as it was, settings included.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { startNextYear } from "../../src/excel/next-year-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel } from "../support/in-excel";

const modern = capabilitiesFrom(() => true);
const TODAY = new Date(Date.UTC(2027, 9, 5));

async function yearEnd() {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
  );
  host.paste("ตั้งค่า ITA", "B7", [[12]]);
  host.paste("แผนมาตรการ ITA", "F2", [[false, false, true, "ประกาศแผนแล้ว"]]);
  return { host, run, planId: host.sheet("แผนมาตรการ ITA").id };
}

describe("next year's plan in the workbook", () => {
  it("is a new sheet from this year's, which stays as it was; the settings move on", async () => {
    const { host, run, planId } = await yearEnd();
    const thisYear = JSON.stringify([...host.sheet("แผนมาตรการ ITA").cells.entries()]);
    const made = await run((context) => startNextYear(context, planId, modern, TODAY));
    // Named by its year, not "แผนมาตรการ ITA (2)".
    expect(made).toMatchObject({
      sheet: "แผนมาตรการ ITA 2571",
      fiscalYear: 2571,
      measures: 11,
      settingsMoved: true,
    });
    expect(JSON.stringify([...host.sheet("แผนมาตรการ ITA").cells.entries()])).toBe(thisYear);
    expect(host.read("ตั้งค่า ITA", "B6:B7")).toEqual([[2571], [6]]);
    const before = host.read("แผนมาตรการ ITA", "B2:I2")[0];
    const after = host.read(made.sheet, "B2:I2")[0];
    // Same measure, method, owner; period a year on; "not started" ticked; result cleared.
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(String(after[3])).not.toBe(String(before[3]));
    expect(String(after[3])).toContain("2571");
    expect(after.slice(4, 8)).toEqual([true, false, false, ""]);
    expect(host.model.activeSheetId).toBe(host.sheet(made.sheet).id);
    // The new sheet's id, read in the write's own round trip, for the pane to follow.
    expect(made.sheetId).toBe(host.sheet(made.sheet).id);
  });

  it("takes the next free name when a sheet already has the year's name", async () => {
    const { host, run, planId } = await yearEnd();
    await run(async (context) => {
      context.workbook.worksheets.add("แผนมาตรการ ITA 2571");
      await context.sync();
    });
    const made = await run((context) => startNextYear(context, planId, modern, TODAY));
    expect(made.sheet).toBe("แผนมาตรการ ITA 2571 (2)");
    expect(host.sheet("แผนมาตรการ ITA 2571").cells.size).toBe(0);
  });

  it("leaves the workbook as it was, settings included, when writing fails", async () => {
    // The operations of a run that succeeds: fail one of its last writes, well after the
    // settings were moved in the same batch.
    const reference = await yearEnd();
    const start = reference.host.operationCount;
    await reference.run((context) => startNextYear(context, reference.planId, modern, TODAY));
    const last = reference.host.operationCount - start;
    const { host, run, planId } = await yearEnd();
    const before = host.snapshot();
    host.failOnOperation(last - 2);
    await expect(run((context) => startNextYear(context, planId, modern, TODAY))).rejects.toThrow();
    expect(host.snapshot()).toBe(before);
  });
});
