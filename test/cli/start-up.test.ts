// Each command loads only what it uses: the built command line, run as a user runs it, does not
// load ExcelJS or docx for --help, score, validate or report (they take 0.5-0.8 s to load; the
// bench prints times).
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { longCellPlan } from "../support/long-plans";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const main = join(__dirname, "..", "..", "lib", "cli", "main.js");

function heavyModulesLoadedBy(args: string[]): string[] {
  const script = `
    const { runCli } = require(${JSON.stringify(main)});
    runCli(${JSON.stringify(args)}, { out() {}, err() {}, today: new Date() }).then(() => {
      const heavy = Object.keys(require.cache)
        .map((path) => /node_modules[\\\\/](exceljs|docx)[\\\\/]/.exec(path)?.[1])
        .filter(Boolean);
      console.log(JSON.stringify([...new Set(heavy)]));
    });`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

describe("the command line's start", () => {
  it.each([
    [["--help"]],
    [["score", "--year", "2566", "--scores", "90,90,90,90,90,90,90,90,90,90"]],
  ])("loads neither ExcelJS nor docx for %p", (args) => {
    expect(heavyModulesLoadedBy(args)).toEqual([]);
  });

  it("loads neither for validate and report, the report's own writer writing the file", async () => {
    const directory = scratchDirectory();
    const plan = await writeWorkbook(join(directory, "plan.xlsx"), [
      { name: "แผน", rows: longCellPlan() },
    ]);
    expect(heavyModulesLoadedBy(["validate", plan])).toEqual([]);
    const report = join(directory, "report.xlsx");
    expect(heavyModulesLoadedBy(["report", plan, "-o", report, "--year", "2566"])).toEqual([]);
    expect(existsSync(report)).toBe(true);
  });

  it("loads ExcelJS when a command writes a workbook", () => {
    expect(heavyModulesLoadedBy(["template", "--help"])).toEqual([]);
    expect(heavyModulesLoadedBy(["template", "-o", "/nonexistent-dir/plan.xlsx"])).toContain(
      "exceljs"
    );
  });
});
