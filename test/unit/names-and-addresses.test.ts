import {
  areaAddress,
  columnIndex,
  columnLetter,
  parseArea,
  quoteSheetName,
} from "../../src/domain/a1";
import { freeSheetName, freeTableName } from "../../src/domain/sheet-names";
import { buildPlanTemplate, wholeYearPeriod } from "../../src/domain/plan-template";
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";

describe("A1 addresses", () => {
  it("converts column letters both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 702]);
  });

  it("parses cells, areas, whole columns and rows", () => {
    expect(parseArea("$B$3:D4")).toEqual({ row: 2, column: 1, rowCount: 2, columnCount: 3 });
    expect(parseArea("C:C")).toMatchObject({
      row: 0,
      column: 2,
      columnCount: 1,
      rowCount: 1048576,
    });
    expect(parseArea("5:5")).toMatchObject({ row: 4, rowCount: 1, columnCount: 16384 });
    expect(parseArea("not an address")).toBeNull();
    expect(areaAddress({ row: 0, column: 0, rowCount: 2, columnCount: 2 })).toBe("A1:B2");
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("ตั้งค่า ITA")).toBe("'ตั้งค่า ITA'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
  });
});

describe("free names", () => {
  it("adds a suffix, within 31 characters, ignoring case", () => {
    expect(freeSheetName("แผน", ["Sheet1"])).toBe("แผน");
    expect(freeSheetName("Plan", ["plan", "PLAN (2)"])).toBe("Plan (3)");
    expect(freeSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
    expect(freeTableName("ITA_Plan", ["ita_plan"])).toBe("ITA_Plan_2");
  });
});

describe("the plan template spec", () => {
  it("writes the whole fiscal year as real plans do", () => {
    expect(wholeYearPeriod(2566)).toBe("ต.ค. 2565 - ก.ย. 2566");
  });

  it("skips the settings sheet when the workbook already has the settings", () => {
    const names = [
      "ITA_Organisation",
      "ITA_District",
      "ITA_Province",
      "ITA_FiscalYear",
      "ITA_Round",
      "ITA_PreparerName",
      "ITA_PreparerPosition",
    ];
    const spec = buildPlanTemplate(
      { withExample: false, fiscalYear: 2569 },
      { sheets: [], definedNames: names }
    );
    expect(spec.settings).toBeNull();
    expect(spec.rows).toHaveLength(1);
  });

  it("refuses a fiscal year that is not Buddhist era", () => {
    expect(() =>
      buildPlanTemplate({ withExample: false, fiscalYear: 2026 }, { sheets: [], definedNames: [] })
    ).toThrow(RangeError);
  });
});

describe("Excel capabilities", () => {
  it("finds the highest API set and what it lights up", () => {
    const office2019 = capabilitiesFrom((v) => Number(v.split(".")[1]) <= 8);
    expect(office2019).toEqual({
      core: false,
      highestVersion: "1.8",
      checkboxes: false,
      customProperties: false,
      triggerSource: false,
      pdfExport: true,
    });
    const ltsc2024 = capabilitiesFrom((v) => Number(v.split(".")[1]) <= 17);
    expect(ltsc2024).toMatchObject({
      core: true,
      highestVersion: "1.17",
      checkboxes: false,
      triggerSource: true,
    });
  });

  it("offers a PDF only where Office makes one", () => {
    const everySet = () => true;
    expect(capabilitiesFrom(everySet, "PC").pdfExport).toBe(true);
    expect(capabilitiesFrom(everySet, "Mac").pdfExport).toBe(true);
    // Excel on the web answers PdfFile but its PDF is empty (office-js#5950).
    expect(capabilitiesFrom(everySet, "OfficeOnline").pdfExport).toBe(false);
    // iPad: no File or PdfFile set.
    const ipad = (_: string, set: string) => !["File", "PdfFile"].includes(set);
    expect(capabilitiesFrom(ipad, "iOS").pdfExport).toBe(false);
  });
});
