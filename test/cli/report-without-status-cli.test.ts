// The command line on a results-type plan (seed 001 as pasted, no status columns): a report in
// the plan's own columns by default, the status layout refused with how to get status columns.
import { join } from "path";
import ExcelJS from "exceljs";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";
import { runCommand } from "../support/cli-run";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const directory = scratchDirectory();

const run = (args: string[]) => runCommand(args, TODAY);

describe("report of a plan without status columns", () => {
  let plan: string;
  beforeAll(async () => {
    plan = await writeWorkbook(join(directory, "seed001.xlsx"), [
      { name: "แผน", rows: pastedSeedTables(SEEDS.wangsaphung)[0] },
    ]);
  });

  it("prints the plan's own columns by default and counts reported results", async () => {
    const output = join(directory, "plan-layout.xlsx");
    // No settings sheet and no --year or --org: both read from the plan's title lines.
    const made = await run(["report", plan, "-o", output, "--date", "2023-10-05"]);
    expect(made.code).toBe(0);
    expect(made.out[1]).toBe("มาตรการทั้งหมด 5 มาตรการ รายงานผลการดำเนินการแล้ว 5 มาตรการ");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe("รายงาน 2566 รอบ12");
    expect(sheet.getCell("A2").value).toBe("เทศบาลเมืองวังสะพุง");
    // The signature is on the summary sheet, where the table's header does not repeat.
    const summary = book.getWorksheet("สรุปรายงาน 2566 รอบ12")!;
    expect(summary.getSheetValues().flat().map(String)).toContain("วันที่ 5 ตุลาคม 2566");
    const header = (sheet.getRow(5).values as unknown[]).slice(1).map(String);
    expect(header).toEqual([
      "ที่",
      "มาตรการ",
      "วิธีดำเนินการ",
      "ผู้รับผิดชอบ",
      "ระยะเวลา",
      "สรุปผลการดำเนินการตามมาตรการ",
      "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    ]);
  });

  it("refuses the status layout in English too, naming the ways to get status columns", async () => {
    const output = join(directory, "status.xlsx");
    const refused = await run(["report", plan, "-o", output, "--layout", "status", "--lang", "en"]);
    expect(refused.code).toBe(1);
    const text = [...refused.out, ...refused.err].join("\n");
    expect(text).toContain("This plan has no status columns");
    for (const way of ["Tidy a table pasted", "Correct the column mapping", "template"]) {
      expect(text).toContain(way);
    }
  });

  it("names the option to give when neither settings nor title lines say the year", async () => {
    const bare = await writeWorkbook(join(directory, "bare.xlsx"), [
      { name: "แผน", rows: pastedSeedTables(SEEDS.wangsaphung)[0].slice(3) },
    ]);
    const refused = await run(["report", bare, "-o", join(directory, "bare-report.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      "ไม่พบปีงบประมาณในแผ่นงานตั้งค่าหรือในหัวเรื่องของแผน: ระบุด้วยตัวเลือก --year เช่น --year 2567",
    ]);
    const given = await run([
      "report",
      bare,
      "-o",
      join(directory, "bare-report.xlsx"),
      "--year",
      "2566",
      "--org",
      "อบต.ทดสอบ",
      "--district",
      "เมือง",
      "--province",
      "เลย",
    ]);
    expect(given.code).toBe(0);
  });
});

describe("the report date from the settings sheet", () => {
  it("signs under the settings' date; --date wins over it", async () => {
    const path = join(directory, "dated.xlsx");
    await writeWorkbook(path, [
      { name: "แผน", rows: pastedSeedTables(SEEDS.wangsaphung)[0] },
      { name: "ตั้งค่า ITA", rows: [["วันที่ลงในรายงาน", "31/3/2567"]] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.definedNames.add("'ตั้งค่า ITA'!$B$1", "ITA_ReportDate");
    await book.xlsx.writeFile(path);
    const signatureOf = async (output: string, extra: string[]) => {
      expect((await run(["report", path, "-o", output, ...extra])).code).toBe(0);
      const report = new ExcelJS.Workbook();
      await report.xlsx.readFile(output);
      const summary = report.getWorksheet("สรุปรายงาน 2566 รอบ12")!;
      return summary
        .getSheetValues()
        .flat()
        .map(String)
        .find((text) => text.startsWith("วันที่ "));
    };
    expect(await signatureOf(join(directory, "dated-report.xlsx"), [])).toBe("วันที่ 31 มีนาคม 2567");
    expect(await signatureOf(join(directory, "dated-given.xlsx"), ["--date", "2023-10-05"])).toBe(
      "วันที่ 5 ตุลาคม 2566"
    );
  });
});

describe("scores from the command line", () => {
  const TEN = "93.66,90,91.2,92.4,88.1,87.35,86.9,84.2,81,76.5";
  let plan: string;
  beforeAll(async () => {
    plan = await writeWorkbook(join(directory, "seed001-scores.xlsx"), [
      { name: "แผน", rows: pastedSeedTables(SEEDS.wangsaphung)[0] },
    ]);
  });

  it("writes the scores sheet with -o, which report --scores then charts", async () => {
    const scores = join(directory, "scores.xlsx");
    const written = await run(["score", "--year", "2566", "--scores", TEN, "-o", scores]);
    expect(written.code).toBe(0);
    expect(written.out[written.out.length - 1]).toBe(
      `เขียนแผ่นงานคะแนน ITA ปี 2566 ลงไฟล์ "${scores}" แล้ว (ใช้กับ report --scores ได้)`
    );
    const output = join(directory, "with-scores.xlsx");
    const made = await run(["report", plan, "-o", output, "--scores", scores]);
    expect(made.code).toBe(0);
    // Tools (with the pass line: 2566 is judged pass/fail), the ten indicators, the measures.
    expect(made.out[0]).toMatch(/กราฟ 3 รูป$/);
  });

  it("takes the ten numbers with their year directly", async () => {
    const output = join(directory, "with-numbers.xlsx");
    const made = await run(["report", plan, "-o", output, "--scores", `2566:${TEN}`]);
    expect(made.code).toBe(0);
    expect(made.out[0]).toMatch(/กราฟ 3 รูป$/);
    const wrong = await run(["report", plan, "-o", output, "--force", "--scores", "2566:1,2"]);
    expect(wrong.code).toBe(2);
  });
});
