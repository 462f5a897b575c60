import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { EXAMPLE_MEASURES } from "../../src/domain/example-plan";
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { FakeExcelHost, FakeRequestContext } from "../../office-fake/excel";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";

const modern = capabilitiesFrom(() => true);
const excel2021 = capabilitiesFrom((version) => Number(version.split(".")[1]) <= 14);

function insert(host: FakeExcelHost, withExample: boolean, capabilities = modern) {
  return host.run((context: FakeRequestContext) =>
    insertPlanTemplate(
      context as unknown as Excel.RequestContext,
      { withExample, fiscalYear: 2569 },
      capabilities
    )
  );
}

describe("inserting the plan template", () => {
  it("creates a plan table of the canonical columns in two round trips", async () => {
    const host = new FakeExcelHost();
    const result = await insert(host, true);

    expect(result).toEqual({ sheet: "แผนมาตรการ ITA", rows: EXAMPLE_MEASURES.length });
    expect(host.syncCount).toBe(2);
    const [table] = host.model.tables;
    expect(table).toMatchObject({
      name: "ITA_Plan",
      area: { row: 0, column: 0, rowCount: EXAMPLE_MEASURES.length + 1 },
    });
    const sheet = host.sheet("แผนมาตรการ ITA");
    expect(host.read("แผนมาตรการ ITA", "A1:R1")[0]).toEqual([...EXPECTED_TEMPLATE_HEADER, ""]);
    expect(host.read("แผนมาตรการ ITA", "A2:H2")[0]).toEqual([
      1,
      EXAMPLE_MEASURES[0].measure,
      EXAMPLE_MEASURES[0].method,
      "กองคลัง",
      "ต.ค. 2568 - ก.ย. 2569",
      true,
      false,
      false,
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cells.get("1,1")?.format).toMatchObject({
      fontName: "TH SarabunPSK",
      wrapText: true,
      verticalAlignment: "Top",
    });
    expect(sheet.cells.get("1,10")?.numberFormat).toBe("#,##0.00");
    expect(host.model.activeSheetId).toBe(sheet.id);
  });

  it("uses native check boxes where ExcelApi 1.18 exists", async () => {
    const host = new FakeExcelHost();
    await insert(host, false);
    const sheet = host.sheet("แผนมาตรการ ITA");
    expect([5, 6, 7].map((column) => sheet.cells.get(`1,${column}`)?.control)).toEqual([
      "Checkbox",
      "Checkbox",
      "Checkbox",
    ]);
    expect(sheet.conditionalFormats).toHaveLength(0);
  });

  it("falls back to TRUE/FALSE drop-downs with a highlight on older Excel", async () => {
    const host = new FakeExcelHost();
    await insert(host, false, excel2021);
    const sheet = host.sheet("แผนมาตรการ ITA");
    expect(sheet.cells.get("1,5")?.control).toBeUndefined();
    const statusRules = sheet.dataValidations.filter((v) => v.rule.list?.source === "TRUE,FALSE");
    expect(statusRules.map((v) => v.area.column)).toEqual([5, 6, 7]);
    expect(sheet.conditionalFormats.map((f) => f.formula)).toEqual([
      "=F2=TRUE",
      "=G2=TRUE",
      "=H2=TRUE",
    ]);
  });

  it("offers the responsible units from an editable list on the settings sheet", async () => {
    const host = new FakeExcelHost();
    await insert(host, false);
    const settings = host.sheet("ตั้งค่า ITA");
    expect(host.read("ตั้งค่า ITA", "B6")).toEqual([[2569]]);
    expect(host.read("ตั้งค่า ITA", "A13:A14")).toEqual([["สำนักปลัด"], ["กองคลัง"]]);
    expect(host.model.names.get("ita_units")?.formula).toContain("COUNTA('ตั้งค่า ITA'!$A$13:$A$42)");
    expect(host.model.names.get("ita_fiscalyear")?.formula).toBe("='ตั้งค่า ITA'!$B$6");
    const ownerRule = host.sheet("แผนมาตรการ ITA").dataValidations.find((v) => v.area.column === 3);
    expect(ownerRule?.rule.list?.source).toBe("=ITA_Units");
    expect(ownerRule?.errorAlert?.style).toBe("Warning");
    expect(settings.cells.get("2,0")?.format.fontName).toBe("TH SarabunPSK");
  });

  it("never overwrites: a second template gets free names and reuses the settings", async () => {
    const host = new FakeExcelHost();
    await insert(host, false);
    const second = await insert(host, false);
    expect(second.sheet).toBe("แผนมาตรการ ITA (2)");
    expect(host.model.tables.map((t) => t.name)).toEqual(["ITA_Plan", "ITA_Plan_2"]);
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "ตั้งค่า ITA",
      "แผนมาตรการ ITA",
      "สรุปความก้าวหน้า ITA",
      "แผนมาตรการ ITA (2)",
      "สรุปความก้าวหน้า ITA (2)",
    ]);
    expect(host.read("สรุปความก้าวหน้า ITA (2)", "B3:B7").flat()).toEqual([
      "=COUNTA(ITA_Plan_2[มาตรการ/แนวทาง])",
      "=COUNTIF(ITA_Plan_2[ยังไม่ดำเนินการ],TRUE)",
      "=COUNTIF(ITA_Plan_2[อยู่ระหว่างดำเนินการ],TRUE)",
      "=COUNTIF(ITA_Plan_2[ดำเนินการแล้วเสร็จ],TRUE)",
      "=IF(B3=0,0,B6/B3)",
    ]);
  });

  it("counts progress per responsible unit with formulas over the settings list", async () => {
    const host = new FakeExcelHost();
    await insert(host, true);
    expect(host.read("สรุปความก้าวหน้า ITA", "A10:C10")).toEqual([
      [
        '=IFERROR(INDEX(ITA_Units,1),"")',
        '=IF(A10="","",COUNTIF(ITA_Plan[ผู้รับผิดชอบ],A10))',
        '=IF(A10="","",COUNTIFS(ITA_Plan[ผู้รับผิดชอบ],A10,ITA_Plan[ดำเนินการแล้วเสร็จ],TRUE))',
      ],
    ]);
    expect(host.sheet("สรุปความก้าวหน้า ITA").cells.get("6,1")?.numberFormat).toBe("0%");
  });

  it("leaves the workbook as it was when any Excel call fails", async () => {
    const reference = new FakeExcelHost();
    await insert(reference, true);
    const writeOperations = reference.operationCount;
    const before = new FakeExcelHost().snapshot();
    for (let failing = 1; failing <= writeOperations; failing++) {
      const host = new FakeExcelHost();
      host.failOnOperation(failing);
      await expect(insert(host, true)).rejects.toMatchObject({ code: "GeneralException" });
      expect(host.snapshot()).toBe(before);
    }
  });

  it("keeps the column definitions and the written header in step", () => {
    expect(TEMPLATE_COLUMNS.filter((c) => c.key === "status")).toHaveLength(3);
  });
});

describe("a rollback that fails too", () => {
  it("keeps the original error and names the sheets that may be left behind", async () => {
    const reference = new FakeExcelHost();
    await insert(reference, true);
    const failing = Math.floor(reference.operationCount / 2);
    // The same write failing alone: the error the user must still hear about.
    const alone = new FakeExcelHost();
    alone.failOnOperation(failing);
    const original = (await insert(alone, true).catch((error: unknown) => error)) as Error;
    // The connection lost for good at that write: the undo fails as well.
    const host = new FakeExcelHost();
    host.failFromOperation(failing);
    const failure = await insert(host, true).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: "GeneralException",
      message: original.message,
      rollbackFailure: {
        code: "GeneralException",
        sheets: ["แผนมาตรการ ITA", "สรุปความก้าวหน้า ITA", "ตั้งค่า ITA"],
      },
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain("ตั้งค่า ITA");
  });
});
