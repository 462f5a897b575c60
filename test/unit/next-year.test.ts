import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { recognisePlan } from "../../src/domain/plan-layout";
import { readMeasures } from "../../src/domain/plan-reading";
import {
  carriedRecommendations,
  nextYearPeriod,
  nextYearRows,
  shiftYearsInText,
} from "../../src/domain/plan/next-year";
import { dateFromSerial, serialFromDate } from "../../src/domain/periods";

describe("periods moved one fiscal year on, as the user wrote them", () => {
  it.each([
    ["ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖", "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗"],
    ["ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙", "ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐"],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบประมาณ พ.ศ. ๒๕๖๗"],
    ["รายงานความก้าวหน้า และสรุปผล ณ ๓๑ มีนาคม ๒๕๖๔", "รายงานความก้าวหน้า และสรุปผล ณ ๓๑ มีนาคม ๒๕๖๕"],
    ["1 ต.ค. 65 - 31 มี.ค. 66", "1 ต.ค. 66 - 31 มี.ค. 67"],
    ["เม.ย.-มิ.ย. 2566", "เม.ย.-มิ.ย. 2567"],
    ["มค 66 ถึง มีค 66", "มค 67 ถึง มีค 67"],
    ["มกราคม ๖๖", "มกราคม ๖๗"],
    ["ตุลาคม 2565 ถึง กันยายน 2566", "ตุลาคม 2566 ถึง กันยายน 2567"],
    ["๓๐ ก.ย. ๖๖", "๓๐ ก.ย. ๖๗"],
    ["พ.ศ. 66", "พ.ศ. 67"],
    ["Oct 2022 - Sep 2023", "Oct 2023 - Sep 2024"],
    ["ธ.ค. 99", "ธ.ค. 00"],
  ])("%s → %s", (period, next) => {
    expect(shiftYearsInText(period)).toBe(next);
  });

  it.each([["ตลอดปีงบประมาณ"], ["ภายใน 30 วัน"], ["ทุกไตรมาส (4 ครั้ง)"], ["ทุกวันที่ 15"]])(
    "leaves %s as it is",
    (period) => {
      expect(shiftYearsInText(period)).toBe(period);
    }
  );

  it("moves a date typed as a date by a year, 29 February to the 28th", () => {
    const serial = (y: number, m: number, d: number) => serialFromDate(new Date(Date.UTC(y, m, d)));
    expect(nextYearPeriod(serial(2023, 2, 31))).toBe(serial(2024, 2, 31));
    expect(nextYearPeriod(serial(2024, 1, 29))).toBe(serial(2025, 1, 28));
    expect(dateFromSerial(nextYearPeriod(serial(2022, 9, 1)) as number)?.toISOString()).toBe(
      "2023-10-01T00:00:00.000Z"
    );
  });
});

describe("next year's plan", () => {
  const header = TEMPLATE_COLUMNS.map((column) => column.header);
  const row = (values: Partial<Record<string, string | number | boolean>>) =>
    TEMPLATE_COLUMNS.map((column) =>
      column.key === "status" ? (values[column.status!] ?? false) : (values[column.key] ?? "")
    );
  const grid = {
    firstRow: 0,
    firstColumn: 0,
    values: [
      header,
      row({
        number: 1,
        measure: "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง",
        method: "ประกาศทางเว็บไซต์",
        owner: "กองคลัง",
        period: "ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙",
        done: true,
        result: "เผยแพร่ครบ 12 เดือน",
        plannedBudget: 20000,
        budget: 5000,
        recommendation: "ควรเผยแพร่ภายใน 3 วัน",
        indicator: "9",
        evidence: "https://example.go.th/procurement",
      }),
      row({ number: 2, measure: "-ทุกส่วนราชการ ลงนามเจตจำนง", owner: "ทุกกอง", period: "ม.ค. 69" }),
    ],
  };

  it("keeps measures, methods, owners and indicators, clears what was done, moves periods", () => {
    const layout = recognisePlan(grid, {})!;
    const rows = nextYearRows(readMeasures(grid, layout).measures);
    const cell = (r: number, key: string) =>
      rows[r][TEMPLATE_COLUMNS.findIndex((column) => column.key === key)];
    expect(cell(0, "measure")).toBe("เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");
    expect(cell(0, "method")).toBe("ประกาศทางเว็บไซต์");
    expect(cell(0, "owner")).toBe("กองคลัง");
    expect(cell(0, "indicator")).toBe("9");
    expect(cell(0, "period")).toBe("ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐");
    expect(rows[0].filter((_, i) => TEMPLATE_COLUMNS[i].key === "status")).toEqual([
      true,
      false,
      false,
    ]);
    // Next year's planned budget comes from next year's budget act: not carried.
    for (const key of ["result", "plannedBudget", "budget", "evidence", "recommendation"])
      expect([key, cell(0, key)]).toEqual([
        key,
        key === "recommendation" ? "ควรเผยแพร่ภายใน 3 วัน" : "",
      ]);
    expect(cell(1, "measure")).toBe("-ทุกส่วนราชการ ลงนามเจตจำนง");
    expect(cell(1, "period")).toBe("ม.ค. 70");
  });

  it("carries last year's recommendations for เรื่องเดิม", () => {
    const layout = recognisePlan(grid, {})!;
    expect(carriedRecommendations(readMeasures(grid, layout).measures)).toEqual([
      "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง: ควรเผยแพร่ภายใน 3 วัน",
    ]);
  });
});
