// Budgets for the finance division: the planned budget beside the budget used, recognised by its
// header, validated, summed per unit and overall with the share spent, in the report and memo.
import { summariseBudgets } from "../../src/domain/budget-summary";
import { matchHeader } from "../../src/domain/header-matching";
import { defaultMemoFields, buildMemo } from "../../src/domain/memo-spec";
import { bahtText } from "../../src/domain/money";
import { analysePlan } from "../../src/domain/plan-analysis";
import type { CellValue } from "../../src/domain/plan-layout";
import { parseBudget } from "../../src/domain/plan-validation";
import { mergeCopies, REPORTED_FIELDS } from "../../src/domain/plan/merge-copies";
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { tidyRows } from "../../src/domain/tidy-plan";
import { planColumnsOf } from "../../src/domain/report/plan-capabilities";
import { findingText } from "../../src/i18n/finding-messages";
import { PLANNED_HEADER, seedWithBudgets, USED_HEADER } from "../support/budget-seed";
import { reportSpecOf } from "../support/report-fixture";
import { WANGSAPHUNG_SETTINGS } from "../support/seed-paste";

const TODAY = new Date(Date.UTC(2023, 9, 20));
const HEADER = ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"];

/** A plan with both budget columns (G planned, H used) from row 2. */
function grid(rows: [string, CellValue, CellValue][]): CellValue[][] {
  return [
    ["แผนมาตรการ ประจำปีงบประมาณ พ.ศ. 2566"],
    [...HEADER, "งบประมาณที่ตั้งไว้ (บาท)", "งบประมาณที่ใช้ (บาท)"],
    ...rows.map(([owner, planned, used], index) => [
      `มาตรการที่ ${index + 1}`,
      "ดำเนินการ",
      owner,
      "ต.ค. 2565 - ก.ย. 2566",
      "ดำเนินการแล้ว",
      planned,
      used,
    ]),
  ];
}

const analyse = (values: CellValue[][]) =>
  analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY });

describe("the two budget columns", () => {
  it.each([
    ["งบประมาณที่ตั้งไว้ (บาท)", "plannedBudget"],
    ["งบประมาณที่ได้รับจัดสรร", "plannedBudget"],
    ["งบประมาณตามข้อบัญญัติ", "plannedBudget"],
    ["วงเงินงบประมาณ (บาท)", "plannedBudget"],
    ["Planned budget", "plannedBudget"],
    ["Allocated", "plannedBudget"],
    ["งบประมาณ (บาท)", "budget"],
    ["งบประมาณ", "budget"],
    ["งบประมาณที่ใช้ (บาท)", "budget"],
    ["งบประมาณที่เบิกจ่าย", "budget"],
    ["Budget spent", "budget"],
  ])("reads %s as %s", (header, key) => {
    expect(matchHeader(header)?.meaning.key).toBe(key);
  });

  it("finds both in the seed as pasted, and reads Thai digits, commas and บาท as numbers", () => {
    const analysis = analyse(seedWithBudgets());
    const headers = Object.fromEntries(
      planColumnsOf(analysis.layout).map((column) => [column.key, column.header])
    );
    expect(headers.plannedBudget).toBe(PLANNED_HEADER);
    expect(headers.budget).toBe(USED_HEADER);
    const read = analysis.plan.measures.map((measure) => [
      parseBudget(measure.raw.plannedBudget),
      parseBudget(measure.raw.budget),
    ]);
    expect(read).toEqual([
      [12500, 10000],
      [50000, 30000.5],
      [null, 2500],
      [20000, null],
      [8000, 4000],
    ]);
    expect(analysis.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("refuses a planned budget that is no number or is negative, at its cell, like the used one", () => {
    const findings = analyse(
      grid([
        ["กองคลัง", "ห้าหมื่น", "-"],
        ["กองคลัง", "-2,000", "1,000"],
        ["กองคลัง", "๑๒,๕๐๐", "สามพัน"],
      ])
    ).findings.filter((finding) => finding.severity === "error");
    expect(findings.map((finding) => findingText("th", finding))).toEqual([
      'ช่อง F3: งบประมาณที่ตั้งไว้ "ห้าหมื่น" ไม่ใช่ตัวเลข (เขียนเช่น 12,500 หรือ ๑๒,๕๐๐)',
      "ช่อง F4: งบประมาณที่ตั้งไว้ติดลบ",
      'ช่อง G5: งบประมาณที่ใช้ "สามพัน" ไม่ใช่ตัวเลข (เขียนเช่น 12,500 หรือ ๑๒,๕๐๐)',
    ]);
    expect(findingText("en", findings[1])).toBe("Cell F4: The planned budget is negative");
  });
});

describe("the budget summary", () => {
  it("sums overall once and per unit for each unit a measure names, with the share spent", () => {
    const { plan } = analyse(
      grid([
        ["กองคลัง", 10000, 2500],
        ["สำนักปลัด กองคลัง", "๒๐,๐๐๐", "๕,๐๐๐"],
        ["กองช่าง", "", 700],
        ["", 0, ""],
      ])
    );
    const summary = summariseBudgets(plan.measures);
    expect(summary.overall).toEqual({
      planned: 30000,
      used: 8200,
      withPlanned: 3,
      withUsed: 3,
      percentSpent: (8200 / 30000) * 100,
    });
    expect(summary.shared).toBe(1);
    expect(
      summary.byOwner.map(({ owner, planned, used, percentSpent }) => [
        owner,
        planned,
        used,
        percentSpent,
      ])
    ).toEqual([
      ["กองคลัง", 30000, 7500, 25],
      ["สำนักปลัด", 20000, 5000, 25],
      // Nothing planned: no share of nothing.
      ["กองช่าง", 0, 700, null],
      ["-", 0, 0, null],
    ]);
  });

  it("prints money as the reports do, in Thai digits when chosen", () => {
    expect(bahtText(12500)).toBe("12,500.00 บาท");
    expect(bahtText(1234567.891, true)).toBe("๑,๒๓๔,๕๖๗.๘๙ บาท");
    expect(bahtText(-0)).toBe("0.00 บาท");
  });
});

describe("budgets in the report and the memo (seed 001 with both columns)", () => {
  const values = seedWithBudgets();

  it("prints both columns in the annual and the plan layouts, in Thai digits", () => {
    for (const layout of ["annual", "plan"] as const) {
      const report = reportSpecOf(values, layout);
      const headers = report.blocks.find((block) => block.style === "tableHeader")!.values[0];
      const planned = headers.indexOf(layout === "plan" ? PLANNED_HEADER : "งบประมาณที่ตั้งไว้ (บาท)");
      const used = headers.indexOf(layout === "plan" ? USED_HEADER : "งบประมาณที่ใช้ (บาท)");
      expect([layout, planned > 0, used]).toEqual([layout, true, planned + 1]);
      const body = report.blocks.find((block) => block.style === "tableBody")!;
      expect(body.values.map((row) => [row[planned], row[used]]).slice(0, 3)).toEqual([
        ["๑๒,๕๐๐.๐๐", "๑๐,๐๐๐.๐๐"],
        ["๕๐,๐๐๐.๐๐", "๓๐,๐๐๐.๕๐"],
        ["", "๒,๕๐๐.๐๐"],
      ]);
    }
  });

  it("states the sums overall and per unit with the share spent in the summary", () => {
    const lines = reportSpecOf(values, "annual")
      .summary.blocks.flatMap((block) => block.values.flat())
      .map(String);
    const from = lines.findIndex((line) => line.startsWith("งบประมาณที่ตั้งไว้รวม"));
    expect(lines.slice(from, from + 6)).toEqual([
      "งบประมาณที่ตั้งไว้รวม ๙๐,๕๐๐.๐๐ บาท (๔ มาตรการ) ใช้ไปแล้ว ๔๖,๕๐๐.๕๐ บาท คิดเป็นร้อยละ ๕๑.๓๘ ของงบประมาณที่ตั้งไว้",
      "งบประมาณแยกตามหน่วยงานที่รับผิดชอบ",
      "- ทุกสำนัก/กอง ตั้งไว้ ๓๒,๕๐๐.๐๐ บาท ใช้ไป ๑๐,๐๐๐.๐๐ บาท (ร้อยละ ๓๐.๗๗)",
      "- กองคลัง ตั้งไว้ ๕๐,๐๐๐.๐๐ บาท ใช้ไป ๓๐,๐๐๐.๕๐ บาท (ร้อยละ ๖๐.๐๐)",
      "- งานการเจ้าหน้าที่สำนักปลัด ใช้ไป ๒,๕๐๐.๐๐ บาท",
      "- งานนิติการฯ สำนักปลัด ตั้งไว้ ๘,๐๐๐.๐๐ บาท ใช้ไป ๔,๐๐๐.๐๐ บาท (ร้อยละ ๕๐.๐๐)",
    ]);
  });

  it("states the overall sums in the memo's facts, in the digits chosen", () => {
    const analysis = analyse(values);
    const settings = WANGSAPHUNG_SETTINGS;
    const factsOf = (thaiDigits: boolean) =>
      buildMemo(defaultMemoFields(settings, TODAY), analysis.plan.measures, settings, {
        thaiDigits,
        layout: "annual",
        columns: planColumnsOf(analysis.layout),
      }).sections.find((section) => section.heading.endsWith("ข้อเท็จจริง"))!.paragraphs;
    expect(factsOf(false)[1]).toBe(
      "งบประมาณที่ตั้งไว้รวม 90,500.00 บาท (4 มาตรการ) ใช้ไปแล้ว 46,500.50 บาท คิดเป็นร้อยละ 51.38 ของงบประมาณที่ตั้งไว้"
    );
    expect(factsOf(true)[1]).toContain("ใช้ไปแล้ว ๔๖,๕๐๐.๕๐ บาท คิดเป็นร้อยละ ๕๑.๓๘");
  });
});

describe("budgets in the memo's attached table (seed 001 with both columns)", () => {
  const analysis = analyse(seedWithBudgets());
  const attachmentOf = (thaiDigits: boolean) =>
    buildMemo(
      defaultMemoFields(WANGSAPHUNG_SETTINGS, TODAY),
      analysis.plan.measures,
      WANGSAPHUNG_SETTINGS,
      {
        thaiDigits,
        layout: "annual",
        columns: planColumnsOf(analysis.layout),
      }
    ).attachment;

  it("prints the amounts as the report does, right-aligned, in the digits chosen", () => {
    for (const [thaiDigits, first, second] of [
      [false, ["12,500.00", "10,000.00"], ["50,000.00", "30,000.50"]],
      [true, ["๑๒,๕๐๐.๐๐", "๑๐,๐๐๐.๐๐"], ["๕๐,๐๐๐.๐๐", "๓๐,๐๐๐.๕๐"]],
    ] as const) {
      const attachment = attachmentOf(thaiDigits);
      const planned = attachment.headers.indexOf("งบประมาณที่ตั้งไว้ (บาท)");
      expect(attachment.rows.slice(0, 2).map((row) => row.slice(planned, planned + 2))).toEqual([
        first,
        second,
      ]);
      expect(attachment.align.slice(planned, planned + 2)).toEqual(["right", "right"]);
    }
  });

  it("gives each money column room for a six-figure amount on the memo's narrower page", () => {
    const { headers, widths } = attachmentOf(true);
    const total = widths.reduce((sum, width) => sum + width, 0);
    const planned = headers.indexOf("งบประมาณที่ตั้งไว้ (บาท)");
    // ๑๒๕,๐๐๐.๐๐ is 10 characters: with a word's 5 % to spare, one more, and 2 of cell padding.
    for (const width of widths.slice(planned, planned + 2))
      expect((width / total) * 95).toBeGreaterThan(Math.ceil(10 / 0.95) + 1 + 2 - 1e-9);
  });
});

describe("the planned budget through tidying and merging", () => {
  const planned = TEMPLATE_COLUMNS.findIndex((column) => column.key === "plannedBudget");

  it("is written as a number into the tidied plan's own column", () => {
    const { plan } = analyse(grid([["กองคลัง", "๑๒,๕๐๐", "3,000"]]));
    const [row] = tidyRows(plan.measures);
    expect([row[planned], row[planned + 1]]).toEqual([12500, 3000]);
  });

  it("is taken from the division's copy that filled it, and a conflict when two differ", () => {
    const plan = analyse(grid([["กองคลัง", "", ""]])).plan.measures;
    const copy = (name: string, amount: string) => ({
      name,
      measures: analyse(grid([["กองคลัง", amount, ""]])).plan.measures,
      fields: REPORTED_FIELDS,
    });
    const taken = mergeCopies(plan, [copy("กองคลัง.xlsx", "50,000")], REPORTED_FIELDS);
    expect(taken.taken).toEqual([
      { measure: "มาตรการที่ 1", field: "plannedBudget", copy: "กองคลัง.xlsx" },
    ]);
    expect(parseBudget(taken.measures[0].raw.plannedBudget)).toBe(50000);
    const differing = mergeCopies(
      plan,
      [copy("a.xlsx", "50,000"), copy("b.xlsx", "60,000")],
      REPORTED_FIELDS
    );
    expect(differing.conflicts.map((conflict) => conflict.field)).toEqual(["plannedBudget"]);
  });
});
