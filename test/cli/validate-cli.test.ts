import { spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { CellValue } from "../../src/domain/plan-layout";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { scratchDirectory, SheetFixture, writeWorkbook } from "../support/xlsx-fixtures";
import { runCommandText } from "../support/cli-run";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const directory = scratchDirectory();

const run = (args: string[]) => runCommandText(args, TODAY);

async function workbook(name: string, sheets: SheetFixture[]): Promise<string> {
  return writeWorkbook(join(directory, name), sheets);
}

async function validateJson(file: string, ...extra: string[]) {
  const result = await run(["validate", file, "--json", ...extra]);
  return { ...result, report: JSON.parse(result.out) };
}

const HEADER = [
  "ลำดับ",
  "มาตรการ",
  "วิธีดำเนินการ",
  "ผู้รับผิดชอบ",
  "ระยะเวลา",
  "สถานะ",
  "ผลการดำเนินการ",
].concat(["งบประมาณ"]);
const GOOD_ROW: CellValue[] = [
  1,
  "ม1",
  "วิธี",
  "กองคลัง",
  "ต.ค. 2569 - ก.ย. 2570",
  "อยู่ระหว่างดำเนินการ",
  "",
  500,
];

describe("ita-tracker validate", () => {
  it("prints exactly the contract's JSON for seed 001 as pasted: no status, no error", async () => {
    const file = await workbook("seed001.xlsx", [
      { name: "แผน", rows: pastedSeedTables(SEEDS.wangsaphung)[0] },
    ]);
    const { code, report } = await validateJson(file);
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual([
      "ok",
      "sheet",
      "headerRow",
      "columns",
      "layouts",
      "measures",
      "issues",
    ]);
    expect(report).toMatchObject({ ok: true, sheet: "แผน", headerRow: 5 });
    // Without status columns every layout but the status one can be made.
    expect(report.layouts).toEqual(["results", "annual", "plan"]);
    expect(report.columns).toEqual({
      measure: "A",
      method: "B",
      owner: "C",
      period: "D",
      result: "E",
      outcome: "F",
    });
    expect(report.measures).toHaveLength(5);
    expect(Object.keys(report.measures[0])).toEqual(
      [
        "row",
        "measure",
        "method",
        "owner",
        "period",
        "status",
        "result",
        "outcome",
        "plannedBudget",
        "budget",
      ].concat(["problems", "recommendation"])
    );
    expect(report.measures[1]).toMatchObject({
      row: 9,
      owner: "กองคลัง",
      period: { text: "ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖", start: "2022-10-01", end: "2023-09-30" },
      status: null,
      plannedBudget: null,
      budget: null,
    });
    expect(report.issues).toEqual([]);
  });

  it("reads seed 000's ticks under the merged status header", async () => {
    const rows = pastedSeedTables(SEEDS.ayutthaya)[1];
    const headerRow = rows.findIndex((row) => row[0] === "มาตรการ") + 1;
    const file = await workbook("seed000.xlsx", [
      { name: "สถานะ", rows, merges: [`C${headerRow}:E${headerRow}`] },
    ]);
    const { report } = await validateJson(file);
    expect(report.columns).toMatchObject({ measure: "A", method: "B", status: "C" });
    expect(report.measures.map((measure: { status: string }) => measure.status)).toEqual([
      "in_progress",
      "in_progress",
      "in_progress",
      "done",
      "in_progress",
      "in_progress",
      "in_progress",
    ]);
  });

  it("exits 0 for a plan without errors, and prints a summary without --json", async () => {
    const file = await workbook("good.xlsx", [{ name: "Plan", rows: [HEADER, GOOD_ROW] }]);
    const result = await run(["validate", file]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out.split("\n")).toEqual([
      'แผ่นงาน "Plan": 1 มาตรการ ข้อผิดพลาด 0 รายการ คำเตือน 0 รายการ',
      "รูปแบบรายงานที่ทำได้จากแผนนี้: status (สถานะ (มาตรการ วิธีการ และช่องสถานะ ✓)), " +
        "results (ผลการดำเนินการ (ผู้รับผิดชอบ ระยะเวลา ผล และผลลัพธ์)), " +
        "annual (รายงานการป้องกันการทุจริตประจำปี (ผล งบประมาณ ปัญหา ข้อเสนอแนะ)), " +
        "plan (ตามคอลัมน์ของแผน (คอลัมน์และหัวตารางของแผนเอง))",
    ]);
  });

  it("names the cell of each problem, in English on request", async () => {
    const bad: CellValue[] = [2, "ม2", "วิธี", "", "ทุกเดือน", "ดำเนินการแล้วเสร็จ", "", "๑,๒๐๐ บาท"];
    const file = await workbook("bad.xlsx", [{ name: "Plan", rows: [HEADER, GOOD_ROW, bad] }]);
    const { code, report } = await validateJson(file, "--lang", "en");
    expect(code).toBe(1);
    expect(report.issues).toEqual([
      {
        severity: "error",
        code: "empty_required",
        cell: "D3",
        message: 'Cell D3: "Responsible unit" is empty',
      },
      {
        severity: "warning",
        code: "period_unreadable",
        cell: "E3",
        message:
          'Cell E3: The period "ทุกเดือน" cannot be read, so it stays as text (write, for example, Oct 2565 - Sep 2566)',
      },
      {
        severity: "warning",
        code: "done_without_result",
        cell: "G3",
        message: "Cell G3: Marked done, but the result is empty",
      },
    ]);
    expect(report.measures[1].budget).toBe(1200);
  });

  it("reads the usual no-budget words in both budget columns as no amount, and a word like ห้าพัน as an error at its cell", async () => {
    const words = ["ไม่ใช้งบประมาณ", "ไม่ใช้งบ", "ไม่มี", " ไม่มีงบประมาณ ", "-", "–", "—"];
    const row = (n: number, planned: CellValue, used: CellValue): CellValue[] => [
      n,
      `ม${n}`,
      ...GOOD_ROW.slice(2, 7),
      planned,
      used,
    ];
    const rows: CellValue[][] = [
      [...HEADER.slice(0, 7), "งบประมาณที่ได้รับจัดสรร (บาท)", "งบประมาณที่เบิกจ่าย (บาท)"],
      ...words.map((word, i) => row(i + 1, word, words[words.length - 1 - i])),
      row(8, "ห้าพัน", "ไม่ใช้งบประมาณ"),
    ];
    const { code, report } = await validateJson(
      await workbook("no-budget.xlsx", [{ name: "แผน", rows }])
    );
    expect(code).toBe(1);
    expect(
      report.issues.map((issue: { code: string; cell: string }) => `${issue.code}@${issue.cell}`)
    ).toEqual(["planned_budget_not_number@H9"]);
    expect(
      report.measures
        .slice(0, 7)
        .map((m: { plannedBudget: unknown; budget: unknown }) => [m.plannedBudget, m.budget])
    ).toEqual(words.map(() => [null, null]));
  });

  it("reads dates typed as dates, numbers typed as text, merged measure cells and hidden rows", async () => {
    const rows: CellValue[][] = [
      HEADER,
      [1, "ม1", "วิธีแรก", "กองคลัง", null, "อยู่ระหว่างดำเนินการ", "", "๒,๕๐๐"],
      [null, null, "วิธีต่อ", null, null, null, null, null],
      [2, "ม2", "วิธี", "กองช่าง", "ต.ค. 69 - มี.ค. 70", "/", "", null],
    ];
    const path = join(directory, "typed.xlsx");
    await writeWorkbook(path, [{ name: "Plan", rows, merges: ["B2:B3"], hiddenRows: [4] }]);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.getWorksheet("Plan")!.getCell("E2").value = new Date(Date.UTC(2027, 2, 31));
    await book.xlsx.writeFile(path);
    const { report } = await validateJson(path);
    expect(report.measures).toHaveLength(2);
    expect(report.measures[0]).toMatchObject({
      method: "วิธีแรก\nวิธีต่อ",
      period: { start: "2027-03-31", end: "2027-03-31" },
      budget: 2500,
    });
    expect(
      report.issues.map((issue: { code: string; cell: string }) => `${issue.code}@${issue.cell}`)
    ).toEqual(["hidden_row@B4", "status_unreadable@F4"]);
  });

  it("reads the fiscal year from the add-in's settings when the workbook has them", async () => {
    const path = join(directory, "settings.xlsx");
    await writeWorkbook(path, [
      {
        name: "Plan",
        rows: [
          HEADER,
          [1, "ม1", "วิธี", "กองคลัง", "ต.ค. 2570 - ก.ย. 2571", "อยู่ระหว่างดำเนินการ", "", null],
        ],
      },
      { name: "ตั้งค่า ITA", rows: [["ปีงบประมาณ", 2570]] },
    ]);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.definedNames.add("'ตั้งค่า ITA'!$B$1", "ITA_FiscalYear");
    await book.xlsx.writeFile(path);
    const { report } = await validateJson(path);
    expect(report.issues.map((issue: { code: string }) => issue.code)).toEqual([
      "period_outside_year",
    ]);
  });

  it("says there is no plan in an empty workbook (exit 1)", async () => {
    const file = await workbook("empty.xlsx", [{ name: "Sheet1", rows: [] }]);
    const { code, report } = await validateJson(file);
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, headerRow: null, measures: [], columns: {} });
    expect(report.issues[0].code).toBe("no_plan");
  });

  it("validates 10,000 measures", async () => {
    const rows = [
      HEADER,
      ...Array.from({ length: 10_000 }, (_, index) => {
        const row = [...GOOD_ROW];
        row[0] = index + 1;
        row[1] = `มาตรการที่ ${index + 1}`;
        return row;
      }),
    ];
    const file = await workbook("large.xlsx", [{ name: "Plan", rows }]);
    const { code, report } = await validateJson(file);
    expect(code).toBe(0);
    expect(report.measures).toHaveLength(10_000);
  });

  it.each([
    ["a text file", "plan.xlsx", "hello", "ไม่ใช่ไฟล์ Excel แบบ .xlsx"],
    [
      "a password-protected file",
      "locked.xlsx",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "ถูกตั้งรหัสผ่านไว้",
    ],
    ["a damaged zip", "broken.xlsx", "PK\u0003\u0004garbage", "ไฟล์อาจเสียหาย"],
  ])("exits 2 with a clear message for %s", async (_, name, content, message) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    const result = await run(["validate", path]);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for a missing file or sheet", async () => {
    expect((await run(["validate", join(directory, "nothing.xlsx")])).err).toContain("ไม่พบไฟล์");
    const file = await workbook("one.xlsx", [{ name: "Plan", rows: [HEADER] }]);
    const result = await run(["validate", file, "--sheet", "ไม่มี"]);
    expect(result).toMatchObject({ code: 2, err: 'ไม่พบแผ่นงาน "ไม่มี" ในไฟล์' });
  });

  it("runs as npx ita-tracker does, through the package's bin", async () => {
    const file = await workbook("bin.xlsx", [{ name: "Plan", rows: [HEADER, GOOD_ROW] }]);
    const child = spawnSync(process.execPath, ["bin/ita-tracker.js", "validate", file, "--json"], {
      encoding: "utf8",
    });
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).ok).toBe(true);
  });
});

describe("ita-tracker score", () => {
  it("prints the contract's JSON, rounded to two decimals", async () => {
    const result = await run([
      "score",
      "--year",
      "2564",
      "--scores",
      "๙๓.๖๖,90,88.5,91,85,80.25,79,82,70,65",
      "--stated",
      "59.42",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(Object.keys(report)).toEqual([
      "year",
      "indicators",
      "tools",
      "total",
      "grade",
      "pass",
      "warnings",
      "analysis",
    ]);
    expect(report).toMatchObject({
      year: 2564,
      indicators: [93.66, 90, 88.5, 91, 85, 80.25, 79, 82, 70, 65],
      tools: { IIT: 89.63, EIT: 80.42, OIT: 67.5 },
      total: 78.01,
      grade: "B",
      pass: false,
    });
    expect(report.warnings).toEqual([
      {
        code: "stated_differs",
        message: "คะแนนรวมที่รายงานไว้ (59.42) ต่างจากที่คำนวณได้ (78.01) เกิน 0.01 คะแนน",
      },
    ]);
  });

  it("prints a Thai line without --json", async () => {
    const result = await run([
      "score",
      "--year",
      "2566",
      "--scores",
      "90,90,90,90,90,90,90,90,90,90",
    ]);
    expect(result.out.split("\n")).toEqual([
      "ปีงบประมาณ 2566: IIT 90.00 EIT 90.00 OIT 90.00 คะแนนรวม 90.00 ผล ผ่าน",
      expect.stringMatching(/^ผลการประเมินปี 2566 ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ 1 /),
      "ทุกเครื่องมือและทุกตัวชี้วัดได้ไม่ต่ำกว่าเกณฑ์ 85 คะแนน",
      "ค่าเฉลี่ยของหน่วยงานทั้งประเทศปี 2566 คือ 90.19 คะแนน",
    ]);
  });

  // 2566's scores, and 2565's for the change.
  const SCORE_WITH_PREVIOUS = [
    "score",
    "--year",
    "2566",
    "--scores",
    "93.66,88,90,91,84,86,85,87,72.5,72.5",
    "--previous",
    "90,80,85.5,88,70.25,82,79,81,60,70.25",
  ];

  it("analyses the weak points against the year before given with --previous", async () => {
    const result = await run([...SCORE_WITH_PREVIOUS, "--json"]);
    expect(result.code).toBe(0);
    const { analysis } = JSON.parse(result.out);
    expect(analysis.lowest.map((i: { number: number }) => i.number)).toEqual([9, 10]);
    expect(analysis.belowPass.tools).toEqual([{ tool: "OIT", score: 72.5 }]);
    expect(analysis.change).toMatchObject({ previousYear: 2565, total: 6.52 });
    expect(analysis.sentences[2]).toBe(
      "เทียบกับปี 2565 คะแนนรวมเปลี่ยนไป +6.52 (IIT +6.58 EIT +5.33 OIT +7.37)"
    );
  });

  it("writes the year before given with --previous into the scores file, so the report tells the change too", async () => {
    const scores = join(directory, "scores-with-previous.xlsx");
    const written = await run([...SCORE_WITH_PREVIOUS, "--stated", "๘๕.๙๒", "-o", scores]);
    expect(written.code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(scores);
    const sheet = book.getWorksheet("คะแนน ITA")!;
    // Row 3 holds the years; ExcelJS's row values are indexed by column number.
    const columnOf = (year: number) => (sheet.getRow(3).values as unknown[]).indexOf(year);
    // The stated total typed in Thai digits is a number in the file, not NaN.
    expect(sheet.getRow(18).getCell(columnOf(2566)).value).toBe(85.92);
    expect(sheet.getRow(4).getCell(columnOf(2565)).value).toBe(90);
    expect(sheet.getRow(13).getCell(columnOf(2565)).value).toBe(70.25);
    const plan = join(directory, "plan-2567.xlsx");
    expect(
      (await run(["template", "-o", plan, "--example", "--year", "2567", "--org", "อบต.ทดลอง"]))
        .code
    ).toBe(0);
    const report = join(directory, "report-2567.xlsx");
    expect((await run(["report", plan, "-o", report, "--scores", scores])).code).toBe(0);
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.readFile(report);
    const summary: string[] = [];
    reportBook
      .getWorksheet("สรุปรายงาน 2567 รอบ12")!
      .eachRow((row) => row.eachCell((cell) => summary.push(String(cell.value))));
    expect(summary.join("\n")).toContain(
      "เทียบกับปี 2565 คะแนนรวมเปลี่ยนไป +6.52 (IIT +6.58 EIT +5.33 OIT +7.37)"
    );
  });

  it.each([
    [["--year", "2566", "--scores", "90,90"], "ต้องระบุคะแนนตัวชี้วัดครบ 10 ตัว"],
    [["--year", "2566", "--scores", "90,90,90,90,90,90,90,90,90,abc"], "คะแนน abc ไม่ถูกต้อง"],
    [["--year", "2023", "--scores", "90,90,90,90,90,90,90,90,90,90"], "ปีงบประมาณ 2023 ไม่ถูกต้อง"],
    [
      ["--year", "2566", "--scores", "90,90,90,90,90,90,90,90,90,90", "--previous", "90,90"],
      "ต้องระบุคะแนนตัวชี้วัดครบ 10 ตัว คั่นด้วยจุลภาค (พบ 2 ตัว) ใน --previous",
    ],
    [
      [
        "--year",
        "2566",
        "--scores",
        "90,90,90,90,90,90,90,90,90,90",
        "--previous",
        "90,90,90,90,90,90,90,90,90,150",
      ],
      "คะแนน 150 ไม่ถูกต้อง: ต้องเป็นตัวเลข 0 ถึง 100 ใน --previous",
    ],
  ])("exits 2 with a clear message for %p", async (args, message) => {
    const result = await run(["score", ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe("ita-tracker report and template", () => {
  it("writes the template, validates it, and reports it; never over an existing file without --force", async () => {
    const plan = join(directory, "template.xlsx");
    expect(
      await run(["template", "-o", plan, "--example", "--year", "๒๕๗๐", "--org", "อบต.ทดลอง"])
    ).toMatchObject({
      code: 0,
      out: 'เขียนแม่แบบแผนมาตรการ "' + plan + '" แล้ว (11 แถว)',
    });
    expect((await run(["template", "-o", plan])).code).toBe(2);
    expect((await validateJson(plan)).code).toBe(0);
    const report = join(directory, "template-report.xlsx");
    const made = await run(["report", plan, "-o", report, "--layout", "status"]);
    expect(made.code).toBe(0);
    expect(made.out.split("\n")[0]).toBe(
      `เขียนรายงาน "${report}" แล้ว (แผ่นงาน "รายงาน 2570 รอบ12"): 11 มาตรการ กราฟ 1 รูป`
    );
    expect(made.out.split("\n")[1]).toBe("มาตรการทั้งหมด 11 มาตรการ แล้วเสร็จ 0 มาตรการ");
    const again = await run(["report", plan, "-o", report]);
    expect(again).toMatchObject({
      code: 2,
      err: `มีไฟล์ ${report} อยู่แล้ว: ใช้ --force หากต้องการเขียนทับ`,
    });
    expect((await run(["report", plan, "-o", report, "--force"])).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    const sheet = book.getWorksheet("รายงาน 2570 รอบ12")!;
    expect(sheet.getCell("A1").value).toBe(
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    );
    expect(sheet.getCell("A2").value).toBe("อบต.ทดลอง");
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
    });
    // The report alone: its table and summary sheets, and one chart (status only: the template
    // has no scores) on the summary.
    expect(book.worksheets.map((candidate) => candidate.name)).toEqual([
      "รายงาน 2570 รอบ12",
      "สรุปรายงาน 2570 รอบ12",
    ]);
    const zip = await JSZip.loadAsync(readFileSync(report));
    expect(
      Object.keys(zip.files).filter((name) => /^xl\/charts\/.+\.xml$/.test(name))
    ).toHaveLength(1);
  });

  it("never writes over its input, and refuses a plan missing required columns with the list", async () => {
    const plan = await workbook("incomplete.xlsx", [
      {
        name: "Plan",
        rows: [
          ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ"],
          ["ม1", "ว", "กองคลัง"],
        ],
      },
    ]);
    expect(await run(["report", plan, "-o", plan, "--force"])).toMatchObject({ code: 2 });
    // A report is a workbook: a PDF's name for it is refused, nothing written.
    const misnamed = join(directory, "report-as.pdf");
    expect(await run(["report", plan, "-o", misnamed])).toMatchObject({
      code: 2,
      err: `รายงานเขียนเป็นไฟล์ .xlsx เท่านั้น ไม่ใช่ "${misnamed}": ใช้ -o รายงาน.xlsx และเพิ่ม --pdf หากต้องการ PDF ด้วย (บันทึกข้อความ .docx ใช้คำสั่ง memo)`,
    });
    expect(existsSync(misnamed)).toBe(false);
    const pdf = join(directory, "printed.pdf");
    writeFileSync(pdf, "an earlier PDF");
    expect(await run(["report", plan, "-o", join(directory, "printed.xlsx"), "--pdf"])).toEqual({
      code: 2,
      out: "",
      err: `มีไฟล์ ${pdf} อยู่แล้ว: ใช้ --force หากต้องการเขียนทับ`,
    });
    expect(existsSync(join(directory, "printed.xlsx"))).toBe(false);
    const refused = await run(["report", plan, "-o", join(directory, "never.xlsx")]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('ไม่พบคอลัมน์ "ระยะเวลาดำเนินการ" ซึ่งจำเป็นต้องมี');
    expect(
      (await run(["report", plan, "-o", join(directory, "x.xlsx"), "--layout", "fancy"])).err
    ).toBe('ตัวเลือก --layout ใช้ได้เฉพาะ status, results, annual หรือ plan ไม่ใช่ "fancy"');
  });

  it("explains each command with --help, in English on request", async () => {
    const help = await run(["report", "--help", "--lang", "en"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^npx ita-tracker report PLAN\.xlsx -o REPORT\.xlsx/);
    expect((await run(["--help"])).out).toContain("npx ita-tracker template -o");
  });
});

describe("ita-tracker memo", () => {
  it("lists the memo fields still missing, and writes nothing", async () => {
    const plan = join(directory, "memo-plan.xlsx");
    // The organisation gives the addressee (เรียน); without it the user must type one.
    await run([
      "template",
      "-o",
      plan,
      "--example",
      "--year",
      "2570",
      "--org",
      "เทศบาลตำบลบ้านตัวอย่าง",
    ]);
    const memo = join(directory, "memo.docx");
    const result = await run(["memo", plan, "-o", memo, "--number", "ที่ 1/2570"]);
    // The field named as the option that gives it.
    expect(result).toMatchObject({
      code: 2,
      err: 'กรอกข้อมูลบันทึกข้อความให้ครบก่อน ด้วยตัวเลือก --department "ส่วนราชการ"',
    });
    expect(existsSync(memo)).toBe(false);
    const written = await run([
      "memo",
      plan,
      "-o",
      memo,
      "--number",
      "1/2570",
      "--department",
      "สำนักปลัด",
    ]);
    expect(written).toMatchObject({
      code: 0,
      out: `เขียนบันทึกข้อความ "${memo}" แล้ว (มาตรการทั้งหมด 11 มาตรการ แล้วเสร็จ 0 มาตรการ)`,
    });
    expect(readFileSync(memo).subarray(0, 2).toString()).toBe("PK");
  });
});
