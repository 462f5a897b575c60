import { matchHeader, normaliseHeader } from "../../src/domain/header-matching";
import { CellValue, meaningId, recognisePlan, SheetGrid } from "../../src/domain/plan-layout";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";

function grid(values: CellValue[][], firstRow = 0): SheetGrid {
  return { firstRow, firstColumn: 0, values };
}

function meanings(values: CellValue[][], overrides = {}): string[] {
  const layout = recognisePlan(grid(values), overrides);
  return layout
    ? layout.columns.map((column) => `${column.column}=${meaningId(column.meaning)}`)
    : [];
}

describe("header meaning", () => {
  it.each([
    ["มาตรการ", "measure"],
    ["มาตรการ/แนวทาง", "measure"],
    ["ขั้นตอนหรือวิธีการ", "method"],
    ["วิธีการดำเนินการ", "method"],
    ["วิธี ดำเนิน การ", "method"],
    ["ผู้รับ ผิดชอบ", "owner"],
    ["ระยะเวลา ดำเนินการ", "period"],
    ["การกำกับติดตาม", "period"],
    ["สถานะการดำเนินการ", "status"],
    ["ยังไม่ดำเนินการ", "status:not_started"],
    ["อยู่ระหว่างดำเนินการ", "status:in_progress"],
    ["ดำเนินการเสร็จเรียบร้อยแล้ว", "status:done"],
    ["สรุปผลการดำเนินการตาม มาตรการ", "result"],
    ["ผลการดำเนินการ", "result"],
    ["ผลลัพธ์หรือความสำเร็จของการ ดำเนินการ", "outcome"],
    ["งบประมาณที่ใช้ดำเนินการ", "budget"],
    ["ปัญหา/อุปสรรค", "problems"],
    ["ข้อเสนอแนะ", "recommendation"],
    ["ตัวชี้วัด ITA (๑-๑๐)", "indicator"],
    ["Measure", "measure"],
    ["Responsible unit", "owner"],
    ["Results", "result"],
    ["Budget (THB)", "budget"],
    ["No.", "number"],
  ])("%s means %s", (header, id) => {
    expect(meaningId(matchHeader(header)!.meaning)).toBe(id);
  });

  it.each(["หมายเหตุ", "Notes", "", "-", "/"])("%p means nothing known", (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it.each([
    ["a tone mark typed before the vowel above", "ตัวช\u0e49\u0e35วัด ITA", "ตัวชี้วัด ITA"],
    ["a tone mark typed before the vowel below", "ผ\u0e49\u0e39รับผิดชอบ", "ผู้รับผิดชอบ"],
    ["a word joiner inside", "มาตร\u2060การ", "มาตรการ"],
    ["a soft hyphen and a zero-width joiner", "ระยะ\u00adเวลา\u200d", "ระยะเวลา"],
    ["nikhahit and sara aa for sara am", "ผลการด\u0e4d\u0e32เนินการ", "ผลการดำเนินการ"],
  ])("matches a header with %s as the header it looks like (issue 17)", (_, typed, intended) => {
    expect(normaliseHeader(typed)).toBe(normaliseHeader(intended));
    expect(matchHeader(typed)?.meaning).toEqual(matchHeader(intended)!.meaning);
  });

  it("folds white space, punctuation, Thai digits and filler", () => {
    expect(normaliseHeader(" ตัวชี้วัด (๑๐) ")).toBe(normaliseHeader("ตัวชี้วัด10"));
    expect(normaliseHeader("ผลการดำเนินการ")).toBe(normaliseHeader("ผล ดำเนิน"));
  });
});

describe("finding the plan on a sheet", () => {
  it("recognises every column of the add-in's own template", () => {
    const layout = recognisePlan(grid([EXPECTED_TEMPLATE_HEADER]))!;
    expect(layout.columns.map((column) => meaningId(column.meaning))).toEqual([
      "number",
      "measure",
      "method",
      "owner",
      "period",
      "status:not_started",
      "status:in_progress",
      "status:done",
      "result",
      "outcome",
      "plannedBudget",
      "budget",
      "problems",
      "recommendation",
      "indicator",
      "evidence",
      "updated",
    ]);
    expect(layout.missing).toEqual([]);
  });

  it("finds the header under title lines, up to row 20, and not below", () => {
    const header = ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ"];
    const titled = [["รายงานผล"], [], ...Array.from({ length: 17 }, () => ["..."]), header];
    expect(recognisePlan(grid(titled))!.headerRow).toBe(19);
    expect(recognisePlan(grid([["..."], ...titled]))).toBeUndefined();
  });

  it("reads a two-row header with a merged status group cell", () => {
    const values = [
      ["มาตรการ", "ขั้นตอนหรือวิธีการ", "สถานะการดำเนินการ", null, null],
      [null, null, "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการเสร็จเรียบร้อยแล้ว"],
      ["(๑) มาตรการ", "วิธี", "-", "/", "-"],
    ];
    const layout = recognisePlan(grid(values))!;
    expect(layout.headerRowCount).toBe(2);
    expect(meanings(values)).toEqual([
      "0=measure",
      "1=method",
      "2=status:not_started",
      "3=status:in_progress",
      "4=status:done",
    ]);
  });

  it("recognises English plans", () => {
    expect(
      meanings([["Measure", "Method", "Responsible unit", "Period", "Status", "Result"]])
    ).toEqual(["0=measure", "1=method", "2=owner", "3=period", "4=status", "5=result"]);
  });

  it("names a missing required column and the nearest header found", () => {
    const layout = recognisePlan(
      grid([["มาตรการ", "วิธีดำเนินการ", "หน่วยงาน", "สถานะ", "ผลการดำเนินการ", "เวลา"]])
    )!;
    expect(layout.missing).toEqual([
      { key: "owner", nearest: { column: 2, header: "หน่วยงาน" } },
      { key: "period", nearest: { column: 5, header: "เวลา" } },
    ]);
  });

  it("lets the user's mapping win, by column letter", () => {
    const values = [["มาตรการ", "วิธีดำเนินการ", "หน่วยงาน", "หมายเหตุ"]];
    expect(meanings(values, { C: "owner", B: "ignore" })).toEqual(["0=measure", "2=owner"]);
  });

  it.each([
    [SEEDS.ayutthaya, 0, ["measure", "method", "owner", "period"]],
    [
      SEEDS.ayutthaya,
      1,
      ["measure", "method", "status:not_started", "status:in_progress", "status:done"],
    ],
    [SEEDS.wangsaphung, 0, ["measure", "method", "owner", "period", "result", "outcome"]],
    [SEEDS.memo, 0, ["measure", "method", "owner", "period", "result", "outcome"]],
  ])("recognises the columns of %s table %d as pasted", (seed, table, expected) => {
    const layout = recognisePlan(grid(pastedSeedTables(seed)[table]))!;
    expect(layout.columns.map((column) => meaningId(column.meaning))).toEqual(expected);
  });
});
