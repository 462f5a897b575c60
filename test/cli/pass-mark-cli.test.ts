// A letter-grade year (to 2565) is analysed against the boundary the user chose (issue 19): on
// the command line with --pass-mark, in the scores workbook in its own cell, which the report
// reads. From 2566 the mark is 85 whatever was chosen.
import { join } from "path";
import { runCommandText } from "../support/cli-run";
import { scratchDirectory } from "../support/xlsx-fixtures";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const directory = scratchDirectory();
const run = (args: string[]) => runCommandText(args, TODAY);

// Indicator 5 at 80 and 9 at 70: under 85, but only 9 is under B's 75.
const SCORES = "90,90,90,90,80,90,90,90,70,90";

async function analysis(year: string, ...extra: string[]) {
  const result = await run(["score", "--year", year, "--scores", SCORES, "--json", ...extra]);
  expect(result.code).toBe(0);
  return JSON.parse(result.out).analysis;
}

describe("score --pass-mark", () => {
  it("analyses a letter-grade year against 85 unless a boundary is chosen", async () => {
    const plain = await analysis("2565");
    expect(plain.passMark).toBe(85);
    expect(plain.belowPass.indicators.map((i: { number: number }) => i.number)).toEqual([5, 9]);

    for (const mark of ["B", "b", "75", "๗๕"]) {
      const chosen = await analysis("2565", "--pass-mark", mark);
      expect(chosen.passMark).toBe(75);
      expect(chosen.belowPass.indicators).toEqual([{ number: 9, score: 70 }]);
      expect(chosen.sentences.join(" ")).toContain("75");
    }
  });

  it("keeps 85 from 2566 on, and says the chosen mark is not used", async () => {
    const chosen = await analysis("2566", "--pass-mark", "B");
    expect(chosen.passMark).toBe(85);
    expect(chosen.belowPass.indicators.map((i: { number: number }) => i.number)).toEqual([5, 9]);
    const told = await run(["score", "--year", "2566", "--scores", SCORES, "--pass-mark", "B"]);
    expect(told.code).toBe(0);
    expect(told.err).toBe("[คำเตือน] ปี 2566 ประกาศผลเป็นผ่าน/ไม่ผ่านที่เกณฑ์ 85 คะแนน จึงไม่ใช้เกณฑ์ที่เลือก (B)");
  });

  it.each(["Z", "F", "120", "-1", ""])("refuses the mark %p in one line", async (mark) => {
    const result = await run([
      "score",
      "--year",
      "2565",
      "--scores",
      SCORES,
      `--pass-mark=${mark}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    expect(result.err).toContain("เกณฑ์ผ่าน");
  });

  it("writes the chosen mark into the scores workbook, and the report's analysis uses it", async () => {
    const scores = join(directory, "scores-2565-B.xlsx");
    const written = await run([
      "score",
      "--year",
      "2565",
      "--scores",
      SCORES,
      "--pass-mark",
      "B",
      "-o",
      scores,
    ]);
    expect(written.code).toBe(0);
    const plan = join(directory, "plan-2566.xlsx");
    const template = ["template", "-o", plan, "--example", "--year", "2566", "--org", "อบต.ทดลอง"];
    expect((await run(template)).code).toBe(0);
    const report = join(directory, "report-2566.xlsx");
    expect((await run(["report", plan, "-o", report, "--scores", scores])).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    const text: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))))
    );
    const summary = text.join("\n");
    expect(summary).toMatch(/ต่ำกว่าเกณฑ์ 75 คะแนน/);
    expect(summary).not.toMatch(/เกณฑ์ 85 คะแนน/);
  });
});
