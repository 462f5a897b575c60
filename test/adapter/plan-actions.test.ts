import { capabilitiesFrom, ExcelCapabilities } from "../../src/domain/excel-capabilities";
import type { CellValue } from "../../src/domain/plan-layout";
import { checkPlan, saveMapping, selectCell, tidyPlan } from "../../src/excel/plan-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { watchPlans } from "../../src/excel/status-watcher";
import { FakeExcelHost } from "../../office-fake/excel";
import type { HostProfile } from "../../office-fake/excel/host";
import { capabilitiesOf, inExcel } from "../support/in-excel";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const modern = capabilitiesFrom(() => true);
const excel2021 = capabilitiesFrom((version) => Number(version.split(".")[1]) <= 14);

/** The seed table pasted from A1 of a sheet, the way Excel keeps a paste: text, empty cells blank. */
function pasteSeed(host: FakeExcelHost, sheet: string, rows: CellValue[][]) {
  host.paste(
    sheet,
    "A1",
    rows.map((row) => row.map((cell) => cell ?? ""))
  );
  host.model.activeSheetId = host.sheet(sheet).id;
}

describe("checking a plan", () => {
  it("reads a pasted plan in one round trip and finds its columns and problems", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "วางจาก PDF", pastedSeedTables(SEEDS.wangsaphung)[0]);
    const before = host.snapshot();
    const check = await inExcel(host)((context) => checkPlan(context, modern, TODAY));
    expect(host.syncCount).toBe(1);
    expect(host.snapshot()).toBe(before);
    expect(check).toMatchObject({ sheet: "วางจาก PDF", headerRow: 5 });
    expect(check.columns.map((column) => `${column.column}=${column.meaning}`)).toEqual([
      "A=measure",
      "B=method",
      "C=owner",
      "D=period",
      "E=result",
      "F=outcome",
    ]);
    // No status columns: a plan all the same, with the layouts it can make.
    expect(check.findings.map((finding) => finding.code)).toEqual([]);
    expect(check.layouts).toEqual(["results", "annual", "plan"]);
    expect(check.progress).toMatchObject({ total: 5, hasStatus: false, withResult: 5 });
  });

  it("names hidden rows, read through the visible view", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "Plan", [
      ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
      ["ม1", "ว", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", "อยู่ระหว่างดำเนินการ", ""],
      ["ม2", "ว", "กองช่าง", "ต.ค. 2569 - ก.ย. 2570", "อยู่ระหว่างดำเนินการ", ""],
    ]);
    host.sheet("Plan").hiddenRows.add(2);
    const check = await inExcel(host)((context) => checkPlan(context, modern, TODAY));
    expect(check.findings.map((finding) => `${finding.code}@${finding.cell}`)).toEqual([
      "hidden_row@A3",
    ]);
  });

  it("reads the fiscal year from the settings with one more round trip", async () => {
    const host = new FakeExcelHost();
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
    );
    const syncs = host.syncCount;
    const check = await run((context) => checkPlan(context, modern, TODAY));
    expect(host.syncCount - syncs).toBe(2);
    expect(check.findings).toEqual([]);
    expect(check.progress).toMatchObject({ total: 11, percentDone: 0 });
    expect(check.progress.counts.not_started).toBe(11);
  });

  it("uses the column mapping the user saved in the workbook", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "Plan", [
      ["มาตรการ", "วิธีดำเนินการ", "หน่วยงาน", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
      ["ม1", "ว", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", "อยู่ระหว่างดำเนินการ", ""],
    ]);
    const run = inExcel(host);
    const first = await run((context) => checkPlan(context, modern, TODAY));
    expect(first.findings.map((finding) => finding.params.nearest)).toEqual(["หน่วยงาน"]);
    await run((context) => saveMapping(context, first.sheetId, { C: "owner" }));
    expect(JSON.parse(host.model.settings.get("ITA.columnMappings") as string)).toEqual({
      [first.sheetId]: { C: "owner" },
    });
    const second = await run((context) => checkPlan(context, modern, TODAY));
    expect(second.findings).toEqual([]);
    expect(second.columns.find((column) => column.column === "C")).toMatchObject({
      meaning: "owner",
      byUser: true,
    });
  });

  it("ignores damaged stored mappings with a warning and keeps the well-formed rest", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "Plan", [
      ["มาตรการ", "วิธีดำเนินการ", "หน่วยงาน", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
      ["ม1", "ว", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", "อยู่ระหว่างดำเนินการ", ""],
    ]);
    const run = inExcel(host);
    const sheetId = host.sheet("Plan").id;
    for (const stored of ["not json", "null", "[1]", `{"${sheetId}":"owner"}`]) {
      host.model.settings.set("ITA.columnMappings", stored);
      const check = await run((context) => checkPlan(context, modern, TODAY));
      expect(check.ignoredSettings).toEqual(["mappings"]);
      expect(check.overrides).toEqual({});
    }
    host.model.settings.set(
      "ITA.columnMappings",
      JSON.stringify({ [sheetId]: { C: "owner", D: { key: "period" } } })
    );
    const kept = await run((context) => checkPlan(context, modern, TODAY));
    expect(kept).toMatchObject({ ignoredSettings: ["mappings"], overrides: { C: "owner" } });
    expect(kept.findings).toEqual([]);
  });

  it("selects a finding's cell on its sheet", async () => {
    const host = new FakeExcelHost(["Sheet1", "Plan"]);
    await inExcel(host)((context) => selectCell(context, host.sheet("Plan").id, "D7"));
    expect(host.model.selection).toEqual({ sheetId: host.sheet("Plan").id, address: "D7" });
    expect(host.model.activeSheetId).toBe(host.sheet("Plan").id);
  });
});

describe("protected sheets", () => {
  it("are checked and tidied without writing to them", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "วาง", pastedSeedTables(SEEDS.memo)[0]);
    host.sheet("วาง").protected = true;
    const run = inExcel(host);
    const check = await run((context) => checkPlan(context, modern, TODAY));
    expect(check.progress.total).toBe(6);
    const result = await run((context) => tidyPlan(context, modern, TODAY));
    expect(result).toMatchObject({ measures: 6, headerRowsDropped: 2, rowsJoined: 1 });
  });
});

describe("tidying a pasted table", () => {
  it("writes seed 000's status table as one row per measure on a new sheet, the paste untouched", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "วาง", pastedSeedTables(SEEDS.ayutthaya)[1]);
    const before = JSON.stringify([...host.sheet("วาง").cells.entries()]);
    const result = await inExcel(host)((context) => tidyPlan(context, modern, TODAY));
    expect(result).toEqual({
      sheet: "แผนมาตรการ ITA",
      measures: 7,
      headerRowsDropped: 0,
      rowsJoined: 4,
    });
    expect(JSON.stringify([...host.sheet("วาง").cells.entries()])).toBe(before);
    expect(host.syncCount).toBe(2);
    const rows = host.read("แผนมาตรการ ITA", "A2:H8");
    expect(rows.map((row) => row.slice(5, 8))).toEqual([
      [false, true, false],
      [false, true, false],
      [false, true, false],
      [false, false, true],
      [false, true, false],
      [false, true, false],
      [false, true, false],
    ]);
    expect(String(rows[2][1])).toMatch(/^\(๓\) ผู้บริหารหน่วยงาน[\s\S]*\nโป ร ง ไส ใน การ/);
  });

  it("reports seed 001's repeated headers and joined rows", async () => {
    const host = new FakeExcelHost();
    pasteSeed(host, "วาง", pastedSeedTables(SEEDS.wangsaphung)[0]);
    const result = await inExcel(host)((context) => tidyPlan(context, excel2021, TODAY));
    expect(result).toMatchObject({ measures: 5, headerRowsDropped: 4, rowsJoined: 3 });
    expect(host.read("แผนมาตรการ ITA", "E2")[0][0]).toBe("ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖");
  });

  it("refuses a sheet without a plan, in the add-in's words, and writes nothing", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [["สวัสดี"]]);
    const before = host.snapshot();
    await expect(
      inExcel(host)((context) => tidyPlan(context, modern, TODAY))
    ).rejects.toMatchObject({
      code: "NoPlanFound",
      fromAddin: true,
    });
    expect(host.snapshot()).toBe(before);
  });

  it("leaves the workbook as it was when any Excel call fails", async () => {
    const rows = pastedSeedTables(SEEDS.wangsaphung)[0];
    const reference = new FakeExcelHost();
    pasteSeed(reference, "วาง", rows);
    const operationsBefore = reference.operationCount;
    await inExcel(reference)((context) => tidyPlan(context, modern, TODAY));
    const operations = reference.operationCount - operationsBefore;
    for (let failing = 1; failing <= operations; failing++) {
      const host = new FakeExcelHost();
      pasteSeed(host, "วาง", rows);
      const before = host.snapshot();
      host.failOnOperation(failing);
      await expect(inExcel(host)((context) => tidyPlan(context, modern, TODAY))).rejects.toThrow();
      expect(host.snapshot()).toBe(before);
    }
  });
});

describe("status check boxes", () => {
  async function planWithWatcher(given?: ExcelCapabilities, profile?: HostProfile) {
    const host = new FakeExcelHost(undefined, profile);
    // The add-in finds what the host has, unless the test says otherwise.
    const capabilities = given ?? capabilitiesOf(host);
    const run = inExcel(host);
    await run((context) =>
      insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, capabilities)
    );
    const changes: string[] = [];
    const errors: unknown[] = [];
    await watchPlans(
      run,
      capabilities,
      (sheetId) => changes.push(sheetId),
      (error) => errors.push(error),
      () => new Date(2026, 10, 22, 9, 30)
    );
    return { host, changes, errors, plan: host.sheet("แผนมาตรการ ITA") };
  }

  it("ticking one clears the other two and stamps the updated date", async () => {
    const { host, changes, plan } = await planWithWatcher();
    await host.userEdit("แผนมาตรการ ITA", "H3", [[true]]);
    expect(host.read("แผนมาตรการ ITA", "F3:H3")).toEqual([[false, false, true]]);
    const stamp = plan.cells.get("2,16");
    expect(stamp).toMatchObject({ value: 46348, numberFormat: "[$-th-TH]d mmm bbbb" });
    expect(changes).toEqual([plan.id]);
    // The add-in's own writes raised events too; it ignored them (no second stamp, no loop).
    expect(host.read("แผนมาตรการ ITA", "F2:H2")).toEqual([[true, false, false]]);
  });

  it("on a protected sheet keeps the user's tick and reports why the others stayed", async () => {
    const { host, changes, errors, plan } = await planWithWatcher();
    plan.protected = true;
    await host.userEdit("แผนมาตรการ ITA", "H2", [[true]]);
    expect(host.read("แผนมาตรการ ITA", "F2:H2")).toEqual([[true, false, true]]);
    expect(errors).toMatchObject([{ code: "AccessDenied" }]);
    expect(changes).toEqual([plan.id]);
  });

  it("ignores edits outside the tick columns but still reports the change", async () => {
    const { host, changes, plan } = await planWithWatcher();
    await host.userEdit("แผนมาตรการ ITA", "I2", [["ประชุมแล้ว"]]);
    expect(plan.cells.get("1,15")?.value ?? "").toBe("");
    expect(changes).toEqual([plan.id]);
  });

  it("recognises its own writes without triggerSource (before ExcelApi 1.14)", async () => {
    // Excel 2019-era events say nothing of who wrote: the fake at 1.13 sends none.
    const { host, plan, changes } = await planWithWatcher(
      capabilitiesFrom((version) => Number(version.split(".")[1]) <= 13),
      { apiVersion: "1.13", platform: "desktop" }
    );
    await host.userEdit("แผนมาตรการ ITA", "G4", [[true]]);
    expect(host.read("แผนมาตรการ ITA", "F4:H4")).toEqual([[false, true, false]]);
    expect(plan.cells.get("3,16")?.value).toBe(46348);
    expect(changes).toEqual([plan.id]);
  });
});
