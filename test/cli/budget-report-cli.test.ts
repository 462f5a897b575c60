// The command line on a finance division's plan: seed 001 as pasted with a planned budget and a
// budget used. The report prints both columns and the sums with the share spent; the memo's facts
// state the sums.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { PLANNED_HEADER, seedWithBudgets, USED_HEADER } from "../support/budget-seed";
import { runCommand } from "../support/cli-run";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const directory = scratchDirectory();
const OVERALL =
  "งบประมาณที่ตั้งไว้รวม ๙๐,๕๐๐.๐๐ บาท (๔ มาตรการ) ใช้ไปแล้ว ๔๖,๕๐๐.๕๐ บาท คิดเป็นร้อยละ ๕๑.๓๘ ของงบประมาณที่ตั้งไว้";

describe("budgets from the command line", () => {
  let plan: string;
  beforeAll(async () => {
    plan = await writeWorkbook(join(directory, "budgets.xlsx"), [
      { name: "แผน", rows: seedWithBudgets() },
    ]);
  });

  it("reports both budgets in the annual layout and their sums with the share spent", async () => {
    const output = join(directory, "annual.xlsx");
    const args = ["report", plan, "-o", output, "--layout", "annual", "--thai-digits"];
    const made = await runCommand([...args, "--date", "2023-10-05"]);
    // No scores given: only the warning that the report has no score charts, in the report's digits.
    expect(made.code).toBe(0);
    expect(made.err).toEqual([
      "ยังไม่มีคะแนน ITA ครบ ๑๐ ตัวชี้วัด จึงมีเฉพาะกราฟจำนวนมาตรการ (ใส่คะแนนในแผ่นงานคะแนน ITA แล้วสร้างใหม่)",
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    const table = book.worksheets[0];
    const header = (table.getRow(5).values as unknown[]).slice(1).map(String);
    const planned = header.indexOf("งบประมาณที่ตั้งไว้ (บาท)") + 1;
    expect(header[planned]).toBe("งบประมาณที่ใช้ (บาท)");
    expect([
      table.getRow(6).getCell(planned).value,
      table.getRow(6).getCell(planned + 1).value,
    ]).toEqual(["๑๒,๕๐๐.๐๐", "๑๐,๐๐๐.๐๐"]);
    const summary = book.getWorksheet("สรุปรายงาน 2566 รอบ12")!;
    const lines = summary.getSheetValues().flat().map(String);
    expect(lines).toContain(OVERALL);
    expect(lines).toContain("- กองคลัง ตั้งไว้ ๕๐,๐๐๐.๐๐ บาท ใช้ไป ๓๐,๐๐๐.๕๐ บาท (ร้อยละ ๖๐.๐๐)");
  });

  it("states the sums in the memo's facts", async () => {
    const output = join(directory, "memo.docx");
    const made = await runCommand([
      "memo",
      plan,
      "-o",
      output,
      "--department",
      "กองคลัง",
      "--number",
      "ลย 52203/1",
      "--layout",
      "annual",
      "--thai-digits",
    ]);
    expect([made.code, made.err]).toEqual([0, []]);
    const documentXml = strFromU8(unzipSync(readFileSync(output))["word/document.xml"]);
    const text = [...documentXml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain(OVERALL);
  });

  it("says the missing scores in Arabic digits when the report has them", async () => {
    const made = await runCommand(["report", plan, "-o", join(directory, "arabic.xlsx")]);
    expect(made.code).toBe(0);
    expect(made.err).toEqual([
      "ยังไม่มีคะแนน ITA ครบ 10 ตัวชี้วัด จึงมีเฉพาะกราฟจำนวนมาตรการ (ใส่คะแนนในแผ่นงานคะแนน ITA แล้วสร้างใหม่)",
    ]);
  });

  it("keeps the measures whose budget says ไม่ใช้งบประมาณ in the report, with no warning about them", async () => {
    const rows = seedWithBudgets();
    const header = rows.find((row) => row[0] === "มาตรการ")!;
    const [planned, used] = [header.indexOf(PLANNED_HEADER), header.indexOf(USED_HEADER)];
    const noBudget = rows.map((row) =>
      row === header || row[0] === "" || row.length <= used
        ? row
        : row.map((cell, i) => (i === planned ? "ไม่มี" : i === used ? "ไม่ใช้งบประมาณ" : cell))
    );
    const file = await writeWorkbook(join(directory, "no-budget.xlsx"), [
      { name: "แผน", rows: noBudget },
    ]);
    const all = await runCommand(["report", plan, "-o", join(directory, "all.xlsx")]);
    const made = await runCommand(["report", file, "-o", join(directory, "no-budget-report.xlsx")]);
    expect(made.code).toBe(0);
    // The same measures as the plan with amounts, and only the no-scores warning.
    const counts = (line: string) => line.split("): ")[1];
    expect(counts(made.out[0])).toBe(counts(all.out[0]));
    expect(made.err).toEqual([made.err[0]]);
    expect(made.err[0]).toMatch(/^ยังไม่มีคะแนน ITA/);
  });

  it("refuses --round 7 on a real plan instead of writing a round-12 report", async () => {
    const output = join(directory, "round7.xlsx");
    const made = await runCommand(["report", plan, "-o", output, "--round", "7"]);
    expect(made).toMatchObject({
      code: 2,
      out: [],
      err: ['ตัวเลือก --round ใช้ได้เฉพาะ 6 หรือ 12 ไม่ใช่ "7"'],
    });
    expect(existsSync(output)).toBe(false);
  });

  it("takes --round in Thai digits with spaces as the round it names", async () => {
    const made = await runCommand([
      "report",
      plan,
      "-o",
      join(directory, "round6.xlsx"),
      "--round",
      " ๖ ",
    ]);
    expect(made.code).toBe(0);
    expect(made.out[0]).toContain('(แผ่นงาน "รายงาน 2566 รอบ6")');
  });
});
