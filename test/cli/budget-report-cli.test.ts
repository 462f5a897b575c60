// The command line on a finance division's plan: seed 001 as pasted with a planned budget and a
// budget used. The report prints both columns and the sums with the share spent; the memo's facts
// state the sums.
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { seedWithBudgets } from "../support/budget-seed";
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
    // No scores given: only the warning that the report has no score charts.
    expect([made.code, made.err.length]).toEqual([0, 1]);
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
});
