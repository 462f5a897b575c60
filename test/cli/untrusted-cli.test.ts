// The commands on inputs that are not plain .xlsx files and on outputs they must not claim
// (issue 17): one plain line and exit 2, never a hang, a raw error or a false success.
import { execFileSync, spawnSync } from "child_process";
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { planPackage, planSheetXml } from "../support/raw-package";
import { scratchDirectory } from "../support/xlsx-fixtures";
import { runCommand } from "../support/cli-run";

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
    // The built command (ITA_CLI_ROOT: another checkout's, as the corpus test allows).
    const root = process.env.ITA_CLI_ROOT ?? join(__dirname, "..", "..");
    const command = [join(root, "bin", "ita-tracker.js"), "validate", file];
    const asUser =
      process.getuid?.() === 0
        ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath]]
        : [process.execPath, []];
    const [program, prefix] = asUser as [string, string[]];
    const result = spawnSync(program, [...prefix, ...command], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `ไม่มีสิทธิ์อ่านไฟล์ ${file}: ขอสิทธิ์จากเจ้าของไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของตน\n`
    );
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

describe("report --pdf", () => {
  it("refuses a PDF that would be the report itself, writing nothing", async () => {
    const here = join(directory, "pdf-same");
    mkdirSync(here);
    const plan = join(here, "plan.xlsx");
    writeFileSync(plan, planPackage(planSheetXml(3)));
    const { code, err } = await run("report", plan, "-o", join(here, "x.pdf"), "--pdf");
    expect(code).toBe(2);
    expect(err).toEqual([`ค่าของตัวเลือกไม่ถูกต้อง: --pdf -o ${join(here, "x.pdf")}`]);
    expect(readdirSync(here)).toEqual(["plan.xlsx"]);
  });
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
