// The commands on inputs that are not plain .xlsx files and on outputs they must not claim
// (issue 17): one plain line and exit 2, never a hang, a raw error or a false success.
import { execFileSync } from "child_process";
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { PLAN_HEADER, planMeasures, planPackage, planSheetXml } from "../support/raw-package";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";
import { runBuilt, runCommand } from "../support/cli-run";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const directory = scratchDirectory();

const run = (...args: string[]) => runCommand(args, TODAY);

describe("special files are not read", () => {
  const fifo = join(directory, "pipe.xlsx");
  execFileSync("mkfifo", [fifo]);

  it.each([
    ["a FIFO with no writer", fifo],
    ["/dev/zero", "/dev/zero"],
    ["a folder", directory],
  ])("%s", async (_, path) => {
    const { code, err } = await run("validate", path);
    expect(code).toBe(2);
    expect(err).toEqual([`${path} ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์ อุปกรณ์ หรือท่อส่งข้อมูล): ระบุไฟล์ .xlsx`]);
  });
});

describe("a file the user may not read", () => {
  it("is reported as not allowed, not as missing", () => {
    const here = join(directory, "denied");
    mkdirSync(here);
    chmodSync(directory, 0o755);
    chmodSync(here, 0o755);
    const file = join(here, "plan.xlsx");
    writeFileSync(file, planPackage(planSheetXml(2)));
    // Permissions bind everyone but root: as root, the built command runs as "nobody".
    chmodSync(file, process.getuid?.() === 0 ? 0o600 : 0o000);
    const result = runBuilt(["validate", file], process.getuid?.() === 0);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `ไม่มีสิทธิ์อ่านไฟล์ ${file}: ขอสิทธิ์จากเจ้าของไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของตน\n`
    );
  });
});

describe("an emptied plan sheet", () => {
  it("does not silently give way to a plan on a later sheet", async () => {
    const file = await writeWorkbook(join(directory, "emptied.xlsx"), [
      { name: "แผน", rows: [] },
      { name: "สำเนาเก่า", rows: [PLAN_HEADER, ...planMeasures(2)] },
    ]);
    const { code, out, err } = await run("validate", file);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^แผ่นงาน "สำเนาเก่า": 2 มาตรการ/);
    expect(err).toEqual([`หมายเหตุ: ไฟล์ ${file} ไม่มีแผนในแผ่นงาน "แผน" จึงใช้แผนในแผ่นงาน "สำเนาเก่า"`]);
    // Named, the emptied sheet is the one read: no header there, and nothing else is said.
    const named = await run("validate", file, "--sheet", "แผน", "--lang", "en");
    expect(named.code).toBe(1);
    expect(named.err).toEqual([]);
  });
});

describe("a file past a limit", () => {
  it("is refused in one line naming the limit, in Thai and in English", async () => {
    const file = join(directory, "wide.xlsx");
    writeFileSync(file, planPackage(planSheetXml(2).replace('r="A2"', 'r="XFE2"')));
    expect(await run("validate", file)).toEqual({
      code: 2,
      out: [],
      err: [`ไม่อ่านไฟล์ ${file} เพราะเกินขีดจำกัด: มีคอลัมน์เกิน 16,384 คอลัมน์ (เกินคอลัมน์ XFD)`],
    });
    expect((await run("validate", file, "--lang", "en")).err).toEqual([
      `${file} is not read because it goes past a limit: more than 16,384 columns (past column XFD)`,
    ]);
  });
});

describe("report --pdf, run as a user runs it", () => {
  const plan = join(directory, "pdf-plan.xlsx");
  writeFileSync(plan, planPackage(planSheetXml(3)));
  const given = ["--year", "2570", "--org", "เทศบาลตำบลตัวอย่าง"];

  it("refuses a report named as its PDF (-o x.pdf --pdf), writing nothing", () => {
    const here = join(directory, "pdf-same");
    mkdirSync(here);
    const output = join(here, "x.pdf");
    expect(runBuilt(["report", plan, "-o", output, "--pdf", ...given])).toEqual({
      code: 2,
      out: "",
      err: `รายงานเขียนเป็นไฟล์ .xlsx เท่านั้น ไม่ใช่ "${output}": ใช้ -o รายงาน.xlsx และเพิ่ม --pdf หากต้องการ PDF ด้วย (บันทึกข้อความ .docx ใช้คำสั่ง memo)\n`,
    });
    expect(readdirSync(here)).toEqual([]);
  });

  it.each([[[]], [["--force"]]])(
    "refuses a PDF whose name is a folder (%j), writing nothing",
    (force: string[]) => {
      const here = join(directory, `pdf-folder${force.length}`);
      mkdirSync(join(here, "r.pdf"), { recursive: true });
      const output = join(here, "r.xlsx");
      expect(runBuilt(["report", plan, "-o", output, "--pdf", ...given, ...force])).toEqual({
        code: 2,
        out: "",
        err: `${join(here, "r.pdf")} เป็นโฟลเดอร์ ไม่ใช่ไฟล์: ตั้งชื่อไฟล์ผลลัพธ์ใหม่\n`,
      });
      expect(readdirSync(here)).toEqual(["r.pdf"]);
      expect(readdirSync(join(here, "r.pdf"))).toEqual([]);
    }
  );
});

describe("memo of a large plan", () => {
  it("is refused above the stated size, pointing to the report workbook, writing nothing", async () => {
    const here = join(directory, "memo-large");
    mkdirSync(here);
    const plan = join(here, "plan.xlsx");
    writeFileSync(plan, planPackage(planSheetXml(1_001)));
    const memo = ["memo", plan, "-o", join(here, "memo.docx"), "--department", "กองคลัง"];
    // The plan has no settings sheet or title: the year and organisation are given.
    const given = ["--year", "2570", "--org", "เทศบาลตำบลตัวอย่าง"];
    const { code, err } = await run(...memo, ...given, "--number", "1", "--lang", "en");
    expect(code).toBe(2);
    expect(err).toEqual([
      "The plan has 1001 measures, more than a memo can attach as a table (1,000): make the report workbook with ita-tracker report and attach it instead",
    ]);
    expect(readdirSync(here)).toEqual(["plan.xlsx"]);
  });
});

describe("memo of a workbook without a plan", () => {
  it("is refused naming the sheet, as next-year refuses it, writing nothing (it wrote a memo of 0 measures)", async () => {
    const here = join(directory, "memo-no-plan");
    mkdirSync(here);
    const plan = join(here, "plan.xlsx");
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    writeFileSync(
      plan,
      planPackage(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>บันทึก</t></is></c></row></sheetData></worksheet>`
      )
    );
    const memo = ["memo", plan, "-o", join(here, "memo.docx"), "--department", "กองคลัง"];
    const given = ["--year", "2570", "--org", "เทศบาลตำบลตัวอย่าง", "--number", "1"];
    const { code, err } = await run(...memo, ...given, "--lang", "en");
    expect(code).toBe(2);
    expect(err).toEqual([
      'No measure-plan table was found on the sheet "แผน": choose the plan\'s sheet with --sheet',
    ]);
    expect(readdirSync(here)).toEqual(["plan.xlsx"]);
  });
});
